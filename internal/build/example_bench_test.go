package build

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
)

// BenchmarkBuildExample builds the example site (the repository root) as
// `gongkai build --now 2026-11-27` does, PDFs off: the small site that
// must stay instant (issue 13: under 300 ms wall on 2 cores).
func BenchmarkBuildExample(b *testing.B) {
	root, _ := filepath.Abs("../..")
	now, _ := calendar.Parse("2026-11-27")
	dest := filepath.Join(b.TempDir(), "public")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(Options{SiteDir: root, FS: os.DirFS(root), Dest: dest, Now: now}); err != nil {
			b.Fatal(err)
		}
	}
}
