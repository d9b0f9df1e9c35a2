package flowchart

import (
	"math"
	"strings"
)

// Fit lays a chart out for a space of the given aspect ratio (width ÷
// height), as large as it can be drawn there: whole, or split (see Split)
// into two, three or four parts set side by side and read column by column,
// with boxes up to half as wide again (fewer wrapped lines), whichever lets
// the text be biggest. A tall chart on a poster column
// becomes two or three columns of boxes joined by lettered connectors
// instead of one thin strip of small type. The result is one drawing: scale
// it to the space's width.
func Fit(c *Chart, o Options, aspect float64) (*Layout, error) {
	o = o.withDefaults()
	whole, err := Lay(c, o)
	if err != nil || aspect <= 0 {
		return whole, err
	}
	best, bestScale := whole, fitScale(whole, aspect)
	for _, tw := range []float64{o.TextWidth, o.TextWidth * 1.25, o.TextWidth * 1.5} {
		wo := o
		wo.TextWidth = tw
		w, err := Lay(c, wo)
		if err != nil {
			return nil, err
		}
		for k := 1; k <= 4; k++ {
			l, err := fitIn(c, wo, w, k)
			if err != nil {
				return nil, err
			}
			if l == nil {
				break
			}
			if s := fitScale(l, aspect); s > bestScale*1.05 { // a clear gain only: the web's shape reads best
				best, bestScale = l, s
			}
		}
	}
	return best, nil
}

// fitIn is the chart in k parts side by side, or nil when it does not
// split that far.
func fitIn(c *Chart, o Options, whole *Layout, k int) (*Layout, error) {
	if k == 1 {
		return whole, nil
	}
	parts, err := splitInto(c, o, whole, k)
	if err != nil || len(parts) < 2 {
		return nil, err
	}
	return Compose(parts, whole.m.boxGap), nil
}

// fitScale is how large l can be drawn in a space of the given aspect and
// unit height.
func fitScale(l *Layout, aspect float64) float64 {
	return math.Min(aspect/l.Width, 1/l.Height)
}

// splitInto splits a chart into at most k parts, as even in height as the
// rows allow.
func splitInto(c *Chart, o Options, whole *Layout, k int) ([]*Layout, error) {
	for h := whole.Height / float64(k); ; h *= 1.06 {
		parts, err := Split(c, o, h)
		if err != nil || len(parts) <= k {
			return parts, err
		}
	}
}

// Compose sets parts of one chart side by side, gap apart, as one drawing
// read column by column: the parts of Split, which share a width.
func Compose(parts []*Layout, gap float64) *Layout {
	out := &Layout{m: parts[0].m, Title: trimPart(parts[0].Title)}
	x := 0.0
	for i, p := range parts {
		for _, b := range p.Boxes {
			nb := *b
			nb.ID = partID(b.ID, i)
			nb.Texts = append([]Text(nil), b.Texts...)
			if b.Badge != nil {
				bd := *b.Badge
				nb.Badge = &bd
			}
			nb.move(x, 0)
			nb.roundAll()
			out.Boxes = append(out.Boxes, &nb)
		}
		for _, r := range p.Routes {
			nr := *r
			nr.From, nr.To = partID(r.From, i), partID(r.To, i)
			nr.Points = nil
			for _, pt := range r.Points {
				nr.Points = append(nr.Points, Point{round(pt.X + x), pt.Y})
			}
			if r.Label != nil {
				lb := *r.Label
				lb.X = round(lb.X + x)
				nr.Label = &lb
			}
			out.Routes = append(out.Routes, &nr)
		}
		out.Height = math.Max(out.Height, p.Height)
		x += p.Width + gap
	}
	out.Width = math.Ceil(x - gap)
	return out
}

// trimPart drops the "（第1部分，共3部分）" that Split adds to titles.
func trimPart(title string) string {
	if i := strings.LastIndex(title, "（第"); i >= 0 {
		return title[:i]
	}
	return title
}

// partID keeps connector ids apart when parts are composed: an edge may
// leave two parts for the same step.
func partID(id string, i int) string {
	if strings.HasPrefix(id, "in:") || strings.HasPrefix(id, "out:") {
		return "p" + itoa(i+1) + ":" + id
	}
	return id
}
