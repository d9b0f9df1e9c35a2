package board

import (
	"fmt"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
)

// SheetBudget is how many sheets an item may take alone on its board at
// the board's smallest body size. An item that needs more is shown by
// its summary and its QR code, when it has a summary and a page to link
// to, and is a check warning when it has not: nobody reads three posters
// standing.
const SheetBudget = 2

// Brief is what partials/board-summary.html receives: an item's summary,
// shown on a sheet instead of a body too long for the board, and how many
// sheets the body would take.
type Brief struct {
	Summary string
	Sheets  int
}

// measureAlone lays out each item of entries alone, at the board's
// smallest body size, in cols columns, and records how many sheets it
// needs (Entry.needs); an item over SheetBudget with a summary and a QR
// code is shown by its summary (Entry.brief).
func measureAlone(site *model.Site, tpl *layout.Set, cb *config.Board, entries []*Entry, cols int) error {
	g := newGeometry(cb, bands{Kicker: fmt.Sprintf("%s · 第%d号公开栏", site.Config.County, cb.Number), Footer: footerFields(cb, footer(site))}, 0, cols)
	bl := &builder{g: g, tpl: tpl}
	for _, e := range entries {
		e.brief = false
		body, err := bl.entryBlocks(site, cb, e)
		if err != nil {
			return err
		}
		p, err := paginate(g, []*Entry{e}, [][]block{body}, 0, 0)
		if err != nil {
			return fmt.Errorf("board %d: %w", cb.Number, err)
		}
		e.needs = len(p.sheets)
		e.brief = e.needs > SheetBudget && e.Summary != "" && e.QR != ""
	}
	return nil
}

// body is the blocks of an item's body; of an item shown by its summary,
// what the theme's partials/board-summary.html writes for it.
func (bl *builder) body(e *Entry, maxH float64) ([]block, error) {
	if !e.brief {
		return bl.blocks(e.Doc.Blocks(), maxH), nil
	}
	h, err := bl.tpl.Partial("board", "board-summary.html", Brief{Summary: e.Summary, Sheets: e.needs})
	if err != nil {
		return nil, err
	}
	return bl.flow(bl.sizer(maxH), markdown.FromHTML(string(h))), nil
}
