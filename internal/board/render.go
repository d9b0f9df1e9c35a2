package board

import (
	"fmt"
	"strings"

	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/publish"
)

// CropMarks are the trim's corners drawn in the bleed, which board.html
// draws as a short black line on a white one, so they show on any
// background: the page box (W, H, in mm, the SVG's viewBox) and the lines
// as SVG path data (D).
type CropMarks struct{ W, H, D string }

// cropMarks are the crop marks of a board with bleed.
func cropMarks(g *geometry) *CropMarks {
	b, w, h := g.Bleed, g.W+2*g.Bleed, g.H+2*g.Bleed
	gap := min(1, b/3)
	var lines strings.Builder
	for _, x := range []float64{b, b + g.W} {
		for _, y := range []float64{b, b + g.H} {
			ex := 0.0
			if x > b {
				ex = w
			}
			ey := 0.0
			if y > b {
				ey = h
			}
			toward := func(edge, at float64) float64 {
				if edge < at {
					return at - gap
				}
				return at + gap
			}
			fmt.Fprintf(&lines, "M%s %sH%sM%s %sV%s", num(ex), num(y), num(toward(ex, x)), num(x), num(ey), num(toward(ey, y)))
		}
	}
	return &CropMarks{W: num(w), H: num(h), D: lines.String()}
}

// Render writes every board's sheets and the print room's index, and
// returns the number of pages written.
func Render(site *model.Site, tpl *layout.Set, w *publish.Writer) (int, error) {
	return output.Write(Files(site, tpl, output.Once()), w)
}
