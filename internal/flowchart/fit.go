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
	if aspect <= 0 {
		return Lay(c, o)
	}
	f, err := NewFits(c, o)
	if err != nil {
		return nil, err
	}
	return f.For(aspect), nil
}

// Fits are the layouts Fit chooses among: the chart whole, and in two to
// four parts side by side, with boxes of three widths. None depends on the
// space, so a chart fitted to many spaces (a board tried at several type
// sizes, a power on several boards) is laid out once.
type Fits struct {
	whole *Layout
	cands []*Layout // in the order Fit weighs them
}

// NewFits lays out every layout Fit may choose for c.
func NewFits(c *Chart, o Options) (*Fits, error) {
	o = o.withDefaults()
	whole, err := Lay(c, o)
	if err != nil {
		return nil, err
	}
	return newFits(c, o, newSplitter(c, o, whole))
}

// newFits is NewFits with c laid out with o already: first, the splitter
// of that layout (which may have cut it before).
func newFits(c *Chart, o Options, first *splitter) (*Fits, error) {
	f := &Fits{whole: first.whole}
	for i, tw := range []float64{o.TextWidth, o.TextWidth * 1.25, o.TextWidth * 1.5} {
		wo := o
		wo.TextWidth = tw
		sp := first
		if i > 0 {
			w, err := Lay(c, wo)
			if err != nil {
				return nil, err
			}
			sp = newSplitter(c, wo, w)
		}
		for k := 1; k <= 4; k++ {
			l, err := sp.fitIn(k)
			if err != nil {
				return nil, err
			}
			if l == nil {
				break
			}
			f.cands = append(f.cands, l)
		}
	}
	return f, nil
}

// For is the layout that draws largest in a space of the given aspect
// ratio (see Fit). Callers share it: draw it, never change it.
func (f *Fits) For(aspect float64) *Layout {
	if aspect <= 0 {
		return f.whole
	}
	best, bestScale := f.whole, fitScale(f.whole, aspect)
	for _, l := range f.cands {
		if s := fitScale(l, aspect); s > bestScale*1.05 { // a clear gain only: the web's shape reads best
			best, bestScale = l, s
		}
	}
	return best
}

// fitIn is the chart in k parts side by side, or nil when it does not
// split that far.
func (sp *splitter) fitIn(k int) (*Layout, error) {
	if k == 1 {
		return sp.whole, nil
	}
	parts, err := sp.splitInto(k)
	if err != nil || len(parts) < 2 {
		return nil, err
	}
	return Compose(parts, sp.whole.m.boxGap), nil
}

// fitScale is how large l can be drawn in a space of the given aspect and
// unit height.
func fitScale(l *Layout, aspect float64) float64 {
	return math.Min(aspect/l.Width, 1/l.Height)
}

// splitInto splits the chart into at most k parts, as even in height as
// the rows allow. Only the cut it settles on is finished (copied).
func (sp *splitter) splitInto(k int) ([]*Layout, error) {
	for h := sp.whole.Height / float64(k); ; h *= 1.06 {
		parts, err := sp.cut(h)
		if err != nil {
			return nil, err
		}
		if len(parts) <= k {
			return sp.finish(parts), nil
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
