package board

import (
	"sort"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
)

// inline is a block's inline content as runs (flow.Para) and its text as
// textfit wraps it: a reader's characters, a line break (<br>) as "\n",
// other white space as a space each, a picture as nothing. The text and
// the runs show the same characters in the same order, so a cut at a byte
// of the text is a position in the runs (at): the board measures and
// cuts text and writes the runs of each part, never HTML it parsed.
type inline struct {
	p      *flow.Para
	text   string
	starts []int // starts[i]: where run i's text begins in text
}

func newInline(p *flow.Para) *inline {
	in := &inline{p: p, starts: make([]int, len(p.Runs))}
	var b strings.Builder
	for i, r := range p.Runs {
		in.starts[i] = b.Len()
		switch {
		case r.Image:
		case r.IsBreak():
			b.WriteByte('\n') // a line break after no text of its own
		case r.Atomic:
			b.WriteString(spaced(r.Text))
		default:
			b.WriteString(spaced(r.Text))
			b.WriteString(r.AfterShown())
		}
	}
	in.text = b.String()
	return in
}

// spaced is s with tabs, carriage returns and newlines as spaces, the way
// a browser sets them.
func spaced(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\r' || r == '\n' {
			return ' '
		}
		return r
	}, s)
}

// at is the position in the runs of byte off of the text: a cut inside a
// run's text, or before the run whose text begins there (after what the
// run before wrote after its text). A cut inside an atomic run is after it.
func (in *inline) at(off int) flow.At {
	i := sort.Search(len(in.starts), func(i int) bool { return in.starts[i] >= off })
	if i < len(in.starts) && in.starts[i] == off {
		return flow.At{Run: i}
	}
	j := i - 1
	if j < 0 {
		return flow.At{}
	}
	if r := &in.p.Runs[j]; !r.Atomic && off-in.starts[j] < len(r.Text) {
		return flow.At{Run: j, Off: off - in.starts[j]}
	}
	return flow.At{Run: j + 1}
}

// html is the runs of text [lo, hi), telephone numbers kept on one line:
// from the first run when lo is 0, to the last when hi is the end, what
// they show or not.
func (in *inline) html(lo, hi int) string {
	from, to := in.at(lo), in.p.End()
	if lo == 0 {
		from = flow.At{}
	}
	if hi < len(in.text) {
		to = in.at(hi)
	}
	return in.p.HTML(from, to, true)
}
