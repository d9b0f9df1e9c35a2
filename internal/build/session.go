package build

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io/fs"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/gongkai/gongkai/internal/channels"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/ledger"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/publish"
)

// Session builds a site again and again into memory, for `gongkai serve`.
// It keeps what the last build read and rendered: site.toml, every content
// file, every rendered body, and every output file with a fingerprint of its
// inputs. After Changed, a build reads only the changed files and renders
// only the output files whose fingerprint changed. Its output is byte for
// byte what Run writes for the same files (TestSessionMatchesRun).
//
// A fingerprint covers site.toml, the layouts, --now, the scope, the front
// matter of every content file but its display fields (title, number,
// summary: content.DisplayKeys), the files bodies link to, the bodies of
// the items the file shows (output.File.Shows), and the display fields of
// the items it shows or lists (output.File.Lists) and of the items these
// lead to (related), or of every item when it does not say. So a changed
// body re-renders the item's page, the lists, feed and indexes that show
// it, and the boards and kiosks that carry it; a changed title re-renders
// the pages that show or list the item and those that do not say what
// they list; any other change to front matter, a layout or site.toml
// re-renders everything. Values that several files share (output.Memo: a
// board's layout) are fingerprinted and kept the same way, as files that
// may list any item.
type Session struct {
	opts      Options
	seed      maphash.Seed
	config    *configCache
	content   *content.Cache
	md        *markdown.Renderer
	bodies    *model.BodyCache
	sums      map[*content.Item]itemSum // item fingerprints of the last Start
	files     map[string]rendered       // files of the channels Start renders, as the last build made them
	reserved  *content.Addresses        // the channels' own addresses (channels.Addresses)
	checked   *checkCache               // check.Run's findings in the last build
	relCache  *relatedCache             // relatedSum of earlier builds
	fileCache *fileCache                // file fingerprints of earlier builds
	built     *siteCache                // the model of the last load (session_model.go)
	tpl       *layoutCache              // the templates of the last build (session_layouts.go)
	plans     map[string]*planCache     // the early channels' files in the last build, by channel (session_plan.go)
	snap      *planned                  // what the last Start wrote of them (session_plan.go)

	mu   sync.Mutex           // guards what Finish, which may overlap the next Start, touches
	gen  uint64               // counts Starts
	late map[string]rendered  // files of late channels, from the newest Start's Finish
	memo map[string]memoEntry // shared values (output.Memo), from the newest Start's build
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
	Paths    []string          // the files this build rendered, sorted
}

// NewSession prepares builds of the site opts describe. opts.Dest is not
// used: a session writes nothing to disk.
func NewSession(opts Options) *Session {
	if opts.FS == nil {
		opts.FS = siteFS(opts.SiteDir)
	}
	if opts.Channels == nil {
		opts.Channels = channels.Default()
	}
	return &Session{opts: opts, seed: maphash.MakeSeed(), content: content.NewCache(), files: map[string]rendered{},
		reserved: channels.Addresses(opts.Channels)}
}

// Changed tells the session that files or folders changed (created,
// written, removed or renamed). Paths are slash-separated and relative to
// the site folder.
func (s *Session) Changed(paths ...string) { s.content.Changed(paths...) }

// Reset forgets everything, for when changes may have been missed.
func (s *Session) Reset() {
	s.config, s.md, s.bodies, s.sums, s.checked, s.relCache, s.fileCache, s.tpl, s.plans, s.snap = nil, nil, nil, nil, nil, nil, nil, nil, nil, nil
	s.mu.Lock()
	s.late, s.memo, s.built = nil, nil, nil
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

// Pending is a build whose early channels (not Late) and static files are
// rendered, and whose Late channels are not yet.
type Pending struct {
	s     *Session
	gen   uint64 // which Start made it
	site  *model.Site
	tpl   *layout.Set
	w     *publish.Writer
	out   *Output
	res   *Result
	start time.Time
	sums  *sums
	memo  *memo
	later []output.File // files of early channels left to Finish (output.File.Late)
	done  bool          // Finish has returned (guarded by s.mu)
}

// Start reads the site and renders the channels that are not Late, and
// the static files: only what changed. The Late channels (boards, kiosks),
// which may take longer, and the Late files of the others (output.File.Late:
// the catalog, index.json) are left to Finish.
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
	layouts, err := s.layoutSum(opts.FS, site.Config.Theme)
	if err != nil {
		return nil, res, err
	}
	tpl, tdiags := s.layouts(opts.FS, site, layouts)
	if len(tdiags) > 0 {
		res.Diags = append(res.Diags, tdiags...)
		return nil, res, diag.Errors(tdiags)
	}
	if ldiags := s.checkLedger(&opts, site, tpl); len(ldiags) > 0 {
		res.Diags = append(res.Diags, ldiags...)
		return nil, res, diag.Errors(ldiags)
	}
	global, err := s.globalSum(opts, site, layouts)
	if err != nil {
		return nil, res, err
	}
	p := &Pending{s: s, site: site, tpl: tpl, out: &Output{}, res: res, start: start}
	p.sums = s.itemSums(site, global)
	s.fileCache.prune(s.size())
	s.mu.Lock()
	p.memo = &memo{sums: p.sums, prev: s.memo, next: map[string]memoEntry{}}
	s.mu.Unlock()
	var plans []*planCache
	for _, ch := range opts.Channels {
		if !ch.Late() {
			plan, err := s.plan(ch, site, tpl, p.memo, global)
			if err != nil {
				return nil, res, res.failed(err)
			}
			res.Pages[ch.Name()] = plan.pages
			p.later = append(p.later, plan.later...)
			plans = append(plans, plan)
		}
	}
	kept, err := p.renderPlans(plans)
	if err != nil {
		return nil, res, res.failed(err)
	}
	snap := p.w.Snapshot()
	if err := copyStatic(site, opts.FS, p.w); err != nil {
		return nil, res, res.failed(err)
	}
	if err := writeStatus(site, p.w); err != nil {
		return nil, res, res.failed(err)
	}
	s.files, s.snap = kept, &planned{plans: plans, w: snap}
	s.read(p) // a Start that failed left no build to read the model
	s.mu.Lock()
	s.gen++
	p.gen = s.gen
	s.mu.Unlock()
	res.Items = len(site.Items)
	res.Elapsed = time.Since(start)
	return p, res, nil
}

// Later reports whether Finish has files to render: those of Late
// channels, and the Late files of the others (output.File.Late).
func (p *Pending) Later() bool {
	if len(p.later) > 0 {
		return true
	}
	for _, ch := range p.s.opts.Channels {
		if ch.Late() {
			return true
		}
	}
	return false
}

// Early is the site as far as it is built, for serve to show while Finish
// runs: this build's files of the early channels and its static files, and
// the other files (Late channels, Late files) as the last finished build
// made them. Call it before Finish.
func (p *Pending) Early() *Output {
	files := maps.Clone(p.w.Memory())
	p.s.mu.Lock()
	for name, r := range p.s.late {
		if _, taken := files[name]; !taken {
			files[name] = r.data
		}
	}
	p.s.mu.Unlock()
	return &Output{Files: files, Rendered: p.out.Rendered}
}

// Finish renders the Late channels and the Late files of the others (only
// their changed files) and returns the built site. It may
// run while a newer build starts (serve does not wait for it): it then
// changes nothing in the session.
func (p *Pending) Finish() (*Output, *Result, error) {
	s := p.s
	defer func() {
		s.mu.Lock()
		p.done = true
		s.mu.Unlock()
	}()
	s.mu.Lock()
	prev := s.late
	s.mu.Unlock()
	late := make(map[string]rendered, len(prev))
	if err := p.renderPlanned(p.later, prev, late); err != nil {
		return nil, p.res, p.res.failed(err)
	}
	for _, ch := range s.opts.Channels {
		if !ch.Late() {
			continue
		}
		files, err := ch.Files(p.site, p.tpl, p.memo)
		if err != nil {
			return nil, p.res, p.res.failed(err)
		}
		if err := p.renderPlanned(files, prev, late); err != nil {
			return nil, p.res, p.res.failed(err)
		}
		p.res.Pages[ch.Name()] = output.Pages(files)
	}
	p.out.Files = p.w.Memory()
	slices.Sort(p.out.Paths)
	s.mu.Lock()
	if p.gen == s.gen {
		s.late, s.memo = late, p.memo.merged()
	}
	s.mu.Unlock()
	p.res.Elapsed = time.Since(p.start)
	return p.out, p.res, nil
}

// splitLate parts the files of an early channel into those Start renders
// and those it leaves to Finish (output.File.Late).
func splitLate(files []output.File) (now, later []output.File) {
	now = files[:0:0]
	for _, f := range files {
		if f.Late {
			later = append(later, f)
		} else {
			now = append(now, f)
		}
	}
	return now, later
}

// renderPlanned renders the files whose fingerprint is not the one in
// prev, writes the others as prev has them, and records them all in kept.
func (p *Pending) renderPlanned(files []output.File, prev, kept map[string]rendered) error {
	return p.render(files, prev, kept, false)
}

// render is renderPlanned; with written, the writer holds every file of
// prev already (session_plan.go): only the files rendered anew are
// written, in place of prev's.
func (p *Pending) render(files []output.File, prev, kept map[string]rendered, written bool) error {
	var todo []int
	for i, f := range files {
		sum := p.sums.file(f, p.tpl)
		if old, ok := prev[f.Path]; ok && old.sum == sum {
			if written {
				continue
			}
			kept[f.Path] = old
			if err := p.w.WriteRaw(f.Path, old.data, f.Who); err != nil {
				return err
			}
			continue
		}
		if written {
			p.w.Unwrite(f.Path)
		}
		kept[f.Path] = rendered{sum: sum}
		todo = append(todo, i)
	}
	errs := make([]error, len(todo))
	output.Each(len(todo), func(i int) { errs[i] = output.WriteOne(files[todo[i]], p.w) })
	for i, err := range errs {
		if err != nil {
			return err
		}
		path := files[todo[i]].Path
		kept[path] = rendered{sum: kept[path].sum, data: p.w.Bytes(path)}
		p.out.Paths = append(p.out.Paths, path)
	}
	p.out.Rendered += len(todo)
	return nil
}

// globalSum fingerprints what every file may depend on; layouts is
// layoutSum.
func (s *Session) globalSum(opts Options, site *model.Site, layouts uint64) (uint64, error) {
	h := s.hash()
	h.Write(s.config.data)
	fmt.Fprintf(h, "\x00%s\x00%s\x00%v\x00%s\x00%d\x00", opts.Now, opts.Scope, opts.Drafts, opts.BaseURL, s.content.Shapes())
	for _, r := range site.Resources {
		h.WriteString(r + "\x00")
	}
	// What records/ publishes: its pages, the items' 回应 and the links
	// to them show it. An edit of what is never published changes no byte.
	recs, err := json.Marshal(site.Records)
	if err != nil {
		return 0, err
	}
	h.Write(recs)
	putUint(h, layouts)
	return h.Sum64(), nil
}

// size is about how many files a build writes: as many as the last one.
func (s *Session) size() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.files) + len(s.late)
}

func (s *Session) hash() *maphash.Hash {
	h := &maphash.Hash{}
	h.SetSeed(s.seed)
	return h
}

// memo is the output.Memo of one Session build: it takes a value an earlier
// build made while the value's fingerprint is unchanged.
type memo struct {
	sums *sums
	prev map[string]memoEntry // read only: the session's, when this build started
	mu   sync.Mutex
	next map[string]memoEntry // the values this build asked for
}

type memoEntry struct {
	global, sum uint64
	cell        *output.Cell
}

func (m *memo) Value(key string, shows []*model.Item, make func() (any, error)) (any, error) {
	sum := m.sums.of("memo", key, false, shows, true, nil, nil)
	m.mu.Lock()
	e, ok := m.next[key]
	if !ok || e.sum != sum {
		e = memoEntry{global: m.sums.global, sum: sum, cell: &output.Cell{}}
		if old, ok := m.prev[key]; ok && old.sum == sum {
			e = old
		}
		m.next[key] = e
	}
	m.mu.Unlock()
	return e.cell.Get(key, make)
}

// merged is what the session keeps for the next build: the values this
// build made or took, and those of earlier builds that nothing asked for
// this time, while site.toml, layouts and front matter are unchanged.
// Call it when every file is rendered.
func (m *memo) merged() map[string]memoEntry {
	out := map[string]memoEntry{}
	for k, e := range m.prev {
		if e.global == m.sums.global {
			out[k] = e
		}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for k, e := range m.next {
		if e.cell.OK() {
			out[k] = e
		} else {
			delete(out, k)
		}
	}
	return out
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

func (s *Session) loadContent(fsys fs.FS, cfg *config.Site, chs []output.Channel) (*content.Set, []diag.Diagnostic) {
	if s == nil {
		return content.Load(fsys, cfg, channels.Addresses(chs))
	}
	return s.content.Load(fsys, cfg, s.reserved)
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

// checkLedger reports the errors of urls.txt a build would fail with;
// serve shows them and writes nothing, so a site without the file has
// nothing to check.
func (s *Session) checkLedger(opts *Options, site *model.Site, tpl *layout.Set) []diag.Diagnostic {
	if _, err := fs.Stat(opts.FS, ledger.File); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	diags, _ := checkLedger(opts, site, tpl, nil)
	return diags
}
