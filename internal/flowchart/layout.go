package flowchart

import (
	"math"

	"github.com/gongkai/gongkai/internal/textfit"
)

// Layout is a chart placed on a canvas: boxes, edge routes and labels, in
// px. Width and Height are the chart's intrinsic size; boards and kiosks
// scale it as a whole (see Aspect).
type Layout struct {
	Title         string
	Width, Height float64
	Boxes         []*Box   // in the chart's step order
	Routes        []*Route // in the chart's edge order
	m             metrics
}

// Route is an edge drawn as an orthogonal polyline from the bottom of one
// box to the top of another, ending in an arrowhead.
type Route struct {
	From, To string  // step ids
	Points   []Point // first on the source box, last on the target box
	Label    *Text   // the branch label, or nil
}

// Aspect is the chart's width divided by its height.
func (l *Layout) Aspect() float64 { return l.Width / l.Height }

// Size is the chart's intrinsic size as SVG writes it in the viewBox
// (rounded to a tenth of a px): what a channel scales the drawing from.
func (l *Layout) Size() (w, h float64) { return round(l.Width), round(l.Height) }

// FontSize is the size of the field text in px at the intrinsic size; a
// sheet scaling the chart by k prints it at k times this.
func (l *Layout) FontSize() float64 { return l.m.f }

// Lay places a chart. It fails when an edge leads to a missing step, when
// steps form a cycle (a *CycleError) or when a step cannot be reached from
// the first; content validation reports these with file and line first.
func Lay(c *Chart, o Options) (*Layout, error) {
	m := newMetrics(o.withDefaults())
	g, err := newGraph(c)
	if err != nil {
		return nil, err
	}
	width := make([]float64, g.nodes())
	boxes := make([]*Box, g.steps)
	g.inset = make([]float64, g.steps)
	for v := range g.steps {
		g.inset[v] = m.pad
		width[v] = max(2*m.pad+m.labelCol+m.textCol, g.minBoxWidth(v, m))
		if m.namesOnly {
			width[v] = max(2*m.pad+2*m.numberR+0.5*m.f+m.textCol*0.6, g.minBoxWidth(v, m))
		}
		if c.Steps[v].Connector != "" {
			g.inset[v] = 0.25 * m.connectorR // edges meet a circle near its middle
			width[v] = max(2*m.connectorR, float64(g.degree(v))*m.portGap+2*g.inset[v])
			boxes[v] = sizeConnector(&c.Steps[v], width[v], m)
			continue
		}
		n := c.Steps[v].Number
		if n == 0 {
			n = v + 1
		}
		boxes[v] = m.lines.box(&c.Steps[v], n, width[v], m)
	}
	order := g.orderLayers()
	x := g.placeX(order, width, m)
	g.separateLanes(order, x, width, m)
	sx := g.sourcePorts(x, width, m)
	tx := g.targetPorts(x, width, sx, m)
	g.separatePorts(x, width, sx, tx, m)
	chans := g.channels(x, sx, tx, m)
	l := &Layout{Title: c.Title, Boxes: boxes, m: m}
	top := g.placeRows(order, boxes, x, chans, m)
	for v, b := range boxes {
		b.Layer = g.layer[v]
	}
	l.route(g, c, x, sx, tx, chans, top)
	l.fitCanvas()
	return l, nil
}

// channel is the space between layer k and k+1: its jogs and, once rows
// are placed, where its label band and tracks are.
type channel struct {
	jogs      []*jog
	byEdge    map[int]*jog
	tracks    int
	labels    bool
	trackTop  float64
	rowBottom float64
}

// channels finds, between each pair of layers, the edges that must jog
// sideways, and gives them tracks.
func (g *graph) channels(x, sx, tx []float64, m metrics) []*channel {
	chans := make([]*channel, g.layers)
	for i := range chans {
		chans[i] = &channel{byEdge: map[int]*jog{}}
	}
	for ei, ch := range g.chain {
		if g.edges[ei].label != "" {
			chans[g.layer[ch[0]]].labels = true
		}
		for k := 0; k+1 < len(ch); k++ {
			s, t := x[ch[k]], x[ch[k+1]]
			if k == 0 {
				s = sx[ei]
			}
			if k+2 == len(ch) {
				t = tx[ei]
			}
			if near(s, t) {
				if k+2 == len(ch) {
					tx[ei] = s
				} else {
					x[ch[k+1]] = s
				}
				continue
			}
			c := chans[g.layer[ch[k]]]
			j := &jog{edge: ei, s: s, t: t}
			c.jogs = append(c.jogs, j)
			c.byEdge[ei] = j
		}
	}
	for _, c := range chans {
		c.tracks = assignTracks(c.jogs, m)
	}
	return chans
}

// placeRows sets the y of every layer, top-aligning its boxes, and of every
// channel's tracks. It returns the top of each layer.
func (g *graph) placeRows(order [][]int, boxes []*Box, x []float64, chans []*channel, m metrics) []float64 {
	top := make([]float64, len(order))
	y := 0.0
	for l, layer := range order {
		top[l] = y
		rowH := 0.0
		for _, v := range layer {
			if !g.isLane(v) {
				b := boxes[v]
				b.move(x[v]-b.Rect.W/2-b.Rect.X, y-b.Rect.Y)
				rowH = max(rowH, b.Rect.H)
			}
		}
		c := chans[l]
		c.rowBottom = y + rowH
		band := 0.0
		if c.labels {
			band = 0.3*m.f + m.labelH
		}
		if c.tracks == 0 {
			y = c.rowBottom + max(band+1.4*m.f, 2.4*m.f)
			continue
		}
		c.trackTop = c.rowBottom + band + 1.0*m.f
		y = c.trackTop + float64(c.tracks-1)*m.trackGap + 1.6*m.f
	}
	return top
}

// route draws each edge through its channels and places its label.
func (l *Layout) route(g *graph, c *Chart, x, sx, tx []float64, chans []*channel, top []float64) {
	m := l.m
	for ei, e := range g.edges {
		ch := g.chain[ei]
		src := l.Boxes[e.from]
		pts := []Point{{sx[ei], src.Rect.Bottom()}}
		for k := 0; k+1 < len(ch); k++ {
			// an edge crosses each channel once, so it has at most one jog there
			if j, ok := chans[g.layer[ch[k]]].byEdge[ei]; ok {
				y := chans[g.layer[ch[k]]].trackTop + float64(j.track)*m.trackGap
				pts = append(pts, Point{j.s, y}, Point{j.t, y})
			}
		}
		pts = append(pts, Point{tx[ei], top[g.layer[e.to]]})
		r := &Route{From: c.Steps[e.from].ID, To: c.Steps[e.to].ID, Points: simplify(pts)}
		if e.label != "" {
			w := textfit.AnyFont.Width(e.label) * m.labelSize
			x := sx[ei] + 0.35*m.f
			if g.labelLeft(ei) {
				x = sx[ei] - 0.35*m.f - w
			}
			r.Label = &Text{X: x, Y: src.Rect.Bottom() + 0.3*m.f, W: w, H: m.labelH, Size: m.labelSize, Str: e.label, Role: "branch"}
		}
		l.Routes = append(l.Routes, r)
	}
}

// simplify drops points that lie on a straight line between their
// neighbours.
func simplify(pts []Point) []Point {
	out := []Point{pts[0]}
	for i := 1; i < len(pts); i++ {
		p := pts[i]
		if n := len(out); n >= 2 {
			a, b := out[n-2], out[n-1]
			if (near(a.X, b.X) && near(b.X, p.X)) || (near(a.Y, b.Y) && near(b.Y, p.Y)) {
				out[n-1] = p
				continue
			}
		}
		if near(out[len(out)-1].X, p.X) && near(out[len(out)-1].Y, p.Y) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// fitCanvas moves everything so the chart starts at the margin, rounds
// every coordinate and sets the canvas size.
func (l *Layout) fitCanvas() {
	minX, maxX, maxY := math.Inf(1), math.Inf(-1), 0.0
	for _, b := range l.Boxes {
		minX, maxX, maxY = math.Min(minX, b.Rect.X), math.Max(maxX, b.Rect.Right()), math.Max(maxY, b.Rect.Bottom())
	}
	for _, r := range l.Routes {
		for _, p := range r.Points {
			minX, maxX = math.Min(minX, p.X), math.Max(maxX, p.X)
		}
		if r.Label != nil {
			minX, maxX = math.Min(minX, r.Label.X), math.Max(maxX, r.Label.X+r.Label.W)
		}
	}
	dx, dy := l.m.margin-minX, l.m.margin
	for _, b := range l.Boxes {
		b.move(dx, dy)
		b.roundAll()
	}
	for _, r := range l.Routes {
		for i := range r.Points {
			r.Points[i] = Point{round(r.Points[i].X + dx), round(r.Points[i].Y + dy)}
		}
		if t := r.Label; t != nil {
			t.X, t.Y = t.X+dx, t.Y+dy
			t.round()
		}
	}
	l.Width = math.Ceil(maxX - minX + 2*l.m.margin)
	l.Height = math.Ceil(maxY + 2*l.m.margin)
}

// roundRect rounds the sides, not the size, so a route that starts on a
// box's rounded bottom still meets it.
func roundRect(rc *Rect) {
	x0, y0, x1, y1 := round(rc.X), round(rc.Y), round(rc.Right()), round(rc.Bottom())
	*rc = Rect{x0, y0, round(x1 - x0), round(y1 - y0)}
}

func (t *Text) round() {
	t.X, t.Y, t.W, t.H = round(t.X), round(t.Y), round(t.W), round(t.H)
}

func (b *Box) roundAll() {
	r := roundRect
	r(&b.Rect)
	r(&b.Head)
	for i := range b.Texts {
		b.Texts[i].round()
	}
	if bd := b.Badge; bd != nil {
		r(&bd.Rect)
		bd.Text.round()
		for i, p := range bd.Triangle {
			bd.Triangle[i] = Point{round(p.X), round(p.Y)}
		}
	}
}
