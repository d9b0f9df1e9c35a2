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
	left, right  float64 // room its label takes on either side, or 0
}

// labelRoom is how far right of its edge a branch label reaches.
func labelRoom(label string, m metrics) float64 {
	if label == "" {
		return 0
	}
	return 0.35*m.f + textfit.AnyFont.Width(label)*m.labelSize
}

// labelLeft reports whether an edge's label stands left of its line: the
// spine's, when branches leave the same box, so the spine can stay in the
// middle of the box with the branch labels to its right.
func (g *graph) labelLeft(ei int) bool {
	return g.onSpine(ei) && len(g.out(g.edges[ei].from)) > 1
}

// labelSides is the room an edge's label takes left and right of its line.
func (g *graph) labelSides(ei int, m metrics) (left, right float64) {
	r := labelRoom(g.edges[ei].label, m)
	if g.labelLeft(ei) {
		return r, 0
	}
	return 0, r
}

// minBoxWidth is the width a step's box needs for its edges and labels.
func (g *graph) minBoxWidth(v int, m metrics) float64 {
	out, in := 0.0, 0.0
	for i, e := range g.edges {
		if e.from == v {
			out += labelRoom(e.label, m) + m.portGap
			if g.labelLeft(i) {
				out += m.portGap // room to keep the spine in the middle
			}
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
			l, r := g.labelSides(ei, m)
			ps = append(ps, port{edge: ei, want: x[next], weight: g.portWeight(ei), left: l, right: r})
		}
		g.placePorts(ps, x[v], width[v], g.inset[v], m, sx)
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
		g.placePorts(ps, x[v], width[v], g.inset[v], m, tx)
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

// placePorts spreads ports along a box side of centre cx and width w, inset
// from its ends, and writes their x into at.
func (g *graph) placePorts(ps []port, cx, w, inset float64, m metrics, at []float64) {
	if len(ps) == 0 {
		return
	}
	lo, hi := cx-w/2+inset, cx+w/2-inset
	// order by where the edges go, then pull each inside the box
	slices.SortStableFunc(ps, func(a, b port) int { return cmp.Compare(a.want, b.want) })
	for i := range ps {
		ps[i].want = min(max(ps[i].want, lo+ps[i].left), hi-ps[i].right)
	}
	want, wt, gap := make([]float64, len(ps)), make([]float64, len(ps)), make([]float64, len(ps)-1)
	for i, p := range ps {
		want[i], wt[i] = p.want, p.weight
		if i > 0 {
			gap[i-1] = ps[i-1].right + m.portGap + ps[i].left
		}
	}
	xs := spreadWithin(want, wt, gap, lo+ps[0].left, hi-ps[len(ps)-1].right)
	for i, p := range ps {
		at[p.edge] = xs[i]
	}
}
