package web_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/gongkai/gongkai/internal/browser/browsertest"
	"github.com/gongkai/gongkai/internal/build"
)

// TestMain stops the browser the tests shared and removes the folder of
// what they share (browsertest.TempRoot).
func TestMain(m *testing.M) { os.Exit(browsertest.Main(m)) }

// shared is the example site built as of 2026-11-27, once per test binary.
var shared struct {
	once sync.Once
	dir  string
	err  error
}

// builtExample returns the folder of the example site built as of
// 2026-11-27, which the browser tests serve and only read.
func builtExample(t testing.TB) string {
	t.Helper()
	shared.once.Do(func() {
		shared.dir = filepath.Join(browsertest.TempRoot(), "example")
		_, shared.err = build.Run(build.Options{SiteDir: exampleSite, FS: os.DirFS(exampleSite), Dest: shared.dir, Now: day(t, "2026-11-27")})
	})
	if shared.err != nil {
		t.Fatalf("build: %v", shared.err)
	}
	return shared.dir
}
