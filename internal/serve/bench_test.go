package serve

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/gongkai/gongkai/internal/synth"
)

// BenchmarkEditToReload measures what an editor waits for on a 10,000-item
// synthetic site: from writing one item's file to the reload event naming
// its page, through fsnotify, the quiet time, the incremental rebuild and
// the event stream. It reports the median and the 90th percentile. Before
// each write it waits until the boards of the last one are done, as they
// are by the time an editor saves again.
// GONGKAI_BENCH_ITEMS=2000 measures another size.
func BenchmarkEditToReload(b *testing.B) {
	n := benchItems()
	name := synth.Files(n, 1)[n/2].Name
	benchEditToReload(b, n, name, name[len("content/"):len(name)-len(".md")]+"/index.html")
}

// BenchmarkEditToSheetReload is BenchmarkEditToReload for an item on board
// 1, up to the reload event naming the board's sheet page, which follows
// the website's pages.
func BenchmarkEditToSheetReload(b *testing.B) {
	benchEditToReload(b, benchItems(), "content/cadre/item-00010.md", "boards/01/index.html")
}

func benchItems() int {
	n := 10000
	if s := os.Getenv("GONGKAI_BENCH_ITEMS"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	return n
}

// benchEditToReload edits the file name of a synthetic site of n items
// again and again, and times each write up to the reload event naming page.
func benchEditToReload(b *testing.B, n int, name, page string) {
	dir := b.TempDir()
	if err := synth.Write(dir, n, 1); err != nil {
		b.Fatal(err)
	}
	var log buildLog
	srv := startWith(b, dir, 0, &log, nil) // the quiet time editors get
	events := listen(b, srv)
	events.next(b, "hello", &helloData{})
	file := filepath.Join(dir, filepath.FromSlash(name))
	orig, _ := os.ReadFile(file)
	var times []time.Duration
	i := 0
	for b.Loop() {
		i++
		text := append(append([]byte{}, orig...), "\n第"+strconv.Itoa(i)+"次修改。\n"...)
		t0 := time.Now()
		if err := os.WriteFile(file, text, 0o644); err != nil {
			b.Fatal(err)
		}
		for {
			var r reloadData
			events.next(b, "reload", &r)
			if slices.Contains(r.Paths, page) || r.All {
				break
			}
		}
		times = append(times, time.Since(t0))
		b.StopTimer()
		for srv.behind.Load() {
			time.Sleep(10 * time.Millisecond)
		}
		b.StartTimer()
	}
	slices.Sort(times)
	b.ReportMetric(ms(times[len(times)/2]), "ms-median")
	b.ReportMetric(ms(times[len(times)*9/10]), "ms-p90")
	builds := log.times()
	slices.Sort(builds)
	if len(builds) > 0 {
		b.ReportMetric(ms(builds[len(builds)/2]), "ms-rebuild-median")
	}
}

// buildLog collects the rebuild times the server prints, after the first.
type buildLog struct {
	mu    sync.Mutex
	lines []string
}

func (l *buildLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	l.lines = append(l.lines, string(p))
	l.mu.Unlock()
	return len(p), nil
}

func (l *buildLog) times() []time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []time.Duration
	for _, line := range l.lines {
		var n int
		if _, err := fmt.Sscanf(line, "rebuilt in %d ms", &n); err == nil {
			out = append(out, time.Duration(n)*time.Millisecond)
		}
	}
	return out
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
