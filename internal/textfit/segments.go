package textfit

import (
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// segments are a text cut into units and paragraphs, what a Flow needs
// before it knows its width. Flows of one text share them and never
// change them.
type segments struct {
	units []unit
	paras []span
}

// segmentsOf cuts s into units and paragraphs, or returns what an earlier
// call cut: a build measures the same texts again and again (a title, a
// table cell, a paragraph in each board that carries the item, in each
// type size of each kiosk, at each type size a board tries), some seven
// times on average.
func (m Metrics) segmentsOf(s string) *segments {
	if m.memo == nil {
		return m.segment(s)
	}
	if sg, ok := m.memo.get(s); ok {
		return sg
	}
	sg := m.segment(s)
	m.memo.put(s, sg)
	return sg
}

// segment cuts s into units, paragraph by paragraph (at "\n").
func (m Metrics) segment(s string) *segments {
	sg := &segments{units: make([]unit, 0, utf8.RuneCountInString(s))}
	for start := 0; ; {
		end := len(s)
		if i := strings.IndexByte(s[start:], '\n'); i >= 0 {
			end = start + i
		}
		lo := len(sg.units)
		sg.units = m.appendUnits(sg.units, s, start, end)
		sg.paras = append(sg.paras, span{start: start, end: end, lo: lo, hi: len(sg.units)})
		if end == len(s) {
			return sg
		}
		start = end + 1
	}
}

// segMemo remembers the segments of texts measured so far, up to
// max bytes of texts and units; then it forgets them all and starts
// again. It is safe for concurrent use.
type segMemo struct {
	mu    sync.RWMutex
	m     map[string]*segments
	bytes int
	max   int
}

// maxSegBytes bounds each Metrics' memo: some 200,000 characters of
// distinct text (a unit is 32 bytes), several times the 34,000 the
// example site's boards and kiosks measure.
const maxSegBytes = 8 << 20

func newSegMemo(max int) *segMemo { return &segMemo{m: map[string]*segments{}, max: max} }

func (c *segMemo) get(s string) (*segments, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	sg, ok := c.m[s]
	return sg, ok
}

func (c *segMemo) put(s string, sg *segments) {
	size := len(s) + len(sg.units)*int(unsafe.Sizeof(unit{})) + len(sg.paras)*int(unsafe.Sizeof(span{}))
	if size > c.max {
		return // kept by its Flow alone
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bytes+size > c.max {
		clear(c.m)
		c.bytes = 0
	}
	if _, ok := c.m[s]; !ok {
		c.m[s] = sg
		c.bytes += size
	}
}
