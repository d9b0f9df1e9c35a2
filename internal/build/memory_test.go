package build

import (
	"path/filepath"
	"runtime"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/channels"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/synth"
)

// TestMemoryPerItem builds synthetic sites of n and 4n items and measures
// the heap the build holds, live after a collection, at the start and end
// of every channel (a probe channel around each): how much more the larger
// build holds, per added item, is the memory the build keeps per item. It
// does not depend on timing: the live heap after runtime.GC is what is
// reachable, not what the collector has yet to free.
//
// The bound is what a build (build.Run) keeps per item of the synthetic
// corpus (about 5 KB of Markdown each) — its front matter, its rendered
// HTML (for its page) and the start of its text (for summaries), about
// 6 KB — with some room. A build lets go of each body's Markdown source
// and the rest of its text as soon as the body is rendered (model.Drop),
// keeping the sources of the few items a board or a kiosk carries: keeping
// every source, or every text, holds about 9.5 KB per item and fails it;
// so does making every body's block tree (markdown.Doc.Blocks, about 24
// KB), or keeping what is rendered per page (every page's HTML until the
// end, about 10 KB per page and more than one page per item). The goal of
// issue 13 (memory in proportion to metadata: the HTML too written and
// dropped as each body is rendered) would be a bound of a few KB.
func TestMemoryPerItem(t *testing.T) {
	const n = 60
	small, large := heldBy(t, n), heldBy(t, 4*n)
	perItem := float64(large-small) / (3 * n)
	t.Logf("live heap held: %d items %d KB, %d items %d KB: %.1f KB per item", n, small>>10, 4*n, large>>10, perItem/1024)
	if perItem > memoryPerItem {
		t.Errorf("a build holds %.1f KB more per item (%d → %d items); the bound is %d KB: is something kept per page or per item that could be written and dropped?", perItem/1024, n, 4*n, memoryPerItem>>10)
	}
}

// memoryPerItem is the bound of TestMemoryPerItem, in bytes.
const memoryPerItem = 8 << 10

// heldBy builds a synthetic site of n items and returns the most the
// build held, live, beyond what it was given (its files in memory).
func heldBy(t *testing.T, n int) uint64 {
	t.Helper()
	fsys := fstest.MapFS{"site.toml": &fstest.MapFile{Data: []byte(synth.SiteTOML)}}
	for _, f := range synth.Files(n, 1) {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	probe := &heapProbe{}
	var chans []output.Channel
	for _, ch := range channels.Default() {
		chans = append(chans, probe, ch)
	}
	chans = append(chans, probe)
	before := liveHeap()
	if _, err := Run(Options{SiteDir: ".", FS: fsys, Dest: filepath.Join(t.TempDir(), "public"), Now: testNow, Channels: chans}); err != nil {
		t.Fatal(err)
	}
	runtime.KeepAlive(fsys)
	return probe.peak - min(before, probe.peak)
}

// liveHeap is the heap reachable now.
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC() // the second empties what sync.Pools kept through the first
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// heapProbe is a channel that writes nothing and records the live heap
// when the build asks for its files.
type heapProbe struct{ peak uint64 }

func (*heapProbe) Name() string                 { return "probe" }
func (*heapProbe) Late() bool                   { return false }
func (*heapProbe) Reserved() []content.Reserved { return nil }

func (p *heapProbe) Files(*model.Site, *layout.Set, output.Memo) ([]output.File, error) {
	p.peak = max(p.peak, liveHeap())
	return nil, nil
}
