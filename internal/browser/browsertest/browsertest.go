// Package browsertest starts a headless Chromium for tests, or skips the
// test with a message that says what to install. CI installs Chromium, so
// there these tests run.
package browsertest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser"
)

// Context returns a chromedp context for a fresh browser tab, closed when
// the test ends. Without Chromium it skips the test.
func Context(t testing.TB) context.Context {
	t.Helper()
	path, err := browser.Find("")
	if err != nil {
		t.Skip("skipping browser test: " + err.Error())
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	bctx, stop := browser.New(ctx, path)
	t.Cleanup(func() {
		stop()
		cancel()
	})
	if err := chromedp.Run(bctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	return bctx
}

// Serve serves dir over HTTP on loopback for the test's lifetime.
func Serve(t testing.TB, dir string) string {
	t.Helper()
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(srv.Close)
	return srv.URL
}
