package board

import (
	"fmt"
	"html"
	"strings"

	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/markdown"
)

// builder turns an item's rendered body into blocks for one board.
type builder struct {
	g   *geometry
	tpl *layout.Set // the theme's partials for generated lists
}

// blocks are the body's top-level blocks, measured at the column width.
// maxH is the room of an empty column below a continued title.
func (bl *builder) blocks(doc *markdown.Doc, maxH float64) []block {
	var out []block
	for _, b := range doc.Blocks {
		out = append(out, bl.top(string(b.HTML), maxH)...)
	}
	return out
}

// top makes the blocks of a piece of HTML placed straight in a column: a
// body block, or a drawing an item carries outside its body (a flowchart's
// <svg>).
func (bl *builder) top(html string, maxH float64) []block {
	return bl.flow(bl.sizer(maxH), parseHTML(html))
}

// sizer measures blocks placed straight in a column, below a continued
// title that leaves maxH.
func (bl *builder) sizer(maxH float64) sizer {
	return sizer{g: bl.g, width: bl.g.ColW, gap: bl.g.Gap, maxH: maxH, top: true}
}

// checkDrawings refuses a drawing whose text would print below the board's
// min_font once scaled to its column.
func (bl *builder) checkDrawings(file string, blocks []block, minFont float64) error {
	for _, b := range blocks {
		if f, ok := b.(*figure); ok {
			if pt := f.textPt(); pt > 0 && pt < minFont-0.05 {
				return fmt.Errorf("%s: a drawing would print its text at %.1fpt, below the board's min_font of %gpt; give the board larger paper or fewer columns, or lower min_font", file, pt, minFont)
			}
		}
	}
	return nil
}

// flow makes blocks of a run of nodes: block elements each become a block,
// and inline content between them becomes a paragraph without an element
// (the text of a tight list item).
func (bl *builder) flow(s sizer, ns []*node) []block {
	var pending []*node
	var blocks []block
	flush := func() {
		if strings.TrimSpace(html.UnescapeString(inlineText(pending))) != "" {
			bare := sizer{g: s.g, width: s.width, maxH: s.maxH}
			kids, _ := trimLeading(pending)
			blocks = append(blocks, newPara(bare, "", "", kids, s.g.Body, false))
		}
		pending = nil
	}
	for _, n := range ns {
		if n.Tag == "" || !(blockTags[n.Tag] || n.Tag == "hr" || n.Tag == "svg" || (n.Tag == "img" && len(ns) == 1)) {
			pending = append(pending, n)
			continue
		}
		flush()
		blocks = append(blocks, bl.element(s, n))
	}
	flush()
	return blocks
}

// element makes the block of one block-level element.
func (bl *builder) element(s sizer, n *node) block {
	if f := bl.newFigure(s, n); f != nil {
		return f
	}
	switch n.Tag {
	case "p":
		return newPara(s, n.Open, "p", n.Kids, s.g.Body, s.top)
	case "h1", "h2", "h3", "h4", "h5", "h6":
		p := newPara(s, n.Open, n.Tag, n.Kids, s.g.Head, false)
		p.keep = true
		return p
	case "ul", "ol":
		return bl.newList(s, n)
	case "blockquote":
		return bl.newQuote(s, n)
	case "table":
		return bl.newTable(s, n)
	case "pre":
		return newPre(s, n)
	case "hr":
		return &rule{s: s}
	}
	return &opaque{s: s, body: render([]*node{n}), txt: text([]*node{n})}
}
