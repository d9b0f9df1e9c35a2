package build

import (
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/channels"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/publish"
	"github.com/gongkai/gongkai/internal/synth"
)

// TestMemoryPerItem builds synthetic sites of n and 4n items and measures
// the heap the build holds, live after a collection, as each channel plans
// its files (a probe channel around each) and once every file is written
// (an Options hook): how much more the larger
// build holds at each probe, per added item, is the memory the build keeps
// per item there. It does not depend on timing: the live heap after
// runtime.GC is what is reachable, not what the collector has yet to free.
//
// A build (build.Run) reads each body again from its file when it renders
// it, writes the item's page at once and lets go of the body's source,
// HTML and text beyond what summaries read (model.Site.RenderBodies with a
// sink, model.Drop, model.Site.PageRendered), keeping the sources of the
// few items a board or a kiosk carries. So it holds per item of the
// synthetic corpus (about 5 KB of Markdown each) its metadata and the
// start of its text, at every point of the build: about 3 KB at the most
// (measured 2026-12-07: 1.3–3.0 KB), and nothing more per item than a
// smaller build once every file is written. The bounds are those with some
// room. Rendering every body before writing the pages (holding every
// item's HTML until its page) holds 6.5 KB per item and fails the first;
// so does keeping every source (about 9.5 KB) or every text; keeping the
// HTML after the pages holds 2.7 KB at the end and fails the second; so
// does making every body's block tree (markdown.Doc.Blocks, about 24 KB),
// or keeping what is rendered per page (about 10 KB per page and more
// than one page per item).
func TestMemoryPerItem(t *testing.T) {
	const n = 60
	heldBy(t, n) // what the first build of a process makes once is in neither
	small, large := heldBy(t, n), heldBy(t, 4*n)
	if len(small) != len(large) || len(small) == 0 {
		t.Fatalf("the probes ran %d and %d times", len(small), len(large))
	}
	perItem := make([]float64, len(small)) // at each probe, what the larger build holds more, per added item
	for i := range small {
		perItem[i] = (float64(large[i]) - float64(small[i])) / (3 * n)
	}
	peak, after := slices.Max(perItem), perItem[len(perItem)-1]
	planned := slices.Max(perItem[:len(channels.Default())+1]) // as the channels list their files
	t.Logf("live heap held per item (%d → %d items), as each channel plans its files, once the bodies are rendered and once all files are written: %.1f KB", n, 4*n, kb(perItem))
	if peak > memoryPerItem {
		t.Errorf("a build holds %.1f KB more per item (%d → %d items); the bound is %.1f KB: is something kept per page or per item that could be written and dropped?", peak/1024, n, 4*n, float64(memoryPerItem)/1024)
	}
	if planned > memoryPlanned {
		t.Errorf("once the channels have listed their files a build holds %.1f KB more per item (%d → %d items); the bound is %.1f KB: is every page's data planned at once, or the files listed twice?", planned/1024, n, 4*n, float64(memoryPlanned)/1024)
	}
	if after > memoryAfterPages {
		t.Errorf("once every file is written a build still holds %.1f KB more per item (%d → %d items); the bound is %d KB: is a body's HTML kept after its page is written?", after/1024, n, 4*n, memoryAfterPages>>10)
	}
}

func kb(bs []float64) []float64 {
	out := make([]float64, len(bs))
	for i, b := range bs {
		out[i] = b / 1024
	}
	return out
}

// memoryPerItem is the bound of TestMemoryPerItem, in bytes. Measured
// 2026-12-07 (h16-mem): 3.1 KB at the most; 3.7 KB when every item page's
// data is planned at once and the ledger lists the files a second time.
// Measured 2026-12-07 (h18-mem): 2.79 KB once the front matters' key
// positions are interned (tomlx.Positions) and each item page's plan is
// let go once the page is written (streamBodies), 3.02 KB before; run
// after other tests of the package have built sites, 3.0 KB (presumably
// what the first build of a process makes once, for every later build,
// is counted in the small build's heap when it runs first).
// Measured 2026-12-07 (h19-mem): 2.6 KB once a dropped Doc shares one
// block tree (markdown.Doc.DropSource), 2.8 KB before; 2.9 KB since a
// first build runs before both (what a process makes once is in neither).
const memoryPerItem = 3328

// memoryPlanned bounds, in bytes per item, what a build holds once every
// channel has listed its files, before any body is rendered: the items'
// metadata and one file per page, an item page's data made only as it is
// rendered (web.itemFile). Measured 2026-12-07: 1.9 KB; 2.3 KB when every
// item page's data (web.ItemPage, its crumbs) is planned at once; 1.74 KB
// once the front matters' key positions are interned (tomlx.Positions),
// 1.92 KB before; 1.8 KB run after other tests of the package.
const memoryPlanned = 2048

// memoryAfterPages bounds, in bytes per item, what a build holds once
// every channel has written its files: the items' metadata and the start
// of their text, each body's HTML let go once its page is written
// (model.Site.PageRendered), and the rows the layouts keep (bounded per
// build: layout's kept store). Measured 2026-12-07: about -1 KB when the
// small build ran first in the process and paid alone for what a process
// makes once (pools grown, templates' first use); 2.4–2.5 KB since a first
// build runs before both and the minified fragments remembered across
// builds (publish.Forget) are not counted; 2.7 KB more when the HTML is
// kept; 3.1 KB when the layouts were parsed beside the content and bound
// to the site's functions afterwards (h19-small, not merged).
const memoryAfterPages = 3 << 10

// heldBy builds a synthetic site of n items and returns what the build
// held, live, beyond what it was given (its files in memory), when each
// channel is asked for its files (all before any body is rendered), once
// every body is rendered and its page written (the files of every channel
// but the item pages are then written in one pool of workers), and last
// once every file is written.
func heldBy(t *testing.T, n int) []uint64 {
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
	record := func() { probe.live = append(probe.live, liveHeap()) }
	publish.Forget() // what earlier builds of the process left minified is not this build's
	before := liveHeap()
	if _, err := Run(Options{SiteDir: ".", FS: fsys, Dest: filepath.Join(t.TempDir(), "public"), Now: testNow, Channels: chans, rendered: record, written: func() { publish.Forget(); record() }}); err != nil {
		t.Fatal(err)
	}
	runtime.KeepAlive(fsys)
	out := make([]uint64, len(probe.live))
	for i, h := range probe.live {
		out[i] = h - min(before, h)
	}
	return out
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
// each time the build asks for its files.
type heapProbe struct{ live []uint64 }

func (*heapProbe) Name() string                 { return "probe" }
func (*heapProbe) Late() bool                   { return false }
func (*heapProbe) Reserved() []content.Reserved { return nil }

func (p *heapProbe) Files(*model.Site, *layout.Set, output.Memo) ([]output.File, error) {
	p.live = append(p.live, liveHeap())
	return nil, nil
}
