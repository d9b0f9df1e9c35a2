package build

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// TestMain stops the browser the tests shared and removes the folder of
// what they share (browsertest.TempRoot).
func TestMain(m *testing.M) { os.Exit(browsertest.Main(m)) }

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
		example.res, example.err = Run(Options{SiteDir: ".", FS: fsys, Dest: filepath.Join(browsertest.TempRoot(), "example"), Now: testNow})
	})
	if example.err != nil {
		t.Fatalf("building the example site: %v", example.err)
	}
	return example.res
}
