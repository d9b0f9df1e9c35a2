package build

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"io/fs"
	"maps"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/publish"
	"github.com/gongkai/gongkai/internal/web"
)

// Planner lists a channel's files with what each shows (see package
// output), so a Session re-renders only the files whose inputs changed.
type Planner func(*model.Site, *layout.Set) ([]output.File, error)

// Planners are the channels that can list their files. A channel without a
// planner is rendered whole on every rebuild of a Session: always correct,
// only slower.
var Planners = map[string]Planner{
	"web": func(s *model.Site, t *layout.Set) ([]output.File, error) { return web.Files(s, t), nil },
}

// Session builds a site again and again into memory, for `gongkai serve`.
// It keeps what the last build read and rendered: site.toml, every content
// file, every rendered body, and every output file with a fingerprint of its
// inputs. After Changed, a build reads only the changed files and renders
// only the output files whose fingerprint changed. Its output is byte for
// byte what Run writes for the same files (TestSessionMatchesRun).
//
// A fingerprint covers site.toml, the layouts, --now, the scope, the front
// matter of every content file, the files bodies link to, and the bodies of
// the items the file shows (output.File.Shows). So a changed body re-renders
// the item's page and the lists, feed and indexes that show it; a changed
// front matter, layout or site.toml re-renders everything.
type Session struct {
	opts      Options
	seed      maphash.Seed
	config    *configCache
	content   *content.Cache
	md        *markdown.Renderer
	bodies    *model.BodyCache
	sums      map[*content.Item]uint64 // body fingerprints
	allBodies uint64                   // fingerprint of every body, in site order
	files     map[string]rendered      // files of planned channels, as the last build made them

	mu    sync.Mutex        // guards what Finish, which may overlap the next Start, touches
	gen   uint64            // counts Starts
	whole map[string][]byte // files of channels without a planner, from the newest Start's Finish
}

type configCache struct {
	data  []byte
	cfg   *config.Site
	diags []diag.Diagnostic
}

type rendered struct {
	sum  uint64
	data []byte
}

// Output is a built site in memory.
type Output struct {
	Files    map[string][]byte // by slash-separated output path
	Rendered int               // files rendered by this build; the others were kept
	Whole    int               // of Rendered, the files of channels without a planner
}

// NewSession prepares builds of the site opts describe. opts.Dest is not
// used: a session writes nothing to disk.
func NewSession(opts Options) *Session {
	if opts.FS == nil {
		opts.FS = os.DirFS(opts.SiteDir)
	}
	return &Session{opts: opts, seed: maphash.MakeSeed(), content: content.NewCache(), files: map[string]rendered{}}
}

// Changed tells the session that files or folders changed (created,
// written, removed or renamed). Paths are slash-separated and relative to
// the site folder.
func (s *Session) Changed(paths ...string) { s.content.Changed(paths...) }

// Reset forgets everything, for when changes may have been missed.
func (s *Session) Reset() {
	s.config, s.md, s.bodies, s.sums = nil, nil, nil, nil
	s.mu.Lock()
	s.whole = nil
	s.mu.Unlock()
	s.content.Reset()
	s.files = map[string]rendered{}
}

// Build builds the site into memory: Start, then Finish. On errors it
// returns them (as Run does) and the next build starts again from the last
// good output.
func (s *Session) Build() (*Output, *Result, error) {
	p, res, err := s.Start()
	if err != nil {
		return nil, res, err
	}
	return p.Finish()
}

// Pending is a build whose channels with planners and static files are
// rendered, and whose channels without one are not yet.
type Pending struct {
	s     *Session
	gen   uint64 // which Start made it
	site  *model.Site
	tpl   *layout.Set
	w     *publish.Writer
	out   *Output
	res   *Result
	start time.Time
}

// Start reads the site and renders the channels that have a planner, and
// the static files: only what changed. The channels rendered whole, which
// may take much longer (a board's pagination), are left to Finish.
func (s *Session) Start() (*Pending, *Result, error) {
	start := time.Now()
	opts := s.opts // a fresh copy, so "today" is today on every build
	opts.session = s
	site, diags := Load(&opts)
	res := &Result{Site: site, Diags: diags, Pages: map[string]int{}}
	if diag.CountErrors(diags) > 0 {
		return nil, res, diag.Errors(onlyErrors(diags))
	}
	res.Warnings = len(diags)
	tpl, tdiags := layout.Load(opts.FS, site.Config.Theme, web.Funcs(site))
	if len(tdiags) > 0 {
		res.Diags = append(res.Diags, tdiags...)
		return nil, res, diag.Errors(tdiags)
	}
	global, err := s.globalSum(opts, site)
	if err != nil {
		return nil, res, err
	}
	p := &Pending{s: s, site: site, tpl: tpl, w: publish.NewMemory(), out: &Output{}, res: res, start: start}
	if err := s.renderPlanned(p, global, opts.FS); err != nil {
		return nil, res, err
	}
	s.mu.Lock()
	s.gen++
	p.gen = s.gen
	s.mu.Unlock()
	res.Items = len(site.Items)
	res.Elapsed = time.Since(start)
	return p, res, nil
}

func (s *Session) renderPlanned(p *Pending, global uint64, fsys fs.FS) error {
	kept := map[string]rendered{}
	s.bodySums(p.site)
	for _, ch := range Channels {
		if Planners[ch.Name] == nil {
			continue
		}
		n, err := s.renderChannel(ch, p.site, p.tpl, global, p.w, kept, p.out)
		if err != nil {
			return err
		}
		p.res.Pages[ch.Name] = n
	}
	if err := copyStatic(p.site, fsys, p.w); err != nil {
		return err
	}
	s.files = kept
	return nil
}

// Whole reports whether channels without a planner are left to Finish.
func (p *Pending) Whole() bool {
	for _, ch := range Channels {
		if Planners[ch.Name] == nil {
			return true
		}
	}
	return false
}

// Early is the site as far as it is built, for serve to show while Finish
// runs: this build's files of the channels with a planner and its static
// files, and the other channels' files as the last finished build made
// them. Call it before Finish.
func (p *Pending) Early() *Output {
	files := maps.Clone(p.w.Memory())
	p.s.mu.Lock()
	for name, data := range p.s.whole {
		if _, taken := files[name]; !taken {
			files[name] = data
		}
	}
	p.s.mu.Unlock()
	return &Output{Files: files, Rendered: p.out.Rendered}
}

// Finish renders the channels without a planner, whole, and returns the
// built site. It may run while a newer build starts (serve does not wait
// for it): it then changes nothing in the session.
func (p *Pending) Finish() (*Output, *Result, error) {
	planned := map[string]bool{}
	for name := range p.w.Memory() {
		planned[name] = true
	}
	for _, ch := range Channels {
		if Planners[ch.Name] != nil {
			continue
		}
		n, err := ch.Render(p.site, p.tpl, p.w)
		if err != nil {
			return nil, p.res, err
		}
		p.res.Pages[ch.Name] = n
		p.out.Rendered += n
		p.out.Whole += n
	}
	p.out.Files = p.w.Memory()
	whole := map[string][]byte{}
	for name, data := range p.out.Files {
		if !planned[name] {
			whole[name] = data
		}
	}
	p.s.mu.Lock()
	if p.gen == p.s.gen {
		p.s.whole = whole
	}
	p.s.mu.Unlock()
	p.res.Elapsed = time.Since(p.start)
	return p.out, p.res, nil
}

// renderChannel renders the files of one channel whose fingerprint changed
// and writes the others as the last build made them.
func (s *Session) renderChannel(ch Channel, site *model.Site, tpl *layout.Set, global uint64, w *publish.Writer, kept map[string]rendered, out *Output) (int, error) {
	plan := Planners[ch.Name]
	if plan == nil {
		n, err := ch.Render(site, tpl, w)
		out.Rendered += n
		out.Whole += n
		return n, err
	}
	files, err := plan(site, tpl)
	if err != nil {
		return 0, err
	}
	var todo []int
	for i, f := range files {
		sum := s.fileSum(global, f)
		if prev, ok := s.files[f.Path]; ok && prev.sum == sum {
			kept[f.Path] = prev
			if err := w.WriteRaw(f.Path, prev.data, f.Who); err != nil {
				return 0, err
			}
			continue
		}
		kept[f.Path] = rendered{sum: sum}
		todo = append(todo, i)
	}
	errs := make([]error, len(todo))
	output.Each(len(todo), func(i int) { errs[i] = output.WriteOne(files[todo[i]], w) })
	for i, err := range errs {
		if err != nil {
			return 0, err
		}
		p := files[todo[i]].Path
		kept[p] = rendered{sum: kept[p].sum, data: w.Bytes(p)}
	}
	out.Rendered += len(todo)
	return len(files), nil
}

// globalSum fingerprints what every file may depend on.
func (s *Session) globalSum(opts Options, site *model.Site) (uint64, error) {
	h := s.hash()
	h.Write(s.config.data)
	fmt.Fprintf(h, "\x00%s\x00%s\x00%v\x00%s\x00%d\x00", opts.Now, opts.Scope, opts.Drafts, opts.BaseURL, s.content.Fronts())
	for _, r := range site.Resources {
		h.WriteString(r + "\x00")
	}
	files, err := layout.Resolve(layout.Layers(opts.FS, site.Config.Theme, "layouts"))
	if err != nil {
		return 0, err
	}
	for _, f := range files {
		data, err := fs.ReadFile(f.Layer.FS, f.Path)
		if err != nil {
			return 0, err
		}
		fmt.Fprintf(h, "%s/%s\x00%d\x00", f.Layer.Name, f.Path, len(data))
		h.Write(data)
	}
	return h.Sum64(), nil
}

// bodySums fingerprints the body of every published item. Items are the
// same pointers from build to build while their file is unchanged, so only
// new ones are hashed.
func (s *Session) bodySums(site *model.Site) {
	sums := make(map[*content.Item]uint64, len(site.Items))
	all := s.hash()
	for _, it := range site.Items {
		sum, ok := s.sums[it.Item]
		if !ok {
			sum = s.bodySum(it.Item)
		}
		sums[it.Item] = sum
		putUint(all, sum)
	}
	s.sums, s.allBodies = sums, all.Sum64()
}

func (s *Session) bodySum(it *content.Item) uint64 {
	h := s.hash()
	h.WriteString(it.File)
	putUint(h, uint64(it.BodyLine))
	h.Write(it.Body)
	return h.Sum64()
}

// fileSum fingerprints one output file.
func (s *Session) fileSum(global uint64, f output.File) uint64 {
	h := s.hash()
	putUint(h, global)
	h.WriteString(f.Path)
	h.WriteByte(0)
	if f.Raw {
		h.WriteByte('r')
	}
	if f.All {
		h.WriteByte('a')
		putUint(h, s.allBodies)
		return h.Sum64()
	}
	for _, it := range f.Shows {
		sum, ok := s.sums[it.Item]
		if !ok {
			sum = s.bodySum(it.Item)
		}
		h.WriteString(it.ID)
		h.WriteByte(0)
		putUint(h, sum)
	}
	return h.Sum64()
}

func (s *Session) hash() *maphash.Hash {
	h := &maphash.Hash{}
	h.SetSeed(s.seed)
	return h
}

func putUint(h *maphash.Hash, v uint64) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], v)
	h.Write(b[:])
}

// loadConfig reads site.toml, or takes it from the session when its text
// has not changed, so the content and body caches stay valid. A changed
// site.toml starts the caches afresh.
func (s *Session) loadConfig(fsys fs.FS) (*config.Site, []diag.Diagnostic) {
	if s == nil {
		return config.Load(fsys)
	}
	data, err := fs.ReadFile(fsys, config.File)
	if err != nil || s.config == nil || !bytes.Equal(data, s.config.data) {
		cfg, diags := config.Load(fsys)
		s.config = &configCache{data: data, cfg: cfg, diags: diags}
		s.md, s.bodies = nil, nil
	}
	return s.config.cfg, slices.Clone(s.config.diags)
}

func (s *Session) loadContent(fsys fs.FS, cfg *config.Site) (*content.Set, []diag.Diagnostic) {
	if s == nil {
		return content.Load(fsys, cfg)
	}
	return s.content.Load(fsys, cfg)
}

// markdown returns the renderer for cfg, and the session's body cache.
func (s *Session) markdown(cfg *config.Site) (*markdown.Renderer, *model.BodyCache) {
	if s == nil {
		return markdown.New(markdown.Options{RawHTML: cfg.RawHTML}), nil
	}
	if s.md == nil {
		s.md, s.bodies = markdown.New(markdown.Options{RawHTML: cfg.RawHTML}), model.NewBodyCache()
	}
	return s.md, s.bodies
}
