package board

import (
	"fmt"
	"strconv"
	"strings"
)

// group is a block made of blocks inside one element: a list (its items),
// a list item (its paragraphs and nested lists), a quote. It splits between
// its children, and inside the child that straddles the break, so a long
// list continues on the next column with its numbering intact.
type group struct {
	s      sizer
	tag    string
	open   string
	reopen func(first int) string // the start tag of a tail whose first child was child first
	kids   []block
	first  int // index of kids[0] among the children of the original element
	pad    float64
	keep   bool
}

func (g *group) height() float64 {
	h := g.pad + g.s.gap
	for _, k := range g.kids {
		h += k.height()
	}
	return h
}

func (g *group) minHeight() float64 {
	if len(g.kids) == 0 {
		return g.height()
	}
	return g.pad + g.s.gap + g.kids[0].minHeight()
}

func (g *group) keepWithNext() bool { return g.keep }

func (g *group) split(room float64) (block, block) {
	if g.height() <= room {
		return g, nil
	}
	used := g.pad + g.s.gap
	for i, k := range g.kids {
		if used+k.height() <= room {
			used += k.height()
			continue
		}
		head, tail := k.split(room - used)
		if head == nil && i == 0 {
			return nil, g
		}
		var hk, tk []block
		hk = append(hk, g.kids[:i]...)
		if head != nil {
			hk = append(hk, head)
		}
		if tail != nil {
			tk = append(tk, tail)
		}
		tk = append(tk, g.kids[i+1:]...)
		next := g.first + i
		return g.with(hk, g.open, g.first), g.with(tk, g.reopen(next), next)
	}
	return g, nil
}

func (g *group) with(kids []block, open string, first int) *group {
	c := *g
	c.kids, c.open, c.first = kids, open, first
	return &c
}

func (g *group) html() string {
	var b strings.Builder
	b.WriteString(g.open)
	for _, k := range g.kids {
		b.WriteString(k.html())
	}
	b.WriteString("</" + g.tag + ">")
	return b.String()
}

func (g *group) text() string {
	parts := make([]string, len(g.kids))
	for i, k := range g.kids {
		parts[i] = k.text()
	}
	return strings.Join(parts, "\n")
}

// newList builds a ul or ol whose items are groups of their content.
func (bl *builder) newList(s sizer, n *node) block {
	inner := s.nested(s.g.Indent)
	start := 1
	if v, err := strconv.Atoi(n.attr("start")); err == nil {
		start = v
	}
	g := &group{s: s, tag: n.Tag, open: n.Open}
	g.reopen = func(first int) string {
		if n.Tag == "ol" {
			return fmt.Sprintf(`<ol start="%d">`, start+first)
		}
		return "<ul>"
	}
	for _, li := range n.elements("li") {
		g.kids = append(g.kids, bl.newItem(inner, li))
	}
	return g
}

// newItem is one list item: its inline text and nested blocks. A list item
// that continues on the next column shows no second marker.
func (bl *builder) newItem(s sizer, li *node) block {
	item := sizer{g: s.g, width: s.width, gap: s.g.SubGap, maxH: s.maxH}
	g := &group{s: item, tag: "li", open: li.Open}
	g.reopen = func(int) string { return `<li class="cont">` }
	g.kids = bl.flow(sizer{g: s.g, width: s.width, gap: s.g.SubGap, maxH: s.maxH}, li.Kids)
	return g
}

// newQuote is a blockquote: its blocks, indented behind a rule.
func (bl *builder) newQuote(s sizer, n *node) block {
	inner := s.nested(s.g.Indent)
	g := &group{s: s, tag: "blockquote", open: n.Open}
	g.reopen = func(int) string { return `<blockquote class="cont">` }
	g.kids = bl.flow(inner, n.Kids)
	return g
}
