package board_test

import (
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/gongkai/gongkai/internal/board"
)

// box is a PDF rectangle in points: llx, lly, urx, ury.
type box [4]float64

var pdfinfoBox = regexp.MustCompile(`(?m)^Page\s+(\d+)\s+(MediaBox|BleedBox|TrimBox|ArtBox):\s+([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)\s+([-0-9.]+)`)

// pageBoxes reads every page's MediaBox, BleedBox and TrimBox with
// pdfinfo -box.
func pageBoxes(t *testing.T, pdf string) []map[string]box {
	t.Helper()
	out, err := exec.Command("pdfinfo", "-box", "-f", "1", "-l", "999", pdf).Output()
	if err != nil {
		t.Fatalf("pdfinfo -box %s: %v", pdf, err)
	}
	var pages []map[string]box
	for _, m := range pdfinfoBox.FindAllStringSubmatch(string(out), -1) {
		n, _ := strconv.Atoi(m[1])
		for len(pages) < n {
			pages = append(pages, map[string]box{})
		}
		var bx box
		for i := range bx {
			bx[i], _ = strconv.ParseFloat(m[3+i], 64)
		}
		pages[n-1][m[2]] = bx
	}
	return pages
}

// inset says whether inner lies inside outer by d points on every side.
func inset(outer, inner box, d float64) bool {
	return math.Abs(inner[0]-outer[0]-d) < 0.5 && math.Abs(inner[1]-outer[1]-d) < 0.5 &&
		math.Abs(outer[2]-inner[2]-d) < 0.5 && math.Abs(outer[3]-inner[3]-d) < 0.5
}

func mm(v float64) float64 { return v / 25.4 * 72 }

// pressBoxesIn checks the print boxes of a board's PDF with pdfinfo -box:
// with bleed, the TrimBox is the paper, inside the BleedBox by the bleed,
// inside the MediaBox by the bleed and, with crop marks, the slug; and it
// renders each page to find the crop marks outside the bleed (cropMarksIn).
func pressBoxesIn(t *testing.T, b *board.Board, pdf string) {
	t.Helper()
	if _, err := exec.LookPath("pdfinfo"); err != nil {
		t.Logf("not reading the PDFs' boxes: no pdfinfo (apt-get install poppler-utils): %v", err)
		return
	}
	cb := b.Config
	if cb.Bleed == 0 {
		return
	}
	slug := 0.0
	if cb.CropMarks {
		slug = mm(board.SlugMM)
	}
	for i, p := range pageBoxes(t, pdf) {
		trim, bleed, media := p["TrimBox"], p["BleedBox"], p["MediaBox"]
		if w, h := trim[2]-trim[0], trim[3]-trim[1]; math.Abs(w-mm(cb.Width)) > 1 || math.Abs(h-mm(cb.Height)) > 1 {
			t.Errorf("board %d page %d: TrimBox %v is %.1f×%.1f pt, not the paper %g×%g mm", cb.Number, i+1, trim, w, h, cb.Width, cb.Height)
		}
		if !inset(bleed, trim, mm(cb.Bleed)) {
			t.Errorf("board %d page %d: TrimBox %v is not inside BleedBox %v by the bleed (%g mm)", cb.Number, i+1, trim, bleed, cb.Bleed)
		}
		if !inset(media, trim, mm(cb.Bleed)+slug) {
			t.Errorf("board %d page %d: TrimBox %v is not inside MediaBox %v by the bleed and slug (%.1f pt)", cb.Number, i+1, trim, media, mm(cb.Bleed)+slug)
		}
		if cb.CropMarks {
			cropMarksIn(t, cb.Number, pdf, i+1, media, bleed, trim)
		}
	}
}

// cropMarksIn renders one page at 144 dpi and reads its slug (the
// MediaBox outside the BleedBox): every dark pixel there lies on a trim
// edge extended and at least the marks' gap away from the bleed, and each
// of the eight marks is there.
func cropMarksIn(t *testing.T, number int, pdf string, page int, media, bleed, trim box) {
	t.Helper()
	const dpi = 144
	k := dpi / 72.0
	out := filepath.Join(t.TempDir(), "page")
	n := strconv.Itoa(page)
	if err := exec.Command("pdftoppm", "-png", "-gray", "-r", strconv.Itoa(dpi), "-f", n, "-l", n, "-singlefile", pdf, out).Run(); err != nil {
		t.Fatalf("pdftoppm: %v", err)
	}
	img := readPNG(t, out+".png")
	// px is a point of the page in the image; pt a pixel's centre on the page.
	px := func(x, y float64) (int, int) { return int((x - media[0]) * k), int((media[3] - y) * k) }
	pt := func(i, j int) (float64, float64) { return media[0] + (float64(i)+0.5)/k, media[3] - (float64(j)+0.5)/k }
	dark := func(i, j int) bool {
		g, _, _, _ := img.At(i, j).RGBA()
		return g < 0x9000
	}
	gap, tol := mm(board.MarkGapMM), 1.5/k+0.5
	r := img.Bounds()
	var stray []string
	for j := r.Min.Y; j < r.Max.Y; j++ {
		for i := r.Min.X; i < r.Max.X; i++ {
			x, y := pt(i, j)
			out := max(bleed[0]-x, x-bleed[2], bleed[1]-y, y-bleed[3]) // distance beyond the bleed
			if out < tol || !dark(i, j) {
				continue
			}
			onTrim := math.Abs(x-trim[0]) < tol || math.Abs(x-trim[2]) < tol || math.Abs(y-trim[1]) < tol || math.Abs(y-trim[3]) < tol
			if (!onTrim || out < gap-tol) && len(stray) < 3 {
				stray = append(stray, fmt.Sprintf("(%.1f, %.1f)", x, y))
			}
		}
	}
	if len(stray) > 0 {
		t.Errorf("board %d page %d: ink in the slug off the trim lines or within %g mm of the bleed, at %v pt", number, page, board.MarkGapMM, stray)
	}
	mid := gap + mm(board.MarkLenMM)/2
	for _, x := range []float64{trim[0], trim[2]} {
		for _, y := range []float64{trim[1], trim[3]} {
			ex, ey := bleed[0]-mid, bleed[1]-mid
			if x == trim[2] {
				ex = bleed[2] + mid
			}
			if y == trim[3] {
				ey = bleed[3] + mid
			}
			if i, j := px(x, ey); !darkNear(dark, i, j) {
				t.Errorf("board %d page %d: no crop mark on the trim line x = %.1f beyond the bleed at y = %.1f", number, page, x, ey)
			}
			if i, j := px(ex, y); !darkNear(dark, i, j) {
				t.Errorf("board %d page %d: no crop mark on the trim line y = %.1f beyond the bleed at x = %.1f", number, page, y, ex)
			}
		}
	}
}

// darkNear: a dark pixel at (i, j) or next to it (a hairline falls between
// pixels).
func darkNear(dark func(int, int) bool, i, j int) bool {
	for di := -1; di <= 1; di++ {
		for dj := -1; dj <= 1; dj++ {
			if dark(i+di, j+dj) {
				return true
			}
		}
	}
	return false
}

func readPNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}
