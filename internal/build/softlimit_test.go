package build

import (
	"math"
	"path/filepath"
	"runtime/debug"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/synth"
)

// TestBuildHoldsAMemoryLimit: while a build runs, the Go runtime's soft
// memory limit is the one sized from the site (memoryLimit), so the
// collector does not let the heap grow to twice its peak; it is given back
// when the build is done, and a GOMEMLIMIT set by the office is kept.
func TestBuildHoldsAMemoryLimit(t *testing.T) {
	const n = 40
	before := debug.SetMemoryLimit(-1)
	during, items := limitDuring(t, n)
	if want := memoryLimit(items); during != want {
		t.Errorf("while a build of %d items runs the memory limit is %d, want %d", items, during, want)
	}
	if after := debug.SetMemoryLimit(-1); after != before {
		t.Errorf("after a build the memory limit is %d, want %d as before", after, before)
	}
	t.Setenv("GOMEMLIMIT", "3GiB")
	if during, _ := limitDuring(t, n); during != before {
		t.Errorf("with GOMEMLIMIT set a build changed the memory limit to %d", during)
	}
}

// TestMemoryLimitGrowsWithTheSite: the limit is above what a build holds
// live at its peak (about 4.5 KB per item of the synthetic corpus since
// the catalog is streamed: about 450 MB at 100,000 items; 5.6 KB before),
// under the twice that the collector would let the heap grow to, and the
// same floor for every small site.
func TestMemoryLimitGrowsWithTheSite(t *testing.T) {
	for _, n := range []int{30_000, 100_000} {
		live := 4.5 * 1024 * float64(n)
		if l := float64(memoryLimit(n)); l < 1.3*live || l > 1.7*live {
			t.Errorf("the limit at %d items is %.0f MB, want 1.3 to 1.7 times the %.0f MB held live", n, l/1e6, live/1e6)
		}
	}
	if memoryLimit(0) != memoryLimit(56) || memoryLimit(0) < 64<<20 || memoryLimit(math.MaxInt32) <= memoryLimit(100_000) {
		t.Error("small sites do not share one floor, or the limit does not grow")
	}
}

// TestBuildPacesTheCollectorByItsLimit: while a build holds its memory
// limit the collector runs at gcPercent, not each time the heap doubles
// (on the example site GOGC=100 cost about 70 ms of 590), and the GC
// percent is given back when the build is done; an office that sets GOGC
// or GOMEMLIMIT keeps its own.
func TestBuildPacesTheCollectorByItsLimit(t *testing.T) {
	t.Setenv("GOGC", "") // as in an office that did not set it
	const n = 40
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	if during := gcPercentDuring(t, n); during != gcPercent {
		t.Errorf("while a build runs the GC percent is %d, want %d", during, gcPercent)
	}
	if after := debug.SetGCPercent(100); after != 100 {
		t.Errorf("after a build the GC percent is %d, want 100 as before", after)
	}
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			t.Setenv(env, "200")
			if during := gcPercentDuring(t, n); during != 100 {
				t.Errorf("with %s set a build changed the GC percent to %d", env, during)
			}
		})
	}
}

// gcPercentDuring builds a synthetic site of n items and returns the GC
// percent once its bodies are rendered.
func gcPercentDuring(t *testing.T, n int) int {
	t.Helper()
	var during int
	buildSynth(t, n, func() {
		during = debug.SetGCPercent(-1)
		debug.SetGCPercent(during)
	})
	return during
}

// limitDuring builds a synthetic site of n items and returns the memory
// limit once its bodies are rendered, and how many items it published.
func limitDuring(t *testing.T, n int) (int64, int) {
	t.Helper()
	var during int64
	items := buildSynth(t, n, func() { during = debug.SetMemoryLimit(-1) })
	return during, items
}

// buildSynth builds a synthetic site of n items, calling rendered once its
// bodies are rendered, and returns how many items it published.
func buildSynth(t *testing.T, n int, rendered func()) int {
	t.Helper()
	fsys := fstest.MapFS{"site.toml": &fstest.MapFile{Data: []byte(synth.SiteTOML)}}
	for _, f := range synth.Files(n, 1) {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	res, err := Run(Options{SiteDir: ".", FS: fsys, Dest: filepath.Join(t.TempDir(), "public"), Now: testNow, rendered: rendered})
	if err != nil {
		t.Fatal(err)
	}
	return res.Items
}
