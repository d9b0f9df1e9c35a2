package board

import (
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
)

// Hooks for the external tests.
var (
	ChartCaption     = chartCaption
	ConnectorCaption = connectorCaption
)

// ExtraTables are the risk points and stages item it carries outside its
// body, as the theme in tpl writes them.
func ExtraTables(tpl *layout.Set, it *model.Item) []string {
	out, err := (&builder{tpl: tpl}).extraTables(it)
	if err != nil {
		panic(err)
	}
	return out
}

// SetItemHook calls f as each item is laid out, until the returned
// function is called.
func SetItemHook(f func(*model.Item)) (restore func()) {
	itemHook = f
	return func() { itemHook = nil }
}

// LayoutBoard lays out one board with the given items, as Layout does.
var LayoutBoard = layoutBoard

// LayoutAt lays out one board with the given items at its paper's type
// size, without trying smaller ones.
func LayoutAt(site *model.Site, cb *config.Board, items []*model.Item) (*Board, error) {
	es, err := entries(site, cb, items)
	if err != nil {
		return nil, err
	}
	b, err := layoutAt(site, nil, cb, nil, es, 1, columnsFor(cb)) // no lists: no partials
	return withPieces(b), err
}

// PartHTML is what the theme in tpl writes for a block part.
func PartHTML(tpl *layout.Set, p *Part) string {
	h, err := tpl.Partial("board", "board-block.html", p.Block)
	if err != nil {
		panic(err)
	}
	return string(h)
}

// The crop marks' slug, gap from the bleed and length, in mm.
const (
	SlugMM    = slugMM
	MarkGapMM = markGapMM
	MarkLenMM = markLenMM
)
