package serve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path"
	"runtime/debug"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/msg"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/sitefs"
	"github.com/gongkai/gongkai/internal/watch"
)

// Options say what to serve and where.
type Options struct {
	Build    build.Options // the site; Dest is not used, BaseURL is the server's address
	Bind     string        // address to listen on, "127.0.0.1" when empty
	Port     int           // 0 picks a free port (tests)
	Debounce time.Duration // quiet time that ends a burst of file events; DefaultDebounce when zero
	Stdout   io.Writer     // what was rebuilt
	Stderr   io.Writer     // errors and warnings
	Lang     msg.Lang      // the language of the messages in the terminal and the overlay (English when empty)
}

// DefaultDebounce is how long the watcher waits after the last file event
// before it rebuilds. One save by an editor is a burst of events within a
// few milliseconds (vim: a probe file, a backup, the write; other editors:
// a temporary file renamed over the original), so 40 ms catches a burst
// whole while leaving most of the 100 ms budget from save to reload to the
// rebuild itself.
const DefaultDebounce = 40 * time.Millisecond

// Server is a running `gongkai serve`.
type Server struct {
	opts    Options
	siteDir string // as given, for messages
	root    string // the site folder, absolute, symbolic links resolved
	ln      net.Listener
	url     string
	session *build.Session
	hub     *hub

	mu    sync.RWMutex
	state state

	lastWarnings []diag.Diagnostic
	lastPending  int    // items awaiting review the terminal was last told are hidden
	beforeBuild  func() // tests: runs at the start of every rebuild

	attempt  int           // counts rebuilds; only the build loop touches it
	behind   atomic.Bool   // boards and kiosks of the newest build are still being rendered
	finishes chan finish   // late channels rendered by finishLater
	stopped  chan struct{} // closed when Run returns
}

// state is what the server shows: the last good site, and the problems of
// the last build when it failed.
type state struct {
	files    map[string][]byte // nil until a build succeeds
	build    int               // number of the last good build
	problems []Problem         // nil when the last build succeeded
}

// Listen binds the address, so a port in use is reported before anything
// is built.
func Listen(opts Options) (*Server, error) {
	if opts.Bind == "" {
		opts.Bind = "127.0.0.1"
	}
	if opts.Debounce == 0 {
		opts.Debounce = DefaultDebounce
	}
	opts.Stdout, opts.Stderr = inLang(opts.Stdout, opts.Lang), inLang(opts.Stderr, opts.Lang)
	ln, err := net.Listen("tcp", net.JoinHostPort(opts.Bind, strconv.Itoa(opts.Port)))
	if err != nil {
		return nil, fmt.Errorf("cannot listen on %s port %d: %w; is another gongkai serve running? choose another port with --port", opts.Bind, opts.Port, err)
	}
	fsys, err := sitefs.New(opts.Build.SiteDir)
	if err != nil {
		ln.Close()
		return nil, err
	}
	s := &Server{opts: opts, siteDir: opts.Build.SiteDir, root: fsys.Root(), ln: ln, hub: newHub(),
		finishes: make(chan finish), stopped: make(chan struct{})}
	s.url = "http://" + urlHost(opts.Bind, ln.Addr()) + "/"
	bo := opts.Build
	bo.FS, bo.BaseURL = fsys, s.url
	s.session = build.NewSession(bo)
	return s, nil
}

// inLang makes what is written to w translated into l (msg.Writer),
// unless it is already.
func inLang(w io.Writer, l msg.Lang) io.Writer {
	if _, ok := w.(*msg.Writer); ok || l == "" || l == msg.En {
		return w
	}
	return msg.NewWriter(w, l)
}

// urlHost is the host:port pages link to: the bound address, or localhost
// when bound to every interface.
func urlHost(bind string, addr net.Addr) string {
	_, port, _ := net.SplitHostPort(addr.String())
	if ip := net.ParseIP(bind); ip != nil && ip.IsUnspecified() || bind == "" {
		bind = "localhost"
	}
	return net.JoinHostPort(bind, port)
}

// URL is the address of the served site, "http://127.0.0.1:1313/".
func (s *Server) URL() string { return s.url }

// Loopback reports whether only this machine can reach the server.
func (s *Server) Loopback() bool {
	host, _, _ := net.SplitHostPort(s.ln.Addr().String())
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Run builds the site, serves it and rebuilds on every change until ctx is
// done; then it stops the HTTP server and the watcher and returns. It does
// not wait for a build under way, the first one included: serve writes
// nothing to disk, so a build left behind leaves nothing behind, and
// Ctrl-C stops at once.
func (s *Server) Run(ctx context.Context) error {
	w, err := watch.New(s.root, s.opts.Debounce, s.logf)
	if err != nil {
		s.ln.Close()
		return fmt.Errorf("watching %s: %w", s.siteDir, err)
	}
	defer w.Close()
	defer close(s.stopped)
	if !s.until(ctx, func() { s.rebuild(watch.Batch{}) }) {
		s.ln.Close()
		return nil
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	srv.RegisterOnShutdown(s.hub.close)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(s.ln) }()
	batches := make(chan watch.Batch)
	done := make(chan struct{})
	go w.Run(done, batches)
	defer close(done)
	for {
		select {
		case b := <-batches:
			if !s.until(ctx, func() { s.rebuild(b) }) {
				return s.shutdown(srv)
			}
		case f := <-s.finishes:
			s.finishedSafely(f)
		case err := <-served:
			return err
		case <-ctx.Done():
			return s.shutdown(srv)
		}
	}
}

// until runs a build and waits for it, or for ctx to end: it reports
// whether the build is done. The build loop stays the only one building,
// since it waits; a build it stops waiting for runs on to its end and is
// forgotten.
func (s *Server) until(ctx context.Context, build func()) bool {
	done := make(chan struct{})
	go func() {
		defer close(done)
		build()
	}()
	select {
	case <-done:
		return true
	case <-ctx.Done():
		return false
	}
}

func (s *Server) shutdown(srv *http.Server) error {
	sctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	s.hub.close()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return nil
}

func (s *Server) logf(format string, args ...any) {
	fmt.Fprintf(s.opts.Stderr, format+"\n", args...)
}

// current returns what is being shown.
func (s *Server) current() state {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.state
}

func (s *Server) hello() helloData {
	st := s.current()
	return helloData{Build: st.build, Errors: st.problems}
}

// rebuild builds after a batch of changes and tells the pages. The late
// channels (boards and kiosks, whose layout can take far longer than a
// page even when only the ones showing the changed item are laid out
// again) follow the website: its pages are shown and reloaded first, and
// the rest follows from a goroutine (finish); a newer batch does not wait
// for it. A panic in the build is caught: it is shown
// like any other error, the session forgets what it kept (it may be half
// updated), and the server goes on.
func (s *Server) rebuild(b watch.Batch) {
	defer s.recoverBuild()
	if s.beforeBuild != nil {
		s.beforeBuild()
	}
	if b.Lost {
		s.session.Reset()
	}
	s.session.Changed(b.Paths...)
	start := time.Now()
	s.attempt++
	p, res, err := s.session.Start()
	if err != nil {
		s.failed(res, err)
		return
	}
	s.printDiags(res.Diags, false)
	s.notePending(res)
	if !p.Later() || s.current().files == nil {
		out, res, err := p.Finish() // nothing to wait for, or no site yet to show meanwhile
		s.finished(finish{attempt: s.attempt, out: out, res: res, err: err, took: time.Since(start)})
		return
	}
	early := p.Early()
	s.behind.Store(true)
	s.succeed(early.Files, early.Rendered, time.Since(start), false)
	go s.finishLater(p, s.attempt, start)
}

// notePending tells the terminal, when their number changes, how many
// items await review (先审后发) and so are not in this preview, which shows
// what the public will see; serve --drafts shows them, marked 待审核.
func (s *Server) notePending(res *build.Result) {
	if s.opts.Build.Drafts || res == nil || res.Site == nil {
		return
	}
	n := len(res.Site.Pending())
	if n == s.lastPending {
		return
	}
	s.lastPending = n
	switch {
	case n == 0:
		fmt.Fprintln(s.opts.Stdout, "no item awaits review (待审核) any more")
	case n == 1:
		fmt.Fprintln(s.opts.Stdout, "1 item awaits review (待审核) and is not shown; gongkai serve --drafts shows it, marked")
	default:
		fmt.Fprintf(s.opts.Stdout, "%d items await review (待审核) and are not shown; gongkai serve --drafts shows them, marked\n", n)
	}
}

func (s *Server) finishedSafely(f finish) {
	defer s.recoverBuild()
	s.finished(f)
}

func (s *Server) recoverBuild() {
	if r := recover(); r != nil {
		s.logf("gongkai: internal error while building: %v\n%s", r, debug.Stack())
		s.session.Reset()
		s.fail([]Problem{{Msg: msg.Translate(s.opts.Lang, fmt.Sprintf("gongkai 内部错误（internal error）: %v — the last good site is still served; please report this with the terminal output", r))}})
	}
}

// finish is the end of a build whose late channels were rendered.
type finish struct {
	attempt int // the rebuild it belongs to; older ones are dropped
	later   bool
	out     *build.Output
	res     *build.Result
	err     error
	took    time.Duration
}

// finishLater renders the late channels of p and hands the result to the
// build loop, unless the server stopped.
func (s *Server) finishLater(p *build.Pending, attempt int, start time.Time) {
	f := finish{attempt: attempt, later: true}
	func() {
		defer func() {
			if r := recover(); r != nil {
				s.logf("gongkai: internal error while building: %v\n%s", r, debug.Stack())
				f.err = fmt.Errorf("gongkai 内部错误（internal error）: %v — please report this with the terminal output", r)
			}
		}()
		f.out, f.res, f.err = p.Finish()
	}()
	f.took = time.Since(start)
	select {
	case s.finishes <- f:
	case <-s.stopped:
	}
}

// finished shows a finished build, unless a newer one has started since.
func (s *Server) finished(f finish) {
	if f.attempt != s.attempt {
		return
	}
	s.behind.Store(false)
	if f.err != nil {
		s.failed(f.res, f.err)
		return
	}
	s.succeed(f.out.Files, f.out.Rendered, f.took, f.later)
}

// failed reports a failed build in the terminal and the browser.
func (s *Server) failed(res *build.Result, err error) {
	var ds []diag.Diagnostic
	if res != nil {
		ds = res.Diags
	}
	s.printDiags(ds, true)
	if diag.CountErrors(ds) == 0 {
		s.logf("%v", err)
	}
	var crash *output.Panic
	if errors.As(err, &crash) {
		s.logf("%s", crash.Stack) // for the report the message asks for
	}
	s.fail(problems(s.opts.Lang, ds, err))
}

// succeed shows a new good site and tells the pages what changed. later
// says it is the channels rendered whole catching up after an early one.
func (s *Server) succeed(files map[string][]byte, rendered int, took time.Duration, later bool) {
	s.mu.Lock()
	prev, fixed := s.state.files, s.state.problems != nil
	s.state = state{files: files, build: s.state.build + 1}
	n := s.state.build
	s.mu.Unlock()
	data := changes(prev, files)
	data.Build = n
	s.hub.send(event{name: "reload", data: data})
	ms := took.Milliseconds()
	what := fmt.Sprintf("%s changed (%d of %d rendered)", countFiles(len(data.Paths)), rendered, len(files))
	if data.All {
		what = fmt.Sprintf("every page reloads (%d of %d files rendered)", rendered, len(files))
	}
	switch {
	case prev == nil:
		fmt.Fprintf(s.opts.Stdout, "built %d files in %d ms\n", len(files), ms)
	case later && (data.All || len(data.Paths) > 0 || fixed):
		fmt.Fprintf(s.opts.Stdout, "boards and kiosks rebuilt in %d ms: %s%s\n", ms, what, fixedNote(fixed))
	case !later:
		fmt.Fprintf(s.opts.Stdout, "rebuilt in %d ms: %s%s\n", ms, what, fixedNote(fixed))
	}
}

// countFiles counts files in English.
func countFiles(n int) string {
	if n == 1 {
		return "1 file"
	}
	return fmt.Sprintf("%d files", n)
}

func fixedNote(fixed bool) string {
	if fixed {
		return "; the errors are fixed"
	}
	return ""
}

// fail keeps the last good site and shows the problems over it.
func (s *Server) fail(ps []Problem) {
	s.mu.Lock()
	s.state.problems = ps
	good := s.state.files != nil
	s.mu.Unlock()
	s.hub.send(event{name: "errors", data: errorsData{Errors: ps}})
	n := fmt.Sprintf("%d errors", len(ps))
	if len(ps) == 1 {
		n = "1 error"
	}
	if good {
		fmt.Fprintf(s.opts.Stderr, "build failed: %s; the browser shows them, and the last good site is still served\n", n)
	} else {
		fmt.Fprintf(s.opts.Stderr, "build failed: %s; the browser shows them, and the site appears as soon as they are fixed\n", n)
	}
}

// maxPaths is how many changed files a reload event lists before it tells
// every page to reload instead.
const maxPaths = 500

// changes lists the files that differ between two builds. A page reloads
// when its own file changed, or a file in its folder (a kiosk's manifest, a
// board's PDF); every page reloads when a style sheet, script, image or font
// changed, since any page may use it.
func changes(prev, next map[string][]byte) reloadData {
	if prev == nil {
		return reloadData{All: true}
	}
	var d reloadData
	note := func(p string) {
		d.Paths = append(d.Paths, p)
		d.All = d.All || assetExt[path.Ext(p)]
	}
	for p, data := range next {
		if old, ok := prev[p]; !ok || !bytes.Equal(old, data) {
			note(p)
		}
	}
	for p := range prev {
		if _, ok := next[p]; !ok {
			note(p)
		}
	}
	slices.Sort(d.Paths)
	if d.All || len(d.Paths) > maxPaths {
		return reloadData{All: true}
	}
	return d
}

var assetExt = map[string]bool{
	".css": true, ".js": true, ".mjs": true, ".png": true, ".jpg": true, ".jpeg": true, ".gif": true,
	".svg": true, ".webp": true, ".ico": true, ".woff": true, ".woff2": true, ".ttf": true, ".otf": true,
}

// problems turns a failed build's diagnostics into what the overlay lists,
// in the language l.
func problems(l msg.Lang, ds []diag.Diagnostic, err error) []Problem {
	var out []Problem
	for _, d := range ds {
		if d.Severity == diag.Error {
			out = append(out, Problem{File: d.File, Line: d.Line, Msg: msg.Translate(l, d.Msg)})
		}
	}
	if len(out) == 0 {
		out = append(out, Problem{Msg: msg.Err(l, err)})
	}
	return out
}

// printDiags prints errors always, and warnings when they changed since the
// last build, so an editor is not shown the same list on every save.
func (s *Server) printDiags(ds []diag.Diagnostic, failed bool) {
	var warns []diag.Diagnostic
	for _, d := range ds {
		if d.Severity == diag.Error {
			fmt.Fprintln(s.opts.Stderr, d.In(s.opts.Lang))
		} else {
			warns = append(warns, d)
		}
	}
	if failed || slices.Equal(warns, s.lastWarnings) {
		return
	}
	for _, d := range warns {
		fmt.Fprintln(s.opts.Stderr, d.In(s.opts.Lang))
	}
	s.lastWarnings = warns
}
