package build

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"runtime"
	"time"

	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/browser"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/channels"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/kiosk"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/ledger"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/publish"
	"github.com/gongkai/gongkai/internal/records"
	"github.com/gongkai/gongkai/internal/sitefs"
)

// Options say what to build.
type Options struct {
	SiteDir string             // the site folder
	FS      fs.FS              // the site's files; SiteDir through sitefs (nothing from outside the site) when nil, and only then does a build write the site's urls.txt
	Dest    string             // output folder; "public" (or "public-internal") inside the site when empty
	Now     calendar.Day       // "today"; the real date in the site's timezone when zero
	Scope   config.Scope       // public (default) or internal
	Drafts  bool               // publish drafts too
	BaseURL string             // replaces base_url (serve uses the local address)
	PDF     bool               // also print each board's sheets to PDF with a local Chromium
	Tile    string             // with PDF: also cut larger sheets into pages of this paper ("A3", "A4") for boards without tile
	Chrome  string             // the browser for PDF; found on PATH when empty
	Records bool               // also apply check's rules to records/ (gongkai check); builds read it only for what the website publishes (loadRecords)
	Test    *publish.TestHooks // crash tests only: pause points of the swap; nil otherwise
	// Channels are the build's channels, channels.Default() when nil.
	// Their files are rendered in parallel, the Late channels' taken
	// first; errors are reported in the channels' order.
	Channels []output.Channel

	session  *Session // what serve keeps between builds; nil reads and renders everything
	once     bool     // a build that renders once (Run): bodies are let go once rendered (drop)
	rendered func()   // tests only: called once every body is rendered and its page written
	written  func()   // tests only: called once every channel's files are written
}

// drop is what of the bodies a build lets go once rendered: in a build
// that renders once, what the built-in theme's pages do not read (see
// model.Drop), unless a layout of the site's own may show a body.
func (opts *Options) drop(cfg *config.Site) *model.Drop {
	if !opts.once || opts.session != nil || layout.ShowsBodies(opts.FS, cfg.Theme) {
		return nil
	}
	chans := opts.Channels
	return &model.Drop{Lead: page.Lead, Carried: func(s *model.Site) []*model.Item { return carried(chans, s) }}
}

// Result is what a build did.
type Result struct {
	Site     *model.Site
	Diags    []diag.Diagnostic // warnings, and errors when the build failed
	Items    int
	Pages    map[string]int // pages written per channel
	Elapsed  time.Duration
	Dest     string
	Warnings int
	Ledger   *LedgerUpdate // a public build's addresses for urls.txt; nil for internal builds and previews
}

// failed records the problems of a failure after loading (a renderer's
// diag.Errors) among the result's diagnostics, as the load's are, so they
// are printed and counted; it returns err.
func (r *Result) failed(err error) error {
	var de diag.Errors
	if errors.As(err, &de) {
		r.Diags = append(r.Diags, de...)
		diag.Sort(r.Diags)
	}
	return err
}

// Load reads the site and builds its model without writing anything.
func Load(opts *Options) (*model.Site, []diag.Diagnostic) {
	site, _, diags := LoadWithRecords(opts)
	return site, diags
}

// LoadWithRecords is Load that also returns the office's registers under
// records/ as it read them, for what reports count (gongkai report): the
// site itself holds only what the website publishes of them. They are nil
// when site.toml did not load.
func LoadWithRecords(opts *Options) (*model.Site, *records.Set, []diag.Diagnostic) {
	if opts.FS == nil {
		opts.FS = siteFS(opts.SiteDir)
	}
	if opts.Channels == nil {
		opts.Channels = channels.Default()
	}
	if opts.PDF {
		// The boards' pages link to the PDFs only when they are printed.
		opts.Channels = board.Configure(opts.Channels, func(c *board.Channel) { c.PDF, c.Tile = true, opts.Tile })
	}
	cfg, diags := opts.session.loadConfig(opts.FS)
	if cfg == nil || diag.CountErrors(diags) > 0 && cfg.Location == nil {
		return nil, nil, diags
	}
	if opts.BaseURL != "" && cfg.BaseURL != opts.BaseURL {
		// Written once: serve shares cfg between builds that may overlap.
		// Links are still read against base_url (LinkBase).
		cfg.OwnURL, cfg.BaseURL = cfg.BaseURL, opts.BaseURL
	}
	if opts.Now.IsZero() {
		opts.Now = calendar.Of(time.Now(), cfg.Location)
	}
	if opts.Scope == "" {
		opts.Scope = config.Public
	}
	if !layout.ThemeExists(opts.FS, cfg.Theme) {
		diags = append(diags, diag.Diagnostic{File: config.File, Line: cfg.Meta.Line("theme"),
			Msg: fmt.Sprintf("theme %q is neither in themes/ nor built in; write theme = \"default\"", cfg.Theme)})
	}
	cfgOK := diag.CountErrors(diags) == 0
	diags = append(diags, layout.Check(opts.FS, cfg.Theme)...)
	drop := opts.drop(cfg)
	var set *content.Set
	var cdiags []diag.Diagnostic
	if drop != nil {
		// Bodies are read again as each is rendered (streamBodies).
		set, cdiags = content.LoadFronts(opts.FS, cfg, channels.Addresses(opts.Channels))
	} else {
		set, cdiags = opts.session.loadContent(opts.FS, cfg, opts.Channels)
	}
	diags = append(diags, cdiags...)
	md, bodies := opts.session.markdown(cfg)
	mopts := model.Options{Now: opts.Now, Scope: opts.Scope, Drafts: opts.Drafts, Bodies: bodies, Drop: drop, Later: drop != nil}
	var checked func() []diag.Diagnostic
	if cfgOK {
		// check weighs front matter only: it runs beside the model, and
		// takes the editions the model makes (model.Editions).
		eds := model.NewEditions(cfg, set.Items, opts.Now)
		eds.Expect(mopts)
		defer eds.Settle() // should the model fail
		mopts.Editions = eds
		checked = aside("check", func() []diag.Diagnostic { return opts.session.check(cfg, set, opts.Now, opts.Drafts, eds) })
	}
	site, mdiags := opts.session.model(cfg, set, md, mopts)
	mopts.Editions.Settle()
	diags = append(diags, mdiags...)
	if cfgOK {
		// These weigh items against site.toml (boards, kiosks, the catalog,
		// the categories' windows): with errors in site.toml they would
		// only repeat them.
		diags = append(diags, checkMark(opts.FS, cfg)...)
		diags = append(diags, board.Check(cfg, set.Items)...)
		diags = append(diags, board.CheckPaper(site)...)
		diags = append(diags, kiosk.Check(cfg, set.Items)...)
		diags = append(diags, kiosk.CheckDay(site, set.Items)...)
		diags = append(diags, kiosk.CheckSchedules(cfg, set)...)
		diags = append(diags, checked()...)
	}
	recs, rdiags := loadRecords(opts, cfg, set, site, cfgOK)
	diags = append(diags, rdiags...)
	diag.Sort(diags)
	return site, recs, diags
}

// aside runs f on a goroutine of its own and returns what waits for its
// result. A panic in f (output.Safely: named, with its own stack) is
// raised again in the goroutine that waits, where serve recovers from it
// as from any other fault of a build.
func aside(what string, f func() []diag.Diagnostic) func() []diag.Diagnostic {
	var diags []diag.Diagnostic
	done := make(chan error, 1)
	go func() {
		done <- output.Safely(what, func() error { diags = f(); return nil })
	}()
	return func() []diag.Diagnostic {
		if err := <-done; err != nil {
			panic(err)
		}
		return diags
	}
}

// siteFS is the site folder dir, refusing what symbolic links lead to
// outside it (package sitefs).
func siteFS(dir string) fs.FS {
	fsys, err := sitefs.New(dir)
	if err != nil {
		return failFS{err} // the working folder is gone: read nothing
	}
	return fsys
}

// failFS fails every read with its error.
type failFS struct{ err error }

func (f failFS) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: f.err}
}

// Run builds the site into its output folder. On any error nothing is
// written and the previous output stays as it was; the error is a
// diag.Errors when the problems are in the site's files.
func Run(opts Options) (*Result, error) { return RunContext(context.Background(), opts) }

// ErrInterrupted is returned by RunContext when ctx was cancelled before
// the new output was swapped in: the temporary folder is gone and the
// previous output is as it was.
var ErrInterrupted = errors.New("interrupted")

// RunContext is Run, stopped when ctx is cancelled (Ctrl-C, SIGTERM). It
// returns at once with ErrInterrupted, after removing the temporary
// folder, unless the swap has begun: then the build finishes.
func RunContext(ctx context.Context, opts Options) (*Result, error) {
	start := time.Now()
	if opts.Scope == "" {
		opts.Scope = config.Public
	}
	dest := destination(opts)
	res := &Result{Dest: dest, Pages: map[string]int{}} // what an early return shows
	if err := checkDest(opts, dest); err != nil {
		return res, err
	}
	w, err := publish.New(dest, publishOptions(opts, dest))
	if err != nil {
		return res, scopeMessage(err, opts)
	}
	if ctx.Err() != nil {
		w.Cancel()
		return res, ErrInterrupted
	}
	out := &Result{Dest: dest, Pages: map[string]int{}} // the build's, filled as it goes
	done := make(chan error, 1)
	go func() { done <- run(ctx, opts, w, out, start) }()
	select {
	case err := <-done:
		return out, err
	case <-ctx.Done():
		if w.Cancel() {
			return res, ErrInterrupted
		}
		return out, <-done
	}
}

// run builds into w, which it commits or aborts. A public build of a site
// read from its folder (opts.FS nil) then records its new addresses in the
// site's urls.txt (see package ledger).
//
// It renders each body once and holds as little of it as it can: the
// channels list their files first, then the bodies are rendered, each
// item's page written as soon as its body is (streamBodies), and the
// other files are rendered last, from the items' metadata and the bodies
// the boards and kiosks carry. The addresses are checked (checkLedger)
// once the bodies have said which files under content/ they link to.
func run(ctx context.Context, opts Options, w *publish.Writer, res *Result, start time.Time) error {
	ownFolder := opts.FS == nil
	opts.once = true
	site, diags := Load(&opts)
	res.Site, res.Diags = site, diags
	if diag.CountErrors(diags) > 0 {
		w.Abort()
		res.Diags = withBodies(site, diags)
		return diag.Errors(onlyErrors(res.Diags))
	}
	defer holdLimit(len(site.Items))()
	tpl, tdiags := layout.Load(opts.FS, site.Config.Theme, page.Funcs(site))
	if len(tdiags) > 0 {
		w.Abort()
		res.Diags = append(withBodies(site, res.Diags), tdiags...)
		return diag.Errors(tdiags)
	}
	files, err := listFiles(&opts, site, tpl, res)
	if err != nil {
		w.Abort()
		return res.failed(err)
	}
	if ctx.Err() != nil {
		w.Abort()
		return ErrInterrupted
	}
	errs := make([]error, len(files.files))
	streamed, bdiags := streamBodies(site, files.files, w, errs)
	if opts.rendered != nil {
		opts.rendered()
		runtime.KeepAlive(site)
	}
	if len(bdiags) > 0 {
		res.Diags = append(res.Diags, bdiags...)
		diag.Sort(res.Diags)
	}
	if diag.CountErrors(res.Diags) > 0 {
		w.Abort()
		return diag.Errors(onlyErrors(res.Diags))
	}
	res.Warnings = len(res.Diags)
	ldiags, update := checkLedger(&opts, site, tpl, files.files)
	if len(ldiags) > 0 {
		w.Abort()
		res.Diags = append(res.Diags, ldiags...)
		return diag.Errors(ldiags)
	}
	res.Ledger = update
	if ctx.Err() != nil {
		w.Abort()
		return ErrInterrupted
	}
	if err := render(&opts, site, files, streamed, errs, w); err != nil {
		w.Abort()
		return res.failed(err)
	}
	var pdfErr error
	if opts.PDF {
		pdfErr = printPDF(ctx, site, w, opts.Chrome, opts.Tile, res)
	}
	if err := w.Commit(); err != nil {
		return err
	}
	if ownFolder && update != nil && update.Data != nil {
		if err := writeLedger(opts.SiteDir, update.Data); err != nil {
			return fmt.Errorf("the site was built, but %s could not be updated: %w", ledger.File, err)
		}
	}
	res.Items = len(site.Items)
	res.Elapsed = time.Since(start)
	return pdfErr
}

// withBodies is diags with the problems of the site's bodies, rendered
// now if Load left them (model.Options.Later), so that a build failing
// before it writes reports every problem, as check does.
func withBodies(site *model.Site, diags []diag.Diagnostic) []diag.Diagnostic {
	if bd := site.RenderBodies(nil); len(bd) > 0 {
		diags = append(diags, bd...)
		diag.Sort(diags)
	}
	return diags
}

// PDFError is a failure to print the boards to PDF. The rest of the build
// (the website, the HTML sheets) was written all the same.
type PDFError struct {
	Dest string
	Err  error
}

func (e *PDFError) Error() string {
	return fmt.Sprintf("--pdf: %v\nthe website and the HTML sheets were written to %s, without PDFs; the sheets can also be printed from a browser: open %s", e.Err, e.Dest, filepath.Join(e.Dest, "boards", "index.html"))
}

func (e *PDFError) Unwrap() error { return e.Err }

// printPDF prints the boards' sheets, written into w, to PDF beside them.
func printPDF(ctx context.Context, site *model.Site, w *publish.Writer, chrome, tile string, res *Result) error {
	if len(site.Boards()) == 0 {
		return nil
	}
	path, err := browser.Find(chrome)
	if err != nil {
		return &PDFError{Dest: res.Dest, Err: err}
	}
	ctx, cancel := context.WithTimeout(ctx, pdfTimeout)
	defer cancel()
	n, err := board.PrintPDF(ctx, path, site, w, tile)
	res.Pages["pdf"] = n
	if err != nil {
		return &PDFError{Dest: res.Dest, Err: err}
	}
	return nil
}

// pdfTimeout bounds the printing of every board, so a hung browser does
// not hang the build.
const pdfTimeout = 10 * time.Minute

// filePlan are every channel's files, unrendered, in the channels' order,
// and which of them are a Late channel's.
type filePlan struct {
	files []output.File
	late  []bool
}

// listFiles lists every channel's files and counts the pages of each. The
// plan is made at its size: it is as long as the site has pages.
func listFiles(opts *Options, site *model.Site, tpl *layout.Set, res *Result) (*filePlan, error) {
	lists := make([][]output.File, len(opts.Channels))
	n := 0
	for i, ch := range opts.Channels {
		fs, err := ch.Files(site, tpl, output.Once())
		if err != nil {
			return nil, err
		}
		lists[i], n = fs, n+len(fs)
		res.Pages[ch.Name()] = output.Pages(fs)
	}
	p := &filePlan{files: make([]output.File, 0, n), late: make([]bool, 0, n)}
	for i, fs := range lists {
		p.files = append(p.files, fs...)
		lists[i] = nil // let the channel's own list go as soon as it is copied
		for range fs {
			p.late = append(p.late, opts.Channels[i].Late())
		}
	}
	return p, nil
}

// streamBodies renders the site's bodies (model.Site.RenderBodies), and
// writes each item's page (output.File.Page) as soon as its body is
// rendered, on the worker that rendered it, its error in errs. It returns
// which files it wrote, and the bodies' problems. This is the one place a
// build sees each body whole: what else is made of bodies one by one
// belongs in its sink.
func streamBodies(site *model.Site, files []output.File, w *publish.Writer, errs []error) ([]bool, []diag.Diagnostic) {
	pageOf := map[*model.Item]int{}
	for i, f := range files {
		if f.Page != nil {
			pageOf[f.Page] = i
		}
	}
	written := make([]bool, len(files))
	diags := site.RenderBodies(func(it *model.Item) {
		if i, ok := pageOf[it]; ok {
			errs[i], written[i] = output.WriteOne(files[i], w), true
			// what made the page (its data, the items it shows) is let
			// go; its path stays for the ledger (checkLedger)
			files[i] = output.File{Path: files[i].Path, Aside: files[i].Aside}
		}
	})
	return written, diags
}

// render writes the channels' files not written yet, then the static
// files and status.json. The files of all channels share one pool of
// workers, in renderOrder: the Late channels' (boards, kiosks: few
// files, each long) taken first, so no core waits at the end of one
// channel for its last file while the next channel has work. The error
// returned is the first in the order of the channels' files (errs holds
// those of the files written already).
func render(opts *Options, site *model.Site, p *filePlan, written []bool, errs []error, w *publish.Writer) error {
	files := p.files
	order := renderOrder(p, written)
	output.Each(len(order), func(i int) { errs[order[i]] = output.WriteOne(files[order[i]], w) })
	if opts.written != nil {
		opts.written()
		runtime.KeepAlive(site) // what the build holds, not what it no longer reads
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	if err := copyStatic(site, opts.FS, w); err != nil {
		return err
	}
	return writeStatus(site, w)
}

// carried is every item whose blocks a channel lays out (output.Carrier).
func carried(chans []output.Channel, site *model.Site) []*model.Item {
	var out []*model.Item
	for _, ch := range chans {
		if c, ok := ch.(output.Carrier); ok {
			out = append(out, c.Carries(site)...)
		}
	}
	return out
}

func onlyErrors(ds []diag.Diagnostic) []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, d := range ds {
		if d.Severity == diag.Error {
			out = append(out, d)
		}
	}
	return out
}

// IsContentError reports whether err lists problems in the site's files
// (exit status 1) rather than a failure of the machine.
func IsContentError(err error) bool {
	var de diag.Errors
	return errors.As(err, &de)
}
