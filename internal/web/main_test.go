package web_test

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/gongkai/gongkai/internal/browser/browsertest"
	"github.com/gongkai/gongkai/internal/build"
)

// tempRoot holds what the tests share: the example site built once.
var tempRoot string

// TestMain gives the shared build a folder that outlives single tests,
// removes it at the end, and stops the browser the tests shared.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gongkai-web-")
	if err != nil {
		panic(err)
	}
	tempRoot = dir
	code := browsertest.Main(m)
	_ = os.RemoveAll(tempRoot)
	os.Exit(code)
}

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
		shared.dir = filepath.Join(tempRoot, "example")
		_, shared.err = build.Run(build.Options{SiteDir: exampleSite, FS: os.DirFS(exampleSite), Dest: shared.dir, Now: day(t, "2026-11-27")})
	})
	if shared.err != nil {
		t.Fatalf("build: %v", shared.err)
	}
	return shared.dir
}
