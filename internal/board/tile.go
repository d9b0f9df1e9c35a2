package board

import (
	"fmt"
	"math"

	"github.com/gongkai/gongkai/internal/config"
)

// Tiles: a sheet larger than an office printer's paper is also written cut
// into pages of that paper (tile = "A3", or --tile A3), to be trimmed and
// glued together. Every tile page keeps a white margin that office
// printers cannot print anyway, where its alignment marks, its row and
// column (第2行第3列) and a small map of the whole sheet go; the part of
// the sheet it carries (its window) overlaps its neighbours' by
// TileOverlapMM.
const (
	TileMarginMM  = 10.0 // white margin of a tile page, on every side
	TileOverlapMM = 10.0 // overlap of neighbouring tiles' windows
)

// TilePlan is how a sheet of W×H mm (its trim) is cut into tiles: the tile
// paper (PaperW×PaperH mm, the orientation that needs fewer pages) and
// the grid of Rows×Cols windows, each at most WinW×WinH mm, each starting
// WinW-TileOverlapMM (WinH-TileOverlapMM) after the one before.
type TilePlan struct {
	Paper          string
	PaperW, PaperH float64
	WinW, WinH     float64
	Rows, Cols     int
	W, H           float64 // the sheet's trim
}

// PlanTiles plans the tiles of a W×H mm sheet on paper ("A3" or "A4"); ok
// is false when the sheet fits on one such page and needs no tiles.
func PlanTiles(w, h float64, paper string) (p TilePlan, ok bool) {
	pw, ph, err := config.ParsePaper(paper)
	if err != nil || w*h <= pw*ph {
		return TilePlan{}, false
	}
	portrait := plan(w, h, paper, pw, ph)
	landscape := plan(w, h, paper, ph, pw)
	if landscape.Rows*landscape.Cols < portrait.Rows*portrait.Cols {
		return landscape, true
	}
	return portrait, true
}

func plan(w, h float64, paper string, pw, ph float64) TilePlan {
	ww, wh := pw-2*TileMarginMM, ph-2*TileMarginMM
	count := func(length, win float64) int {
		return max(1, int(math.Ceil((length-TileOverlapMM)/(win-TileOverlapMM)-1e-9)))
	}
	return TilePlan{Paper: paper, PaperW: pw, PaperH: ph, WinW: ww, WinH: wh,
		Rows: count(h, wh), Cols: count(w, ww), W: w, H: h}
}

// Window is the part of the sheet the tile in row r and column c (from 0,
// from the top left) carries, in mm from the trim's top left corner: the
// last row and column end at the sheet's edge.
func (p TilePlan) Window(r, c int) (x, y, w, h float64) {
	x = float64(c) * (p.WinW - TileOverlapMM)
	y = float64(r) * (p.WinH - TileOverlapMM)
	return x, y, min(p.WinW, p.W-x), min(p.WinH, p.H-y)
}

// Label is the tile's place as a reader says it: 第2行第3列.
func (p TilePlan) Label(r, c int) string {
	return fmt.Sprintf("第%d行第%d列", r+1, c+1)
}

// TilePDF is the name of a board's tiles' PDF: board-05-tiles-A3.pdf.
func TilePDF(cb *config.Board, paper string) string {
	return fmt.Sprintf("board-%02d-tiles-%s.pdf", cb.Number, paper)
}

// tilesPDF is the name of the tiles' PDF a build printing PDFs with
// --tile build writes for cb, or "" when it cuts none: no paper to tile
// on, or a sheet no larger than it (PlanTiles, as printBoard decides).
func tilesPDF(cb *config.Board, build string) string {
	if _, paper, ok := tiling(cb, build); ok {
		return TilePDF(cb, paper)
	}
	return ""
}

// tiling is how cb's sheets are cut into tiles in a build whose --tile is
// build: the plan and its paper, ok false when they are not cut.
func tiling(cb *config.Board, build string) (plan TilePlan, paper string, ok bool) {
	paper = tilePaper(cb, build)
	plan, ok = PlanTiles(cb.Width, cb.Height, paper)
	return plan, paper, ok
}

// tilePaper is the paper a board's sheets are tiled on: its own tile, else
// the build's (--tile), else none.
func tilePaper(cb *config.Board, build string) string {
	if cb.Tile != "" {
		return cb.Tile
	}
	return build
}
