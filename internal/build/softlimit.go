package build

import (
	"math"
	"os"
	"runtime/debug"
	"sync"
)

// A build's memory limit. The collector lets the heap grow to twice what
// it held live after the last collection (GOGC=100) before it collects
// again, so a large build's peak memory is about twice the heap it
// needs at its peak. While a build runs, Run sets a soft limit on the
// Go runtime's memory (debug.SetMemoryLimit) sized from the site:
// limitBase plus limitPerItem per published item, above what a build of
// the synthetic corpus holds live at its peak (about 4.5 KB per item at
// 100,000 items since the catalog is streamed; measured 2026-12-07 with
// 8, 6 and 5 KiB per item: 100,000 items 837, 638 and 538 MB peak, CPU
// no higher; 30,000 items 278, 219 and 190 MB peak, for 5–11 % and
// 17–35 % more CPU than with 8 KiB),
// never below limitFloor, so that a small site, whose heap stays under
// it, is collected as before. Near the limit the collector runs more
// often, trading CPU for memory; it never takes more than half the CPU
// to keep under it (the runtime's own cap), and a site that needs more
// than its limit is built all the same, with a larger heap. An office
// that sets GOMEMLIMIT itself keeps its own.
//
// Under the limit the collector is paced by gcPercent instead of
// GOGC=100: a build's heap is mostly garbage made and dropped page by
// page, and with the limit as the ceiling there is no need to collect
// each time the heap doubles. A small site, whose live heap is a few
// MB, was collected 13 times per `gongkai build` of the example site
// (7 now; GC CPU about 71 → 27 ms per build); a large one reaches its
// limit as before, where the limit paces the collector. An office that
// sets GOGC keeps its own.
const (
	limitBase    = 24 << 20
	limitPerItem = 6 << 10
	limitFloor   = 128 << 20
	gcPercent    = 400
)

// memoryLimit is the soft memory limit of a build of n published items.
func memoryLimit(n int) int64 {
	return max(limitFloor, limitBase+int64(n)*limitPerItem)
}

// limits are the builds under way: their number, the sum of their
// limits (builds running together, as in tests, share the process) and
// the limit before the first began.
var limits struct {
	sync.Mutex
	builds int
	total  int64
	before int64
	gcWas  int // the GC percent before the first began; 0 when left as it was
}

// holdLimit sets the memory limit of a build of n published items, with
// those of the builds under way, and the GC percent (gcPercent, unless
// GOGC is set), unless GOMEMLIMIT is set; the function returned gives
// them back once the build is done.
func holdLimit(n int) (release func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	l := memoryLimit(n)
	limits.Lock()
	defer limits.Unlock()
	if limits.builds == 0 {
		limits.before = debug.SetMemoryLimit(-1)
		limits.gcWas = 0
		if os.Getenv("GOGC") == "" {
			limits.gcWas = debug.SetGCPercent(gcPercent)
		}
	}
	limits.builds++
	limits.total = min(limits.total+l, math.MaxInt64/2)
	debug.SetMemoryLimit(limits.total)
	return func() {
		limits.Lock()
		defer limits.Unlock()
		limits.builds--
		limits.total -= l
		if limits.builds == 0 {
			debug.SetMemoryLimit(limits.before)
			if limits.gcWas != 0 {
				debug.SetGCPercent(limits.gcWas)
			}
			return
		}
		debug.SetMemoryLimit(limits.total)
	}
}
