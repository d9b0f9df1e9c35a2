package board_test

import (
	"math"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/gongkai/gongkai/internal/board"
)

// TestA0TiledToA3 plans an A0 portrait sheet (841×1189 mm) on A3 with a
// 10 mm margin and 10 mm overlap: windows of at most 400×277 mm (A3
// landscape less the margins) need 3 columns (3×400 − 2×10 ≥ 841) and 5
// rows (5×277 − 4×10 ≥ 1189): 15 pages, where A3 portrait (277×400) needs
// 4×4. The windows cover the sheet, each overlaps its neighbour by exactly
// the overlap, and none leaves the sheet or its page.
func TestA0TiledToA3(t *testing.T) {
	p, ok := board.PlanTiles(841, 1189, "A3")
	if !ok {
		t.Fatal("an A0 sheet is not tiled on A3")
	}
	if p.Rows != 5 || p.Cols != 3 || p.PaperW != 420 || p.PaperH != 297 {
		t.Fatalf("plan %d rows × %d columns on %g×%g mm, want 5 × 3 on A3 landscape (420×297)", p.Rows, p.Cols, p.PaperW, p.PaperH)
	}
	checkCovers(t, p)
	if _, ok := board.PlanTiles(420, 297, "A3"); ok {
		t.Error("an A3 sheet is tiled on A3")
	}
	if p, ok := board.PlanTiles(297, 420, "A4"); !ok || p.Rows*p.Cols != 4 {
		t.Errorf("an A3 sheet on A4: %d tiles, want 4 (2 × 2 of 277×190 mm windows)", p.Rows*p.Cols)
	}
}

// checkCovers: the windows of row 0 cover the sheet's width with exactly
// the overlap between neighbours, those of column 0 its height, and every
// window fits in its page's margins and on the sheet.
func checkCovers(t *testing.T, p board.TilePlan) {
	t.Helper()
	for axis, n := range []int{p.Cols, p.Rows} {
		end := 0.0
		for i := range n {
			r, c := 0, i
			if axis == 1 {
				r, c = i, 0
			}
			x, y, w, h := p.Window(r, c)
			start, length := x, w
			if axis == 1 {
				start, length = y, h
			}
			if i > 0 && math.Abs(end-start-board.TileOverlapMM) > 1e-9 {
				t.Errorf("tile %s starts %g mm before its neighbour ends, want %g", p.Label(r, c), end-start, board.TileOverlapMM)
			}
			end = start + length
		}
		if sheet := []float64{p.W, p.H}[axis]; math.Abs(end-sheet) > 1e-9 {
			t.Errorf("the tiles end at %g mm, the sheet at %g", end, sheet)
		}
	}
	for r := range p.Rows {
		for c := range p.Cols {
			x, y, w, h := p.Window(r, c)
			if w <= board.TileOverlapMM || h <= board.TileOverlapMM || w > p.PaperW-2*board.TileMarginMM+1e-9 || h > p.PaperH-2*board.TileMarginMM+1e-9 || x+w > p.W+1e-9 || y+h > p.H+1e-9 {
				t.Errorf("tile %s: window %g,%g %g×%g mm does not fit", p.Label(r, c), x, y, w, h)
			}
		}
	}
}

// tilesIn checks a board's tiles' PDF, when its sheets are tiled on paper:
// one page of the paper per tile of every sheet, each page's ArtBox its
// window, fonts named, and the tiles reassemble: each window, rendered,
// is the sheet's part it claims to be (reassembled).
func tilesIn(t *testing.T, b *board.Board, dir, paper string, sheets int) {
	t.Helper()
	p, ok := board.PlanTiles(b.Config.Width, b.Config.Height, paper)
	tiles := filepath.Join(dir, board.TilePDF(b.Config, paper))
	if !ok {
		if _, err := exec.Command("test", "-e", tiles).Output(); err == nil {
			t.Errorf("board %d: %s written for a sheet that fits on %s", b.Config.Number, tiles, paper)
		}
		return
	}
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Logf("not reading the tiles: no pdfinfo (apt-get install poppler-utils): %v", err)
		return
	}
	pages := pageBoxes(t, tiles)
	if len(pages) != sheets*p.Rows*p.Cols {
		t.Fatalf("board %d: %d tile pages, want %d sheets × %d rows × %d columns", b.Config.Number, len(pages), sheets, p.Rows, p.Cols)
	}
	for i, pg := range pages {
		m, art := pg["MediaBox"], pg["ArtBox"]
		if math.Abs(m[2]-m[0]-mm(p.PaperW)) > 1 || math.Abs(m[3]-m[1]-mm(p.PaperH)) > 1 {
			t.Errorf("board %d tile page %d is %.1f×%.1f pt, not %s (%g×%g mm)", b.Config.Number, i+1, m[2]-m[0], m[3]-m[1], paper, p.PaperW, p.PaperH)
		}
		tile := i % (p.Rows * p.Cols)
		_, _, w, h := p.Window(tile/p.Cols, tile%p.Cols)
		if math.Abs(art[2]-art[0]-mm(w)) > 0.5 || math.Abs(art[3]-art[1]-mm(h)) > 0.5 || math.Abs(art[0]-mm(board.TileMarginMM)) > 0.5 {
			t.Errorf("board %d tile page %d: ArtBox %v, want the %g×%g mm window at the margin", b.Config.Number, i+1, art, w, h)
		}
	}
	namedFontsIn(t, b, tiles)
	reassembled(t, b, p, filepath.Join(dir, b.PDF()), tiles, len(pages))
}

// reassembled renders the sheet's first page and its tiles at 36 dpi and
// compares each tile's window with the part of the sheet it carries: on
// average the grey levels differ by under 3 %, and by no more than from
// the parts 2.8 mm beside it (so the tile is where it claims; a tile of
// even grey, a figure's fill, differs little from either).
func reassembled(t *testing.T, b *board.Board, p board.TilePlan, sheetPDF, tilesPDF string, total int) {
	t.Helper()
	const dpi = 36
	px := func(v float64) int { return int(math.Round(v * dpi / 72)) }
	tmp := t.TempDir()
	render := func(pdf, out string, last int) {
		if err := exec.Command("pdftoppm", "-png", "-gray", "-r", strconv.Itoa(dpi), "-f", "1", "-l", strconv.Itoa(last), pdf, filepath.Join(tmp, out)).Run(); err != nil {
			t.Fatalf("pdftoppm %s: %v", pdf, err)
		}
	}
	n := p.Rows * p.Cols
	render(sheetPDF, "sheet", 1)
	render(tilesPDF, "tile", n)
	sheet := readPNG(t, filepath.Join(tmp, "sheet-1.png"))
	boxes := pageBoxes(t, sheetPDF)[0]
	media, trim := boxes["MediaBox"], boxes["TrimBox"]
	ox, oy := px(trim[0]-media[0]), px(media[3]-trim[3])
	for i := range n {
		r, c := i/p.Cols, i%p.Cols
		img := readPNG(t, filepath.Join(tmp, "tile-"+pageNumber(i+1, total)+".png"))
		x, y, w, h := p.Window(r, c)
		m := px(mm(board.TileMarginMM))
		at := func(dx, dy int) float64 {
			var diff, count float64
			for j := 2; j < px(mm(h))-2; j++ {
				for k := 2; k < px(mm(w))-2; k++ {
					a, _, _, _ := img.At(m+k, m+j).RGBA()
					s, _, _, _ := sheet.At(ox+px(mm(x))+k+dx, oy+px(mm(y))+j+dy).RGBA()
					diff += math.Abs(float64(a)-float64(s)) / 0xffff
					count++
				}
			}
			return diff / count
		}
		d, near := at(0, 0), math.Inf(1)
		for _, o := range [][2]int{{-4, 0}, {4, 0}, {0, -4}, {0, 4}} {
			near = min(near, at(o[0], o[1]))
		}
		if d > 0.03 || d > near {
			t.Errorf("board %d tile %s differs from its part of the sheet by %.2f %% on average, from the parts 4 px (2.8 mm) beside it by %.2f %% or more", b.Config.Number, p.Label(r, c), 100*d, 100*near)
		}
	}
}

// pageNumber is how pdftoppm numbers page i of n in its files' names.
func pageNumber(i, n int) string {
	s, w := strconv.Itoa(i), len(strconv.Itoa(n))
	for len(s) < w {
		s = "0" + s
	}
	return s
}
