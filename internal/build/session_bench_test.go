package build

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/gongkai/gongkai/internal/synth"
)

// BenchmarkSessionBodyEdit measures one rebuild of a 10,000-item synthetic
// site on disk after an edit to one item's body: what serve does between a
// save and the reload event, less the file watcher's quiet time.
func BenchmarkSessionBodyEdit(b *testing.B) {
	dir := b.TempDir()
	if err := synth.Write(dir, 10000, 1); err != nil {
		b.Fatal(err)
	}
	s := NewSession(Options{SiteDir: dir, Now: testNow})
	if _, _, err := s.Build(); err != nil {
		b.Fatal(err)
	}
	name := synth.Files(10000, 1)[4242].Name
	file := filepath.Join(dir, filepath.FromSlash(name))
	orig, _ := os.ReadFile(file)
	i := 0
	rendered := 0
	for b.Loop() {
		i++
		if err := os.WriteFile(file, append(append([]byte{}, orig...), "\n第"+strconv.Itoa(i)+"次修改。\n"...), 0o644); err != nil {
			b.Fatal(err)
		}
		s.Changed(name)
		out, _, err := s.Build()
		if err != nil {
			b.Fatal(err)
		}
		rendered = out.Rendered
	}
	b.ReportMetric(float64(rendered), "files-rendered")
}
