package flowchart

import (
	"maps"
	"math"
	"slices"
	"strings"
)

// Split lays a chart out in parts no taller than maxHeight (px at the
// chart's intrinsic size), cut between rows, so a long flow can fill
// several columns of a poster or several kiosk slides at a readable size.
// An edge that crosses a cut ends in a connector circle with a letter at
// the bottom of its part and starts again from the same letter at the top
// of the part with its target, as on a hand-drawn chart. Step numbers are
// kept. A chart that fits comes back whole, as the only part; a single row
// taller than maxHeight makes a part of its own.
func Split(c *Chart, o Options, maxHeight float64) ([]*Layout, error) {
	o = o.withDefaults()
	whole, err := Lay(c, o)
	if err != nil {
		return []*Layout{whole}, err
	}
	return newSplitter(c, o, whole).split(maxHeight)
}

// split cuts the chart into parts no taller than maxHeight (see Split).
func (sp *splitter) split(maxHeight float64) ([]*Layout, error) {
	parts, err := sp.cut(maxHeight)
	if err != nil {
		return nil, err
	}
	return sp.finish(parts), nil
}

// cut is split's parts as laid out and kept by lay, before finish: the
// whole chart alone when it fits.
func (sp *splitter) cut(maxHeight float64) ([]*Layout, error) {
	whole := sp.whole
	if whole.Height <= maxHeight {
		return []*Layout{whole}, nil
	}
	sp.letters, sp.key = map[string]string{}, ""
	top, bottom := sp.top, sp.bottom
	extra := 2*whole.m.connectorR + 2.4*whole.m.f // a connector and its edge, above or below
	var parts []*Layout
	for first := 0; first < len(top); {
		last := first
		for last+1 < len(top) && bottom[last+1]-top[first]+2*whole.m.margin+2*extra <= maxHeight {
			last++
		}
		part, err := sp.fit(first, last, maxHeight)
		if err != nil {
			return nil, err
		}
		parts = append(parts, part.layout)
		first = part.last + 1
	}
	return parts, nil
}

// finish copies the parts cut made, titles them and gives them one width;
// the whole chart stays as it is.
func (sp *splitter) finish(kept []*Layout) []*Layout {
	if len(kept) == 1 && kept[0] == sp.whole {
		return kept
	}
	parts := make([]*Layout, len(kept))
	width := 0.0
	for i, p := range kept {
		parts[i] = p.clone() // lay keeps p for other heights
		width = max(width, p.Width)
	}
	for i, p := range parts {
		p.Title = partTitle(sp.c.Title, i, len(parts))
		p.widen(width)
	}
	return parts
}

// widen centres the drawing on a canvas of width w, so that all parts of a
// chart print at one scale side by side or one after another.
func (l *Layout) widen(w float64) {
	dx := math.Floor((w - l.Width) / 2)
	for _, b := range l.Boxes {
		b.move(dx, 0)
		b.roundAll()
	}
	for _, r := range l.Routes {
		for i := range r.Points {
			r.Points[i].X = round(r.Points[i].X + dx)
		}
		if r.Label != nil {
			r.Label.X = round(r.Label.X + dx)
		}
	}
	l.Width = w
}

type splitter struct {
	c           *Chart
	o           Options
	whole       *Layout
	top, bottom []float64         // of each row of the whole chart
	layer       map[string]int    // row of each step in the whole chart
	letters     map[string]string // connector letter of each step entered from an earlier part
	key         string            // lettersKey(letters)
	laid        map[partKey]laidPart
}

// newSplitter cuts whole, the chart laid out with o, for any number of
// heights: the rows it lays out are kept, since Fit tries many heights and
// most of their parts are the same.
func newSplitter(c *Chart, o Options, whole *Layout) *splitter {
	sp := &splitter{c: c, o: o, whole: whole, layer: map[string]int{}, laid: map[partKey]laidPart{}}
	for _, b := range whole.Boxes {
		sp.layer[b.ID] = b.Layer
	}
	sp.top, sp.bottom = whole.rowSpans()
	return sp
}

type part struct {
	layout *Layout
	last   int
}

// fit lays out rows first..last, dropping rows from the end until the part
// is short enough, and keeps the connector letters of the part it settles on.
func (sp *splitter) fit(first, last int, maxHeight float64) (part, error) {
	for {
		l, letters, key, err := sp.lay(first, last)
		if err != nil {
			return part{}, err
		}
		if l.Height <= maxHeight || last == first {
			sp.letters, sp.key = letters, key
			return part{l, last}, nil
		}
		last--
	}
}

// partKey is what the layout of rows first..last depends on: the rows and
// the connector letters given so far.
type partKey struct {
	first, last int
	letters     string
}

type laidPart struct {
	layout  *Layout
	letters map[string]string // the letters after its own are given; never changed
	key     string            // lettersKey(letters)
	err     error
}

// lay lays out rows first..last with the letters given so far, once for
// every height tried.
func (sp *splitter) lay(first, last int) (*Layout, map[string]string, string, error) {
	k := partKey{first, last, sp.key}
	if p, ok := sp.laid[k]; ok {
		return p.layout, p.letters, p.key, p.err
	}
	letters := maps.Clone(sp.letters)
	l, err := Lay(sp.chart(first, last, letters), sp.o)
	p := laidPart{l, letters, lettersKey(letters), err}
	sp.laid[k] = p
	return l, letters, p.key, err
}

func lettersKey(letters map[string]string) string {
	var b strings.Builder
	for _, id := range slices.Sorted(maps.Keys(letters)) {
		b.WriteString(id + "\x00" + letters[id] + "\x00")
	}
	return b.String()
}

// chart is the chart of rows first..last: connectors in for steps entered
// from earlier rows, the rows' own steps with their numbers, and connectors
// out for edges that go on below last, lettered A, B, C… as first met.
func (sp *splitter) chart(first, last int, letters map[string]string) *Chart {
	row := func(id string) int { return sp.layer[id] }
	in := func(id string) bool { return row(id) >= first && row(id) <= last }
	pc := &Chart{Title: sp.c.Title}
	for _, s := range sp.c.Steps {
		for _, e := range s.Next {
			if in(e.To) && row(s.ID) < first && !slices.ContainsFunc(pc.Steps, func(p Step) bool { return p.ID == "in:"+e.To }) {
				pc.Steps = append(pc.Steps, Step{ID: "in:" + e.To, Connector: letters[e.To], Next: []Edge{{To: e.To}}})
			}
		}
	}
	var outs []string
	for k, s := range sp.c.Steps {
		if !in(s.ID) {
			continue
		}
		ps := s
		if ps.Number == 0 {
			ps.Number = k + 1
		}
		ps.Next = nil
		for _, e := range s.Next {
			if !in(e.To) {
				if letters[e.To] == "" {
					letters[e.To] = string(rune('A' + len(letters)%26))
				}
				if !slices.Contains(outs, e.To) {
					outs = append(outs, e.To)
				}
				e.To = "out:" + e.To
			}
			ps.Next = append(ps.Next, e)
		}
		pc.Steps = append(pc.Steps, ps)
	}
	for _, to := range outs {
		pc.Steps = append(pc.Steps, Step{ID: "out:" + to, Connector: letters[to]})
	}
	return pc
}

// rowSpans is the top and bottom of each row.
func (l *Layout) rowSpans() (top, bottom []float64) {
	for _, b := range l.Boxes {
		for len(top) <= b.Layer {
			top, bottom = append(top, math.Inf(1)), append(bottom, math.Inf(-1))
		}
		top[b.Layer] = min(top[b.Layer], b.Rect.Y)
		bottom[b.Layer] = max(bottom[b.Layer], b.Rect.Bottom())
	}
	return top, bottom
}

func partTitle(title string, i, n int) string {
	return title + "（第" + itoa(i+1) + "部分，共" + itoa(n) + "部分）"
}

// clone is a deep copy of the layout.
func (l *Layout) clone() *Layout {
	out := *l
	out.Boxes = make([]*Box, len(l.Boxes))
	for i, b := range l.Boxes {
		out.Boxes[i] = b.copy()
	}
	out.Routes = make([]*Route, len(l.Routes))
	for i, r := range l.Routes {
		nr := *r
		nr.Points = slices.Clone(r.Points)
		if r.Label != nil {
			lb := *r.Label
			nr.Label = &lb
		}
		out.Routes[i] = &nr
	}
	return &out
}
