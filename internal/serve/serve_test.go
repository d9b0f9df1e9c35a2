package serve

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
)

var testNow = calendar.Day{Y: 2026, M: 11, D: 27}

const siteToml = `title    = "测试县权力公开"
base_url = "https://gk.example.gov.cn/"
timezone = "Asia/Shanghai"

[feedback]
phone = "0000-1234567"

[[categories]]
key        = "cadre"
label      = "干部选任和管理"
channel    = ["web"]
term       = "immediate"
min_window = 5

[[categories]]
key     = "duties"
label   = "领导分工"
channel = ["web"]
term    = "long-term"
`

const wangMD = `+++
title    = "关于王某某同志任前公示"
date     = 2026-11-23
category = "cadre"
until    = 2026-11-27
+++

王某某同志拟任某某职务，现予公示。
`

const dutiesMD = `+++
title    = "县领导分工"
date     = 2026-01-05
category = "duties"
+++

县长主持县政府全面工作。
`

// newSite writes a small site into a temporary folder.
func newSite(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, dir, "site.toml", siteToml)
	writeFile(t, dir, "content/cadre/wang.md", wangMD)
	writeFile(t, dir, "content/duties/fengong.md", dutiesMD)
	return dir
}

func writeFile(t testing.TB, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// start runs a server on a free port for the test's lifetime, with a short
// quiet time so tests run fast.
func start(t testing.TB, dir string, setup func(*Server)) *Server {
	t.Helper()
	return startWith(t, dir, 20*time.Millisecond, io.Discard, setup)
}

func startWith(t testing.TB, dir string, debounce time.Duration, stdout io.Writer, setup func(*Server)) *Server {
	t.Helper()
	srv, err := Listen(Options{Build: build.Options{SiteDir: dir, Now: testNow}, Port: 0,
		Debounce: debounce, Stdout: stdout, Stderr: testLog{t}})
	if err != nil {
		t.Fatal(err)
	}
	if setup != nil {
		setup(srv)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Errorf("the server did not stop within 10 s of being told to")
		}
	})
	return srv
}

type testLog struct{ t testing.TB }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// sse is a Go client of the event stream.
type sse struct {
	events chan sseEvent
	body   io.Closer
}

type sseEvent struct {
	name string
	data string
}

func listen(t testing.TB, srv *Server) *sse {
	t.Helper()
	resp, err := http.Get(srv.URL() + "__gongkai/events")
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		t.Fatalf("event stream has Content-Type %q", ct)
	}
	s := &sse{events: make(chan sseEvent, 100), body: resp.Body}
	t.Cleanup(func() { resp.Body.Close() })
	go func() {
		defer close(s.events)
		sc := bufio.NewScanner(resp.Body)
		var ev sseEvent
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				ev.name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				ev.data = strings.TrimPrefix(line, "data: ")
			case line == "" && ev.name != "":
				s.events <- ev
				ev = sseEvent{}
			}
		}
	}()
	return s
}

// next waits for the next event named name, skipping others.
func (s *sse) next(t testing.TB, name string, v any) {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case ev, ok := <-s.events:
			if !ok {
				t.Fatalf("the event stream ended while waiting for %q", name)
			}
			if ev.name != name {
				t.Logf("skipping event %s %s", ev.name, ev.data)
				continue
			}
			if err := json.Unmarshal([]byte(ev.data), v); err != nil {
				t.Fatalf("event %s: %v in %s", name, err, ev.data)
			}
			return
		case <-timeout:
			t.Fatalf("no %q event within 10 s", name)
		}
	}
}

func get(t testing.TB, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), resp.Header
}

func TestServesTheSiteWithTheLiveScript(t *testing.T) {
	srv := start(t, newSite(t), nil)
	status, body, h := get(t, srv.URL()+"cadre/wang/")
	if status != 200 || !strings.Contains(body, "王某某同志拟任某某职务") {
		t.Fatalf("GET /cadre/wang/: %d\n%.500s", status, body)
	}
	if ct := h.Get("Content-Type"); ct != "text/html; charset=utf-8" {
		t.Errorf("Content-Type = %q, want text/html; charset=utf-8", ct)
	}
	// --now is given (testNow): the pages' clock keeps that day.
	if !strings.Contains(body, `<script src="/__gongkai/live.js" data-build="1" data-path="cadre/wang/index.html" data-hold></script></body>`) {
		t.Errorf("the page has no live script before </body>, holding the day of --now:\n%s", body[max(0, len(body)-300):])
	}
	if page := string(inject([]byte("<body></body>"), 2, "x/index.html", false)); strings.Contains(page, "data-hold") {
		t.Errorf("without --now the preview holds the day: %s", page)
	}
	if strings.Contains(body, "https://gk.example.gov.cn/") || !strings.Contains(body, srv.URL()+"cadre/wang/") {
		t.Errorf("links should use the local address %s, not base_url", srv.URL())
	}
	for path, ct := range map[string]string{"css/site.css": "text/css; charset=utf-8", "index.json": "application/json; charset=utf-8",
		"feed.xml": "application/xml; charset=utf-8", "__gongkai/live.js": "application/javascript; charset=utf-8"} {
		if _, _, h := get(t, srv.URL()+path); h.Get("Content-Type") != ct {
			t.Errorf("%s: Content-Type = %q, want %q", path, h.Get("Content-Type"), ct)
		}
	}
	if status, body, _ := get(t, srv.URL()+"no/such/page/"); status != 404 || !strings.Contains(body, "页面未找到") || !strings.Contains(body, "live.js") {
		t.Errorf("a missing page: %d, want 404 with the site's 404 page and the live script", status)
	}
}

// TestEditReloads: a real change to a file leads to a rebuild and a reload
// event that names the changed page.
func TestEditReloads(t *testing.T) {
	dir := newSite(t)
	srv := start(t, dir, nil)
	events := listen(t, srv)
	var hello helloData
	events.next(t, "hello", &hello)
	if hello.Build != 1 || len(hello.Errors) != 0 {
		t.Fatalf("hello = %+v, want build 1 without errors", hello)
	}
	writeFile(t, dir, "content/cadre/wang.md", strings.Replace(wangMD, "现予公示", "现予公示，欢迎监督", 1))
	var reload reloadData
	events.next(t, "reload", &reload)
	if reload.Build != 2 || reload.All || !contains(reload.Paths, "cadre/wang/index.html") {
		t.Fatalf("reload = %+v, want build 2 naming cadre/wang/index.html", reload)
	}
	if _, body, _ := get(t, srv.URL()+"cadre/wang/"); !strings.Contains(body, "欢迎监督") {
		t.Errorf("the page was not rebuilt")
	}
}

// TestNewFolderIsWatched: a folder created after start is watched too.
func TestNewFolderIsWatched(t *testing.T) {
	dir := newSite(t)
	srv := start(t, dir, nil)
	events := listen(t, srv)
	events.next(t, "hello", &helloData{})
	if err := os.MkdirAll(filepath.Join(dir, "content/notes/2026"), 0o755); err != nil {
		t.Fatal(err)
	}
	var reload reloadData
	events.next(t, "reload", &reload) // the new folders themselves
	time.Sleep(50 * time.Millisecond)
	writeFile(t, dir, "content/notes/2026/a.md", strings.Replace(dutiesMD, "县领导分工", "新文件夹中的事项", 1))
	for !contains(reload.Paths, "notes/2026/a/index.html") {
		events.next(t, "reload", &reload)
	}
	build := reload.Build
	writeFile(t, dir, "content/notes/2026/a.md", strings.Replace(dutiesMD, "县长主持", "县长全面主持", 1))
	// The late files of the last build (its boards, catalog, index.json)
	// may be announced first, then the edit's page.
	for events.next(t, "reload", &reload); !contains(reload.Paths, "notes/2026/a/index.html"); events.next(t, "reload", &reload) {
		if reload.Build >= build+2 {
			t.Fatalf("an edit in a folder made after start: reload = %+v", reload)
		}
	}
}

// TestErrorsShowAndClear: a broken front matter sends an errors event with
// file and line while the last good site stays served; the fix reloads.
func TestErrorsShowAndClear(t *testing.T) {
	dir := newSite(t)
	srv := start(t, dir, nil)
	events := listen(t, srv)
	events.next(t, "hello", &helloData{})
	writeFile(t, dir, "content/cadre/wang.md", strings.Replace(wangMD, `category = "cadre"`, `category = "cadres"`, 1))
	var bad errorsData
	events.next(t, "errors", &bad)
	if len(bad.Errors) != 1 || bad.Errors[0].File != "content/cadre/wang.md" || bad.Errors[0].Line != 4 || !strings.Contains(bad.Errors[0].Msg, `did you mean "cadre"`) {
		t.Fatalf("errors = %+v, want content/cadre/wang.md line 4 suggesting cadre", bad.Errors)
	}
	if status, body, _ := get(t, srv.URL()+"cadre/wang/"); status != 200 || !strings.Contains(body, "王某某") {
		t.Errorf("the last good page is not served while the site is broken: %d", status)
	}
	late := listen(t, srv) // a page opened while the site is broken
	var hello helloData
	late.next(t, "hello", &hello)
	if len(hello.Errors) != 1 {
		t.Errorf("a page opened while broken is not told the errors: %+v", hello)
	}
	writeFile(t, dir, "content/cadre/wang.md", wangMD)
	var reload reloadData
	events.next(t, "reload", &reload)
	if reload.Build != 2 {
		t.Errorf("after the fix: reload = %+v, want build 2", reload)
	}
	late2 := listen(t, srv)
	late2.next(t, "hello", &hello)
	if len(hello.Errors) != 0 {
		t.Errorf("errors remain after the fix: %+v", hello.Errors)
	}
}

// TestPanicInRebuild: a crash while building is shown like an error and
// the server goes on serving and rebuilding.
func TestPanicInRebuild(t *testing.T) {
	dir := newSite(t)
	crash := make(chan bool, 10)
	srv := start(t, dir, func(s *Server) {
		s.beforeBuild = func() {
			select {
			case <-crash:
				panic("boom")
			default:
			}
		}
	})
	events := listen(t, srv)
	events.next(t, "hello", &helloData{})
	crash <- true
	writeFile(t, dir, "content/duties/fengong.md", strings.Replace(dutiesMD, "县长", "县长（代）", 1))
	var bad errorsData
	events.next(t, "errors", &bad)
	if len(bad.Errors) != 1 || !strings.Contains(bad.Errors[0].Msg, "boom") {
		t.Fatalf("errors = %+v, want the panic", bad.Errors)
	}
	if status, _, _ := get(t, srv.URL()); status != 200 {
		t.Fatalf("after a panic the server answers %d", status)
	}
	writeFile(t, dir, "content/duties/fengong.md", dutiesMD)
	var reload reloadData
	events.next(t, "reload", &reload)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// rawGet sends path exactly as written, as a hostile client would.
func rawGet(t testing.TB, srv *Server, path string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", strings.TrimSuffix(strings.TrimPrefix(srv.URL(), "http://"), "/"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := io.WriteString(conn, "GET "+path+" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

// TestOnlyTheBuiltSite: traversal, encoded traversal, backslashes and
// symbolic links out of the site never reach a file outside the built site.
func TestOnlyTheBuiltSite(t *testing.T) {
	outside := t.TempDir()
	writeFile(t, outside, "secret.txt", "SECRET-OUTSIDE")
	dir := newSite(t)
	writeFile(t, dir, "static/ok.txt", "fine")
	writeFile(t, dir, "static/inner.txt", "INNER")
	if err := os.Symlink(filepath.Join(dir, "static/inner.txt"), filepath.Join(dir, "static/alias.txt")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	srv := start(t, dir, nil)
	for _, p := range []string{
		"/../site.toml", "/../../../../etc/passwd", "/%2e%2e/site.toml", "/%2E%2E/%2E%2E/etc/passwd",
		"/css/..%2f..%2fsite.toml", "/css%2f..%2f..%2fsite.toml", "/css\\..\\..\\site.toml", "/css/%5c..%5csite.toml",
		"/./index.html", "/css/./site.css", "/%00", "/index.html%00.txt", "/.%2e/site.toml",
	} {
		status, body := rawGet(t, srv, p)
		if status != http.StatusBadRequest {
			t.Errorf("GET %s: %d, want 400", p, status)
		}
		if strings.Contains(body, "base_url") || strings.Contains(body, "root:") {
			t.Errorf("GET %s leaked a file:\n%.200s", p, body)
		}
	}
	if status, body := rawGet(t, srv, "/alias.txt"); status != 200 || body != "INNER" {
		t.Errorf("a symbolic link inside the site: %d %q, want 200 INNER", status, body)
	}
	// Now a link to a file outside: the build refuses it, and says why.
	events := listen(t, srv)
	events.next(t, "hello", &helloData{})
	if err := os.Symlink(filepath.Join(outside, "secret.txt"), filepath.Join(dir, "static/leak.txt")); err != nil {
		t.Fatal(err)
	}
	var bad errorsData
	events.next(t, "errors", &bad)
	if len(bad.Errors) == 0 || !strings.Contains(bad.Errors[0].Msg, "outside the site folder") {
		t.Errorf("errors = %+v, want the link outside refused", bad.Errors)
	}
	if status, body := rawGet(t, srv, "/leak.txt"); status != 404 || strings.Contains(body, "SECRET") {
		t.Errorf("GET /leak.txt: %d %.100q, want 404 without the secret", status, body)
	}
}

// TestShutdown: Run returns soon after its context ends, even with pages
// listening (the cleanup of start checks it).
func TestShutdown(t *testing.T) {
	srv := start(t, newSite(t), nil)
	events := listen(t, srv)
	events.next(t, "hello", &helloData{})
}

func TestChanges(t *testing.T) {
	prev := map[string][]byte{"index.html": []byte("a"), "cadre/wang/index.html": []byte("b"), "kiosk/lobby/manifest.json": []byte("1"), "css/site.css": []byte("x")}
	same := func() map[string][]byte {
		m := map[string][]byte{}
		for k, v := range prev {
			m[k] = v
		}
		return m
	}
	if d := changes(nil, prev); !d.All {
		t.Errorf("first good build: %+v, want every page to reload", d)
	}
	next := same()
	next["cadre/wang/index.html"] = []byte("c")
	next["kiosk/lobby/manifest.json"] = []byte("2")
	delete(next, "index.html")
	next["new/index.html"] = []byte("n")
	d := changes(prev, next)
	want := []string{"cadre/wang/index.html", "index.html", "kiosk/lobby/manifest.json", "new/index.html"}
	if d.All || strings.Join(d.Paths, " ") != strings.Join(want, " ") {
		t.Errorf("changes = %+v, want %v", d, want)
	}
	next = same()
	next["css/site.css"] = []byte("y")
	if d := changes(prev, next); !d.All {
		t.Errorf("a changed style sheet: %+v, want every page to reload", d)
	}
	if d := changes(prev, same()); d.All || len(d.Paths) != 0 {
		t.Errorf("nothing changed: %+v", d)
	}
}

// TestBrokenFromTheStart: when the first build fails there is no good site
// to show; pages say so with the errors over them, and the fix loads the
// site.
func TestBrokenFromTheStart(t *testing.T) {
	dir := newSite(t)
	writeFile(t, dir, "site.toml", strings.Replace(siteToml, "base_url", "base_ulr", 1))
	srv := start(t, dir, nil)
	status, body, h := get(t, srv.URL()+"cadre/wang/")
	if status != http.StatusServiceUnavailable || !strings.Contains(body, "网站尚未生成") || !strings.Contains(body, "live.js") || h.Get("Content-Type") != "text/html; charset=utf-8" {
		t.Errorf("before any good build: %d %s\n%s", status, h.Get("Content-Type"), body)
	}
	events := listen(t, srv)
	var hello helloData
	events.next(t, "hello", &hello)
	if hello.Build != 0 || len(hello.Errors) == 0 || hello.Errors[0].File != "site.toml" {
		t.Fatalf("hello = %+v, want build 0 with the site.toml error", hello)
	}
	writeFile(t, dir, "site.toml", siteToml)
	var reload reloadData
	events.next(t, "reload", &reload)
	if reload.Build != 1 || !reload.All {
		t.Errorf("the first good build: %+v, want every page to reload", reload)
	}
	if status, _, _ := get(t, srv.URL()+"cadre/wang/"); status != 200 {
		t.Errorf("after the fix: %d", status)
	}
}

func TestBindBeyondLoopback(t *testing.T) {
	srv, err := Listen(Options{Build: build.Options{SiteDir: newSite(t)}, Bind: "0.0.0.0", Port: 0})
	if err != nil {
		t.Skip("cannot listen on every interface here:", err)
	}
	defer srv.ln.Close()
	if srv.Loopback() || !strings.HasPrefix(srv.URL(), "http://localhost:") {
		t.Errorf("bound to 0.0.0.0: loopback %v, URL %s; want a warning and links to localhost", srv.Loopback(), srv.URL())
	}
	local, err := Listen(Options{Build: build.Options{SiteDir: newSite(t)}, Port: 0})
	if err != nil {
		t.Fatal(err)
	}
	defer local.ln.Close()
	if !local.Loopback() || !strings.HasPrefix(local.URL(), "http://127.0.0.1:") {
		t.Errorf("default bind: loopback %v, URL %s", local.Loopback(), local.URL())
	}
}
