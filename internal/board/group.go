package board

import (
	"strings"

	"github.com/gongkai/gongkai/internal/markdown"
)

// group is a block made of blocks inside one element: a list (its items),
// a list item (its paragraphs and nested lists), a quote. It splits between
// its children, and inside the child that straddles the break, so a long
// list continues on the next column with its numbering intact.
//
// A part that continues in the next column is the child the break fell in
// (lead) and the element's children after it, which it shares with the
// parts before: splitting a list of n items again and again never copies
// or measures again the items still to come.
type group struct {
	s     sizer
	tag   string
	open  string
	start int     // an ordered list: the number of its first item
	cont  bool    // a part after the first: its element continues
	lead  block   // what a split left of the child it fell in, or nil
	kids  []block // the children after it
	first int     // index of the part's first child among the children of the original element
	pad   float64
	keep  bool
	sums  []float64 // sums[i]: the height of the element's first i children; nil for a head
	base  int       // index of kids[0] among them
	h     float64   // height + 1; 0 until known
}

// done records the heights of a group's children, once they are all
// there, for the parts a split makes of it.
func (g *group) done() *group {
	g.sums = make([]float64, len(g.kids)+1)
	for i, k := range g.kids {
		g.sums[i+1] = g.sums[i] + k.height()
	}
	return g
}

// count is the number of the part's children; child is one of them.
func (g *group) count() int { return len(g.kids) + g.leads() }

func (g *group) leads() int {
	if g.lead == nil {
		return 0
	}
	return 1
}

func (g *group) child(i int) block {
	if g.lead != nil {
		if i == 0 {
			return g.lead
		}
		i--
	}
	return g.kids[i]
}

func (g *group) children() []block {
	out := make([]block, 0, g.count())
	for i := range g.count() {
		out = append(out, g.child(i))
	}
	return out
}

func (g *group) height() float64 {
	if g.h == 0 {
		g.h = 1 + g.s.sum(g.pad+g.s.gap, g.count(), func(i int) float64 { return g.child(i).height() }, func(i int) float64 {
			if g.sums == nil { // a head: never as tall as this
				r := 0.0
				for j := i; j < g.count(); j++ {
					r += g.child(j).height()
				}
				return r
			}
			r, from := 0.0, i-g.leads()
			if from < 0 {
				r, from = g.lead.height(), 0
			}
			return r + g.sums[g.base+len(g.kids)] - g.sums[g.base+from]
		})
	}
	return g.h - 1
}

func (g *group) minHeight() float64 {
	if g.count() == 0 {
		return g.height()
	}
	return g.pad + g.s.gap + g.child(0).minHeight()
}

func (g *group) keepWithNext() bool { return g.keep }

func (g *group) split(room float64) (block, block) {
	if g.height() <= room {
		return g, nil
	}
	used := g.pad + g.s.gap
	for i := range g.count() {
		k := g.child(i)
		if used+k.height() <= room {
			used += k.height()
			continue
		}
		head, tail := k.split(room - used)
		if head == nil && i == 0 {
			return nil, g
		}
		hk := make([]block, 0, i+1)
		for j := range i {
			hk = append(hk, g.child(j))
		}
		if head != nil {
			hk = append(hk, head)
		}
		after := i + 1 - g.leads() // the first of kids after child i
		next := g.first + i
		h := &group{s: g.s, tag: g.tag, open: g.open, start: g.start, cont: g.cont, kids: hk, first: g.first, pad: g.pad, keep: g.keep}
		t := &group{s: g.s, tag: g.tag, open: g.open, start: g.start, cont: true, lead: tail, kids: g.kids[after:],
			first: next, pad: g.pad, keep: g.keep, sums: g.sums, base: g.base + after}
		return h, t
	}
	return g, nil
}

// piece is the part as placed: a list, a list item or a quote, its
// children's pieces inside.
func (g *group) piece() *Piece {
	pc := &Piece{Kind: g.tag, Cont: g.cont, Open: tag(g.open), Start: g.start + g.first}
	for _, k := range g.children() {
		pc.Kids = append(pc.Kids, k.piece())
	}
	return pc
}

func (g *group) text() string {
	parts := make([]string, g.count())
	for i, k := range g.children() {
		parts[i] = k.text()
	}
	return strings.Join(parts, "\n")
}

// newList builds a ul or ol whose items are groups of their content.
func (bl *builder) newList(s sizer, b markdown.Block) block {
	inner := s.nested(s.g.Indent)
	start := 1
	if b.Kind == "ol" && b.Start > 0 {
		start = b.Start
	}
	g := &group{s: s, tag: b.Kind, open: b.Open, start: start}
	for _, li := range b.Items {
		g.kids = append(g.kids, bl.newItem(inner, li))
	}
	return g.done()
}

// newItem is one list item: its inline text and nested blocks. A list item
// that continues on the next column shows no second marker.
func (bl *builder) newItem(s sizer, li markdown.Block) block {
	item := sizer{g: s.g, width: s.width, gap: s.g.SubGap, maxH: s.maxH}
	g := &group{s: item, tag: "li", open: li.Open}
	g.kids = bl.flow(item, li.Kids)
	return g.done()
}

// newQuote is a blockquote: its blocks, indented behind a rule.
func (bl *builder) newQuote(s sizer, b markdown.Block) block {
	inner := s.nested(s.g.Indent)
	g := &group{s: s, tag: "blockquote", open: b.Open}
	g.kids = bl.flow(inner, b.Kids)
	return g.done()
}
