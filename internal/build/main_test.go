package build

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// tempRoot holds what the tests share: the example site built once.
var tempRoot string

// TestMain gives the shared build a folder that outlives single tests,
// removes it at the end, and stops the browser the tests shared.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gongkai-build-")
	if err != nil {
		panic(err)
	}
	tempRoot = dir
	code := browsertest.Main(m)
	_ = os.RemoveAll(tempRoot)
	os.Exit(code)
}

// example is the example site's public build as of testNow, once per test
// binary.
var example struct {
	once sync.Once
	res  *Result
	err  error
}

// builtExample returns the example site's public build as of testNow, for
// tests that only read it; res.Dest is its folder.
func builtExample(t testing.TB) *Result {
	t.Helper()
	fsys := exampleSite(t)
	example.once.Do(func() {
		example.res, example.err = Run(Options{SiteDir: ".", FS: fsys, Dest: filepath.Join(tempRoot, "example"), Now: testNow})
	})
	if example.err != nil {
		t.Fatalf("building the example site: %v", example.err)
	}
	return example.res
}
