package board

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/markdown"
)

// builder turns an item's body, and what the theme's partials write for a
// board, into blocks for one board.
type builder struct {
	g   *geometry
	tpl *layout.Set // the theme's partials for generated lists
}

// blocks are the body's top-level blocks, measured at the column width.
// maxH is the room of an empty column below a continued title.
func (bl *builder) blocks(body []markdown.Block, maxH float64) []block {
	return bl.flow(bl.sizer(maxH), bodyBlocks(body))
}

// bodyBlocks are a body's blocks, an editor's raw HTML (raw_html) as the
// blocks package markdown read in it (Block.Kids), as the theme's
// partials are read; a raw tag in a paragraph comes as marks, an editor's
// drawing as a sized "figure".
func bodyBlocks(bs []markdown.Block) []markdown.Block {
	out := make([]markdown.Block, 0, len(bs))
	for _, b := range bs {
		if b.Kind == "html" {
			out = append(out, b.Kids...)
			continue
		}
		out = append(out, b)
	}
	return out
}

// top makes the blocks of HTML a theme's partial wrote, placed straight in
// a column.
func (bl *builder) top(html string, maxH float64) []block {
	return bl.flow(bl.sizer(maxH), markdown.FromHTML(html))
}

// sizer measures blocks placed straight in a column, below a continued
// title that leaves maxH.
func (bl *builder) sizer(maxH float64) sizer {
	return sizer{g: bl.g, width: bl.g.ColW, gap: bl.g.Gap, maxH: maxH, top: true}
}

// smallDrawing is the error of a drawing whose text would print below
// min_font (checkDrawings).
type smallDrawing struct{ error }

func (e smallDrawing) Unwrap() error { return e.error }

// isSmallDrawing reports whether err is, or wraps, a smallDrawing.
func isSmallDrawing(err error) bool {
	var s smallDrawing
	return errors.As(err, &s)
}

// checkDrawings refuses a drawing whose text would print below the board's
// min_font once scaled to its column.
func (bl *builder) checkDrawings(file string, blocks []block, minFont float64) error {
	for _, b := range blocks {
		if f, ok := b.(*figure); ok {
			if pt := f.textPt(); pt > 0 && pt < minFont-0.05 {
				return smallDrawing{fmt.Errorf("%s: a drawing would print its text at %.1fpt, below the board's min_font of %gpt; give the board larger paper or fewer columns, or lower min_font", file, pt, minFont)}
			}
		}
	}
	return nil
}

// flow makes the blocks of a run of blocks. The bare text of a tight list
// item is measured without the space below a block.
func (bl *builder) flow(s sizer, bs []markdown.Block) []block {
	var out []block
	for _, b := range bs {
		if b.Bare {
			if b.Para != nil && strings.TrimSpace(b.Text) != "" {
				bare := sizer{g: s.g, width: s.width, maxH: s.maxH}
				out = append(out, newPara(bare, "text", "", "", b.Para, s.g.Body, false))
			}
			continue
		}
		out = append(out, bl.element(s, b))
	}
	return out
}

// element makes the block of one block of a body or a partial.
func (bl *builder) element(s sizer, b markdown.Block) block {
	if f := bl.newFigure(s, b); f != nil {
		return f
	}
	switch {
	case b.Para != nil && b.Kind == "p":
		p := newPara(s, "p", b.Open, b.Close, b.Para, s.g.Body, s.top)
		p.tag = "p"
		return p
	case b.Para != nil && b.Level > 0:
		p := newPara(s, "h", b.Open, b.Close, b.Para, s.g.Head, false)
		p.keep, p.tag = true, b.Kind
		return p
	case b.Kind == "ul" || b.Kind == "ol":
		return bl.newList(s, b)
	case b.Kind == "blockquote":
		return bl.newQuote(s, b)
	case b.Table != nil:
		return bl.newTable(s, b)
	case b.Kind == "pre":
		return newPre(s, b.Code)
	case b.Kind == "hr":
		return &rule{s: s}
	}
	return &opaque{s: s, body: strings.TrimRight(string(b.HTML), "\n"), txt: b.Text}
}
