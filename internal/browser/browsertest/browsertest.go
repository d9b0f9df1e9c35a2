// Package browsertest gives tests a headless Chromium, or skips them with a
// message that says what to install. CI installs Chromium, so there these
// tests run.
//
// The tests of a package share one browser, started by the first test that
// asks for it; each test has its own tab in its own browser context (its
// own cookies, storage and cache), closed when the test ends. Starting
// Chromium costs more than most browser tests. A package that uses Context
// calls Main from its TestMain, which stops the browser after the tests.
package browsertest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser"
)

// shared is the package's browser.
var shared struct {
	once sync.Once
	ctx  context.Context // its first tab, which stays open
	stop context.CancelFunc
	err  error
}

// inMain is set by Main: only then is the browser stopped at the end.
var inMain bool

// tabTimeout bounds each test's use of the browser, so a hung page fails
// the test instead of hanging the run.
const tabTimeout = 3 * time.Minute

// Context returns a chromedp context for a new tab of the shared browser,
// closed when the test ends. Without Chromium it skips the test.
func Context(t testing.TB) context.Context {
	t.Helper()
	path, err := browser.Find("")
	if err != nil {
		t.Skip("skipping browser test: " + err.Error())
	}
	if !inMain {
		t.Fatal("browsertest: call browsertest.Main from the package's TestMain, so the shared browser is stopped after the tests")
	}
	shared.once.Do(func() {
		shared.ctx, shared.stop = browser.New(context.Background(), path)
		shared.err = chromedp.Run(shared.ctx)
	})
	if shared.err != nil {
		t.Fatalf("starting %s: %v", path, shared.err)
	}
	id, bc, err := newTab()
	if err != nil {
		t.Fatalf("opening a tab in %s: %v", path, err)
	}
	tab, closeTab := chromedp.NewContext(shared.ctx, chromedp.WithTargetID(id))
	ctx, cancel := context.WithTimeout(tab, tabTimeout)
	t.Cleanup(func() {
		cancel()
		closeTab()
		exec, done := browserExecutor()
		defer done()
		_ = target.DisposeBrowserContext(bc).Do(exec)
	})
	if err := chromedp.Run(ctx); err != nil {
		t.Fatalf("opening a tab in %s: %v", path, err)
	}
	return ctx
}

// newTab opens a tab in a new browser context of the shared browser, in a
// window of its own: a context without one has nowhere to put a tab.
func newTab() (target.ID, cdp.BrowserContextID, error) {
	exec, done := browserExecutor()
	defer done()
	bc, err := target.CreateBrowserContext().Do(exec)
	if err != nil {
		return "", "", err
	}
	id, err := target.CreateTarget("about:blank").WithBrowserContextID(bc).WithNewWindow(true).Do(exec)
	if err != nil {
		_ = target.DisposeBrowserContext(bc).Do(exec)
	}
	return id, bc, err
}

// browserExecutor sends commands to the shared browser itself, not a tab,
// for at most half a minute.
func browserExecutor() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithTimeout(shared.ctx, 30*time.Second)
	return cdp.WithExecutor(ctx, chromedp.FromContext(shared.ctx).Browser), cancel
}

// Main runs the package's tests and then stops the browser they shared:
//
//	func TestMain(m *testing.M) { os.Exit(browsertest.Main(m)) }
func Main(m *testing.M) int {
	inMain = true
	code := m.Run()
	if shared.stop != nil {
		shared.stop()
	}
	if temp.dir != "" {
		_ = os.RemoveAll(temp.dir)
	}
	return code
}

// temp is the folder the tests of a package share (TempRoot).
var temp struct {
	once sync.Once
	dir  string
}

// TempRoot is a folder that outlives single tests, for what the tests of a
// package share (an example built once); Main removes it when they end.
// Outside Main it is removed by no one: call it only from packages whose
// TestMain runs Main.
func TempRoot() string {
	temp.once.Do(func() {
		dir, err := os.MkdirTemp("", "gongkai-test-")
		if err != nil {
			panic(err)
		}
		temp.dir = dir
	})
	return temp.dir
}

// Serve serves dir over HTTP on loopback for the test's lifetime.
func Serve(t testing.TB, dir string) string {
	t.Helper()
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(srv.Close)
	return srv.URL
}
