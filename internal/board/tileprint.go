package board

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/types"
)

// tileJS rebuilds the sheet page loaded in the tab as tile pages: for
// each tile a page of the tile paper whose window shows a copy of its
// sheet, moved so the tile's part shows, with the marks, label and map in
// the margin (tile.js).
//
//go:embed tile.js
var tileJS string

// tileSpec is what tile.js reads: the tile paper, margin and overlap, the
// bleed around each sheet and every tile, in mm.
type tileSpec struct {
	PaperW  float64    `json:"pw"`
	PaperH  float64    `json:"ph"`
	Margin  float64    `json:"margin"`
	Overlap float64    `json:"overlap"`
	Bleed   float64    `json:"bleed"`
	Rows    int        `json:"rows"`
	Cols    int        `json:"cols"`
	Tiles   []tileSpot `json:"tiles"`
}

// tileSpot is one tile: its sheet (from 0), row and column (from 0), its
// window on the sheet and its label.
type tileSpot struct {
	Sheet int     `json:"sheet"`
	Row   int     `json:"row"`
	Col   int     `json:"col"`
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	W     float64 `json:"w"`
	H     float64 `json:"h"`
	Label string  `json:"label"`
}

// spec lists the tiles of sheets sheets of board cb in plan p.
func (p TilePlan) spec(cb *config.Board, sheets int) tileSpec {
	s := tileSpec{PaperW: p.PaperW, PaperH: p.PaperH, Margin: TileMarginMM, Overlap: TileOverlapMM,
		Bleed: cb.Bleed, Rows: p.Rows, Cols: p.Cols}
	for i := range sheets {
		sheet := ""
		if sheets > 1 {
			sheet = fmt.Sprintf(" 第%d张/共%d张", i+1, sheets)
		}
		for r := range p.Rows {
			for c := range p.Cols {
				x, y, w, h := p.Window(r, c)
				label := fmt.Sprintf("第%d号公开栏%s · %s（共%d行%d列）· 与相邻一张重叠 %g mm，沿短线对齐",
					cb.Number, sheet, p.Label(r, c), p.Rows, p.Cols, TileOverlapMM)
				s.Tiles = append(s.Tiles, tileSpot{Sheet: i, Row: r, Col: c, X: x, Y: y, W: w, H: h, Label: label})
			}
		}
	}
	return s
}

// printTiles turns the sheet page loaded in tab into its tile pages and
// prints them; each page's ArtBox is its window, the part of the sheet it
// carries.
func printTiles(tab context.Context, cb *config.Board, p TilePlan) ([]byte, error) {
	var sheets int
	if err := chromedp.Run(tab, chromedp.Evaluate(`document.querySelectorAll(".sheet-page").length`, &sheets)); err != nil {
		return nil, err
	}
	spec := p.spec(cb, sheets)
	var n int
	var pdf []byte
	err := chromedp.Run(tab,
		chromedp.Evaluate(fmt.Sprintf("(%s)(%s)", tileJS, mustJSON(spec)), &n),
		chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			pdf, _, err = page.PrintToPDF().
				WithPreferCSSPageSize(true).
				WithPrintBackground(true).
				WithMarginTop(0).WithMarginBottom(0).WithMarginLeft(0).WithMarginRight(0).
				Do(ctx)
			return err
		}),
	)
	if err != nil {
		return nil, err
	}
	if n != len(spec.Tiles) {
		return nil, fmt.Errorf("the page made %d tiles, not %d", n, len(spec.Tiles))
	}
	return windowBoxes(pdf, spec)
}

// windowBoxes sets each tile page's ArtBox to its window, in points from
// the page's bottom left corner.
func windowBoxes(pdf []byte, s tileSpec) ([]byte, error) {
	ctx, err := api.ReadValidateAndOptimize(bytes.NewReader(pdf), pdfConfig())
	if err != nil {
		return nil, fmt.Errorf("reading the tiles' PDF: %w", err)
	}
	if ctx.PageCount != len(s.Tiles) {
		return nil, fmt.Errorf("the tiles' PDF has %d pages, not %d", ctx.PageCount, len(s.Tiles))
	}
	for i, t := range s.Tiles {
		d, _, _, err := ctx.PageDict(i+1, false)
		if err != nil {
			return nil, err
		}
		top := s.PaperH - s.Margin
		d["ArtBox"] = types.NewRectangle(pt(s.Margin), pt(top-t.H), pt(s.Margin+t.W), pt(top)).Array()
	}
	var out bytes.Buffer
	if err := api.WriteContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("writing the tiles' PDF: %w", err)
	}
	return out.Bytes(), nil
}

// mustJSON is v as JSON, for a script's argument.
func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
