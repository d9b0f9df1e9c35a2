package build

import (
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/synth"
)

// BenchmarkBuild builds a synthetic site of 2,000 items from memory.
// bench/run.sh measures 10,000 items from disk against the goldmark floor.
func BenchmarkBuild(b *testing.B) {
	fsys := fstest.MapFS{"site.toml": &fstest.MapFile{Data: []byte(synth.SiteTOML)}}
	for _, f := range synth.Files(2000, 1) {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	now, _ := calendar.Parse("2026-11-27")
	dest := filepath.Join(b.TempDir(), "public")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Run(Options{SiteDir: ".", FS: fsys, Dest: dest, Now: now}); err != nil {
			b.Fatal(err)
		}
	}
}
