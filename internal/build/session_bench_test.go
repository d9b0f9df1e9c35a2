package build

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/gongkai/gongkai/internal/synth"
)

// BenchmarkSessionBodyEdit measures one rebuild of a 10,000-item synthetic
// site on disk after an edit to one item's body. ms-start is what serve
// does between a save and the reload event, less the file watcher's quiet
// time; ms-finish is the channels rendered whole (boards, kiosks), which
// follow in the background.
func BenchmarkSessionBodyEdit(b *testing.B) {
	benchBodyEdit(b, synth.Files(10000, 1)[4242].Name)
}

// BenchmarkSessionBoardEdit is BenchmarkSessionBodyEdit for an item that
// board 1 and the lobby kiosk carry: ms-finish is then what the board
// sheet and the kiosk page wait for after the website's pages.
func BenchmarkSessionBoardEdit(b *testing.B) {
	benchBodyEdit(b, "content/cadre/item-00010.md")
}

func benchBodyEdit(b *testing.B, name string) {
	dir := b.TempDir()
	if err := synth.Write(dir, 10000, 1); err != nil {
		b.Fatal(err)
	}
	s := NewSession(Options{SiteDir: dir, Now: testNow})
	if _, _, err := s.Build(); err != nil {
		b.Fatal(err)
	}
	file := filepath.Join(dir, filepath.FromSlash(name))
	orig, _ := os.ReadFile(file)
	i := 0
	rendered := 0
	var starts, finishes []time.Duration
	for b.Loop() {
		i++
		if err := os.WriteFile(file, append(append([]byte{}, orig...), "\n第"+strconv.Itoa(i)+"次修改。\n"...), 0o644); err != nil {
			b.Fatal(err)
		}
		s.Changed(name)
		t0 := time.Now()
		p, _, err := s.Start()
		if err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		out, _, err := p.Finish()
		if err != nil {
			b.Fatal(err)
		}
		starts, finishes = append(starts, t1.Sub(t0)), append(finishes, time.Since(t1))
		rendered = out.Rendered
	}
	b.ReportMetric(float64(rendered), "files-rendered")
	b.ReportMetric(median(starts), "ms-start")
	b.ReportMetric(median(finishes), "ms-finish")
}

func median(ds []time.Duration) float64 {
	slices.Sort(ds)
	return float64(ds[len(ds)/2].Microseconds()) / 1000
}
