package flowchart

import (
	"cmp"
	"slices"

	"github.com/gongkai/gongkai/internal/textfit"
)

// port is where an edge meets a box side, with the room its branch label
// takes to its right.
type port struct {
	edge         int
	want, weight float64
	ext          float64 // label room right of the port, or 0
}

// labelRoom is how far right of its edge a branch label reaches.
func labelRoom(label string, m metrics) float64 {
	if label == "" {
		return 0
	}
	return 0.35*m.f + textfit.Width(label)*m.labelSize
}

// minBoxWidth is the width a step's box needs for its edges and labels.
func (g *graph) minBoxWidth(v int, m metrics) float64 {
	out, in := 0.0, 0.0
	for _, e := range g.edges {
		if e.from == v {
			out += labelRoom(e.label, m) + m.portGap
		}
		if e.to == v {
			in += m.portGap
		}
	}
	return max(out, in) + 2*m.pad
}

// sourcePorts places the start of every edge on the bottom of its box,
// ordered by where the edge is going, so edges leaving one box never cross.
func (g *graph) sourcePorts(x, width []float64, m metrics) []float64 {
	sx := make([]float64, len(g.edges))
	for v := range g.steps {
		var ps []port
		for _, ei := range g.out(v) {
			next := g.chain[ei][1]
			ps = append(ps, port{edge: ei, want: x[next], weight: g.portWeight(ei), ext: labelRoom(g.edges[ei].label, m)})
		}
		g.placePorts(ps, x[v], width[v], m, sx)
	}
	return sx
}

// targetPorts places the end of every edge on the top of its box, each as
// near as it can to where the edge comes from, so most edges run straight.
func (g *graph) targetPorts(x, width, sx []float64, m metrics) []float64 {
	tx := make([]float64, len(g.edges))
	for v := range g.steps {
		var ps []port
		for ei, e := range g.edges {
			if e.to != v {
				continue
			}
			ch := g.chain[ei]
			from := sx[ei]
			if len(ch) > 2 {
				from = x[ch[len(ch)-2]]
			}
			ps = append(ps, port{edge: ei, want: from, weight: g.portWeight(ei)})
		}
		g.placePorts(ps, x[v], width[v], m, tx)
	}
	return tx
}

func (g *graph) portWeight(ei int) float64 {
	if g.spine[g.edges[ei].from] && g.onSpine(ei) {
		return 1e6
	}
	return 1
}

// onSpine reports whether the edge is the spine's own.
func (g *graph) onSpine(ei int) bool {
	es := g.out(g.edges[ei].from)
	return len(es) > 0 && es[0] == ei
}

// placePorts spreads ports along a box side of centre cx and width w and
// writes their x into at.
func (g *graph) placePorts(ps []port, cx, w float64, m metrics, at []float64) {
	if len(ps) == 0 {
		return
	}
	lo, hi := cx-w/2+m.pad, cx+w/2-m.pad
	for i := range ps {
		ps[i].want = min(max(ps[i].want, lo), hi-ps[i].ext)
	}
	slices.SortStableFunc(ps, func(a, b port) int { return cmp.Compare(a.want, b.want) })
	want, wt, gap := make([]float64, len(ps)), make([]float64, len(ps)), make([]float64, len(ps)-1)
	for i, p := range ps {
		want[i], wt[i] = p.want, p.weight
		if i > 0 {
			gap[i-1] = ps[i-1].ext + m.portGap
		}
	}
	xs := spreadWithin(want, wt, gap, lo, hi-ps[len(ps)-1].ext)
	for i, p := range ps {
		at[p.edge] = xs[i]
	}
}
