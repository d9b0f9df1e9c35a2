package board

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/publish"
)

// cropMarks draws the trim corners in the bleed: a short black line on a
// white one, so they show on any background.
func cropMarks(g *geometry) template.HTML {
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
	d := lines.String()
	return template.HTML(fmt.Sprintf(`<svg class="crop" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" aria-hidden="true"><path d="%s" stroke="#fff" stroke-width="0.75" fill="none"/><path d="%s" stroke="#000" stroke-width="0.25" fill="none"/></svg>`,
		num(w), num(h), d, d)) //nolint:gosec // numbers only
}

// Render writes every board's sheets and the print room's index, and
// returns the number of pages written.
func Render(site *model.Site, tpl *layout.Set, w *publish.Writer) (int, error) {
	return output.Write(Files(site, tpl, output.Once()), w)
}
