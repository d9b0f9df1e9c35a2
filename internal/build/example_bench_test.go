package build

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
)

// BenchmarkBuildExample builds the example site (the repository root) as
// `gongkai build --now 2026-11-27` does, PDFs off: the small site that
// must stay instant (issue 13: under 300 ms wall on 2 cores). It reports
// the collections per build (gc/op), which do not depend on the load of
// a shared machine: 7 at GOGC=100, 4.6 paced by the build's memory limit
// (softlimit.go), measured 2026-12-07 (`gongkai build` of the example, a
// process's first build: 13 → 7).
func BenchmarkBuildExample(b *testing.B) {
	root, _ := filepath.Abs("../..")
	now, _ := calendar.Parse("2026-11-27")
	dest := filepath.Join(b.TempDir(), "public")
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		if _, err := Run(Options{SiteDir: root, FS: os.DirFS(root), Dest: dest, Now: now}); err != nil {
			b.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.NumGC-before.NumGC)/float64(b.N), "gc/op")
}
