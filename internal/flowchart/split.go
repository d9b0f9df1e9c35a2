package flowchart

import (
	"maps"
	"math"
	"slices"
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
	if err != nil || whole.Height <= maxHeight {
		return []*Layout{whole}, err
	}
	sp := &splitter{c: c, o: o, layer: map[string]int{}, letters: map[string]string{}}
	for _, b := range whole.Boxes {
		sp.layer[b.ID] = b.Layer
	}
	top, bottom := whole.rowSpans()
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
	width := 0.0
	for _, p := range parts {
		width = max(width, p.Width)
	}
	for i, p := range parts {
		p.Title = partTitle(c.Title, i, len(parts))
		p.widen(width)
	}
	return parts, nil
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
	c       *Chart
	o       Options
	layer   map[string]int    // row of each step in the whole chart
	letters map[string]string // connector letter of each step entered from an earlier part
}

type part struct {
	layout *Layout
	last   int
}

// fit lays out rows first..last, dropping rows from the end until the part
// is short enough, and keeps the connector letters of the part it settles on.
func (sp *splitter) fit(first, last int, maxHeight float64) (part, error) {
	for {
		letters := maps.Clone(sp.letters)
		l, err := Lay(sp.chart(first, last, letters), sp.o)
		if err != nil {
			return part{}, err
		}
		if l.Height <= maxHeight || last == first {
			sp.letters = letters
			return part{l, last}, nil
		}
		last--
	}
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
