package kiosk_test

import (
	"io/fs"
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
	res  *build.Result
	err  error
}

// builtExample returns the folder of the example site built as of
// 2026-11-27, which tests only read: most browser tests show its screens.
func builtExample(t testing.TB) (string, *build.Result) {
	t.Helper()
	shared.once.Do(func() {
		shared.dir = filepath.Join(browsertest.TempRoot(), "example")
		shared.res, shared.err = build.Run(build.Options{SiteDir: exampleSite, FS: os.DirFS(exampleSite), Dest: shared.dir, Now: day(t, "2026-11-27")})
	})
	if shared.err != nil {
		for _, d := range shared.res.Diags {
			t.Log(d)
		}
		t.Fatalf("build: %v", shared.err)
	}
	return shared.dir, shared.res
}

// copyOfExample is a folder of the test's own holding the example site
// built as of 2026-11-27, for a test that builds into it again.
func copyOfExample(t *testing.T) string {
	t.Helper()
	src, _ := builtExample(t)
	dst := filepath.Join(t.TempDir(), "public")
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}
