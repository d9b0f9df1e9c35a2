package board

import (
	"errors"
	"fmt"
	"html/template"
	"math"
	"slices"
	"sync"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
)

// Layout lays out every board of the build (model.Site.Boards), in
// site.toml order, each as its scope sees the site (model.Site.View).
// Boards are laid out in parallel, each into its own slot; a crash laying
// one out is its error (an output.Panic naming the board and the item).
func Layout(site *model.Site, tpl *layout.Set) ([]*Board, error) {
	cbs := site.Boards()
	out, errs := make([]*Board, len(cbs)), make([]error, len(cbs))
	var wg sync.WaitGroup
	for i, cb := range cbs {
		view := site.View(cb.Scope)
		wg.Go(func() {
			errs[i] = output.Safely(name(cb), func() (err error) {
				out[i], err = layoutBoard(view, tpl, cb, Items(view, cb))
				return err
			})
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return out, nil
}

// layoutBoard lays a board out with its columns (columnsFor); a board
// whose columns are its default takes one column fewer at a time while a
// drawing would print its text below min_font or a table's column would
// be narrower than a word or number it holds.
func layoutBoard(site *model.Site, tpl *layout.Set, cb *config.Board, items []*model.Item) (*Board, error) {
	defer output.Name(name(cb))
	cols := columnsFor(cb)
	b, err := layoutColumns(site, tpl, cb, items, cols)
	for ; cb.Columns == 0 && cols > 1 && (isSmallDrawing(err) || err == nil && b.geo.squeezed); cols-- {
		b, err = layoutColumns(site, tpl, cb, items, cols-1)
	}
	return b, err
}

// layoutColumns lays a board out in cols columns at its paper's type size.
// When that leaves the last sheet less than half full, it tries type up to
// 15% smaller (never below the board's smallest body size) and takes the
// largest size that saves a sheet: fewer sheets to print and post, and no
// sheet that is nearly blank.
func layoutColumns(site *model.Site, tpl *layout.Set, cb *config.Board, items []*model.Item, cols int) (*Board, error) {
	entries, err := entries(site, cb, items)
	if err != nil {
		return nil, err
	}
	ls, err := lists(site, cb)
	if err != nil {
		return nil, err
	}
	if err := measureAlone(site, tpl, cb, entries, cols); err != nil {
		return nil, err
	}
	best, err := layoutAt(site, tpl, cb, ls, entries, 1, cols)
	if err != nil || len(best.Sheets) < 2 || best.lastFill() >= 0.5 {
		return withPieces(best), err
	}
	for _, scale := range []float64{0.97, 0.94, 0.91, 0.88, 0.85} {
		b, err := layoutAt(site, tpl, cb, ls, entries, scale, cols)
		if err != nil {
			return nil, err
		}
		if len(b.Sheets) < len(best.Sheets) {
			return withPieces(b), nil
		}
	}
	return withPieces(best), nil
}

// withPieces makes the pieces of the layout kept (pieces), and stamps
// its sheets with their dates and fingerprints (stamp).
func withPieces(b *Board) *Board {
	if b != nil {
		pieces(b.Sheets)
		stamp(b)
	}
	return b
}

// lastFill is how full the last sheet is, 0 to 1.
func (b *Board) lastFill() float64 { return b.fill(b.Sheets[len(b.Sheets)-1]) }

// fill is how full sheet s is, 0 to 1: the height its columns use over
// theirs.
func (b *Board) fill(s *Sheet) float64 {
	used := 0.0
	for _, c := range s.Columns {
		used += c.Used
	}
	return used / (b.geo.ColH * float64(len(s.Columns)))
}

// entries are the board's items with their QR codes, made once for every
// size tried.
func entries(site *model.Site, cb *config.Board, items []*model.Item) ([]*Entry, error) {
	var out []*Entry
	for _, it := range items {
		e, err := newEntry(site, it)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

// layoutAt lays the board out at scale times its paper's type size: its
// lists first, then its items.
func layoutAt(site *model.Site, tpl *layout.Set, cb *config.Board, lists, entries []*Entry, scale float64, cols int) (*Board, error) {
	b := &Board{Site: site, Config: cb, NN: fmt.Sprintf("%02d", cb.Number), Lists: lists, Entries: entries}
	b.Place, b.Footer = place(cb), footer(site)
	b.Kicker = fmt.Sprintf("%s · 第%d号公开栏", site.Config.County, cb.Number)
	fields := footerFields(cb, b.Footer)
	b.geo = newGeometry(cb, bands{Kicker: b.Kicker, Footer: fields}, scale, cols)
	g := b.geo
	b.Foot = footerLines(fields, g.Small.ems(g.footerText()))
	bl := &builder{g: g, tpl: tpl}
	entries = append(slices.Clip(lists), entries...)
	bodies := make([][]block, len(entries))
	for i, e := range entries {
		var err error
		if bodies[i], err = bl.entryBlocks(site, cb, e); err != nil {
			return nil, err
		}
	}
	p, err := paginate(g, entries, bodies, 0, 0)
	if err != nil {
		return nil, fmt.Errorf("board %d: %w", cb.Number, err)
	}
	b.Sheets = balance(g, entries, bodies, p.finish())
	b.Style = g.style()
	b.Page = template.CSS(fmt.Sprintf("@page{size:%smm %smm;margin:0}", num(g.W+2*g.Bleed), num(g.H+2*g.Bleed)))
	return b, nil
}

// entryBlocks are the blocks of an entry: of a list, its tables; of an
// item, what it carries outside its body (a flowchart, risk points,
// stages), then its body.
func (bl *builder) entryBlocks(site *model.Site, cb *config.Board, e *Entry) ([]block, error) {
	defer output.Name(name(cb) + ": " + e.File)
	g := bl.g
	maxH := g.ColH - g.headerHeight(e, true, true, false)
	if e.List != "" {
		return bl.listBlocks(site, e, maxH)
	}
	if itemHook != nil {
		itemHook(e.Item)
	}
	extras, err := bl.extras(e, maxH)
	if err != nil {
		return nil, err
	}
	body, err := bl.body(e, maxH)
	if err != nil {
		return nil, err
	}
	blocks := append(extras, body...)
	if err := bl.checkDrawings(e.File, blocks, cb.MinFont); err != nil {
		return nil, fmt.Errorf("%s: %w", name(cb), err)
	}
	return blocks, nil
}

// itemHook, when set (by tests), is called as each item is laid out.
var itemHook func(*model.Item)

// spread is how much longer a sheet's fullest column is than its emptiest.
func spread(s *Sheet) float64 {
	most, least := 0.0, math.Inf(1)
	for _, c := range s.Columns {
		most, least = math.Max(most, c.Used), math.Min(least, c.Used)
	}
	return most - least
}

// paginate lays the entries out into sheets; with short > 0, the columns of
// sheet last (counted from 0) and after are only that tall.
func paginate(g *geometry, entries []*Entry, bodies [][]block, short float64, last int) (*pager, error) {
	p := newPager(g)
	p.short, p.last = short, last
	for i, e := range entries {
		if err := p.add(e, slices.Clone(bodies[i])); err != nil {
			return nil, err
		}
	}
	if len(entries) == 0 {
		p.emptyPart("本栏目暂无在公开期内的内容。") // no date: the sheet stays the same from day to day
	}
	return p, nil
}

// balance evens out the columns of a board's last sheet: it finds the
// shortest column height that still holds the last sheet's content on one
// sheet, so two columns end level instead of one full and one empty.
func balance(g *geometry, entries []*Entry, bodies [][]block, sheets []*Sheet) []*Sheet {
	if g.Columns < 2 || spread(sheets[len(sheets)-1]) < g.Body.line()*2 {
		return sheets
	}
	best := sheets
	lo, hi := 0.0, g.ColH
	for range 10 {
		mid := (lo + hi) / 2
		p, err := paginate(g, entries, bodies, mid, len(sheets)-1)
		if err != nil || len(p.sheets) != len(sheets) {
			lo = mid
			continue
		}
		hi, best = mid, p.finish()
	}
	return best
}
