package flowchart

import (
	"math"
	"slices"
)

// end is where an edge enters or leaves a channel: at a port of a box or at
// a lane.
type end struct {
	edge int
	x    float64
	port bool
}

// separatePorts keeps edge ends in one channel apart: an end above and an
// end below at the same x, on different edges, would draw two edges on one
// line. A port moves aside within its box, a lane (with the straight run it
// belongs to) moves aside within its layers; the lower end first.
func (g *graph) separatePorts(x, width, sx, tx []float64, m metrics) {
	minSep := 0.75 * m.portGap
	for range 4 {
		moved := false
		for k := 0; k+1 < g.layers; k++ {
			ups, downs := g.channelEnds(k, x, sx, tx)
			for _, a := range ups {
				for _, b := range downs {
					if a.edge == b.edge || math.Abs(a.x-b.x) >= minSep {
						continue
					}
					switch {
					case b.port && g.nudge(b.edge, false, x, width, sx, tx, ups, m):
						moved = true
					case a.port && g.nudge(a.edge, true, x, width, sx, tx, downs, m):
						moved = true
					case !b.port && g.shiftLane(g.laneAt(b.edge, k+1), x, width, sx, tx, m):
						moved = true
					case !a.port && g.shiftLane(g.laneAt(a.edge, k), x, width, sx, tx, m):
						moved = true
					}
					ups, downs = g.channelEnds(k, x, sx, tx)
				}
			}
		}
		if !moved {
			return
		}
	}
}

// channelEnds lists the upper and lower ends of every edge crossing the
// channel under layer k.
func (g *graph) channelEnds(k int, x, sx, tx []float64) (ups, downs []end) {
	for ei, ch := range g.chain {
		for i := 0; i+1 < len(ch); i++ {
			if g.layer[ch[i]] != k {
				continue
			}
			u, d := end{ei, x[ch[i]], i == 0}, end{ei, x[ch[i+1]], i+2 == len(ch)}
			if u.port {
				u.x = sx[ei]
			}
			if d.port {
				d.x = tx[ei]
			}
			ups, downs = append(ups, u), append(downs, d)
		}
	}
	return ups, downs
}

// nudge moves the source (bottom) or target (top) port of edge ei aside, to
// the nearest spot that keeps its order and gaps among its box's ports and
// stays clear of the ends across the channel. It reports whether it moved.
func (g *graph) nudge(ei int, source bool, x, width, sx, tx []float64, across []end, m metrics) bool {
	box, at := g.edges[ei].to, tx
	if source {
		box, at = g.edges[ei].from, sx
	}
	var side []int
	for i, e := range g.edges {
		if (source && e.from == box) || (!source && e.to == box) {
			side = append(side, i)
		}
	}
	slices.SortFunc(side, func(a, b int) int { return int(math.Copysign(1, at[a]-at[b])) })
	sides := func(i int) (float64, float64) {
		if source {
			return g.labelSides(i, m)
		}
		return 0, 0
	}
	pos := slices.Index(side, ei)
	l, r := sides(ei)
	lo, hi := x[box]-width[box]/2+g.inset[box]+l, x[box]+width[box]/2-g.inset[box]-r
	if pos > 0 {
		_, pr := sides(side[pos-1])
		lo = max(lo, at[side[pos-1]]+pr+m.portGap+l)
	}
	if pos+1 < len(side) {
		nl, _ := sides(side[pos+1])
		hi = min(hi, at[side[pos+1]]-nl-m.portGap-r)
	}
	for _, step := range []float64{1, -1, 2, -2, 3, -3} {
		c := at[ei] + step*0.75*m.portGap
		if c >= lo && c <= hi && clear(c, ei, across, 0.75*m.portGap) {
			at[ei] = c
			return true
		}
	}
	return false
}

func clear(c float64, ei int, across []end, sep float64) bool {
	for _, e := range across {
		if e.edge != ei && math.Abs(e.x-c) < sep {
			return false
		}
	}
	return true
}

// laneAt is the lane of edge ei on layer l.
func (g *graph) laneAt(ei, l int) int {
	for _, v := range g.chain[ei] {
		if g.isLane(v) && g.layer[v] == l {
			return v
		}
	}
	return -1
}

// shiftLane moves the straight run of lanes through v sideways by half a
// lane gap or more, to the first place where it keeps clear of the nodes of
// its layers and of other edges' ends in the channels it touches.
func (g *graph) shiftLane(v int, x, width, sx, tx []float64, m metrics) bool {
	if v < 0 {
		return false
	}
	run := g.laneRun(v, x)
	old := x[v]
	for _, step := range []float64{0.5, -0.5, 1, -1, 1.5, -1.5} {
		c := old + step*m.laneGap
		if g.laneFits(run, c, x, width, m) {
			for _, u := range run {
				x[u] = c
			}
			if g.runClear(run, x, sx, tx, m) {
				return true
			}
			for _, u := range run {
				x[u] = old
			}
		}
	}
	return false
}

// laneRun is v with the lanes of its edge above and below it on the same x.
func (g *graph) laneRun(v int, x []float64) []int {
	var ch []int
	for _, c := range g.chain {
		if slices.Contains(c, v) {
			ch = c
		}
	}
	i := slices.Index(ch, v)
	lo, hi := i, i
	for lo > 1 && near(x[ch[lo-1]], x[v]) {
		lo--
	}
	for hi+2 < len(ch) && near(x[ch[hi+1]], x[v]) {
		hi++
	}
	return ch[lo : hi+1]
}

// laneFits reports whether lanes of a run can stand at c without coming
// closer than half a lane gap to anything else in their layers.
func (g *graph) laneFits(run []int, c float64, x, width []float64, m metrics) bool {
	for _, v := range run {
		for u := range g.nodes() {
			if u == v || g.layer[u] != g.layer[v] {
				continue
			}
			if math.Abs(x[u]-c) < width[u]/2+m.laneGap/2 {
				return false
			}
		}
	}
	return true
}

// runClear reports whether no other edge has an end within a port gap of
// the run in the channels around it.
func (g *graph) runClear(run []int, x, sx, tx []float64, m metrics) bool {
	ei := -1
	for i, c := range g.chain {
		if slices.Contains(c, run[0]) {
			ei = i
		}
	}
	for k := g.layer[run[0]] - 1; k <= g.layer[run[len(run)-1]]; k++ {
		ups, downs := g.channelEnds(k, x, sx, tx)
		if !clear(x[run[0]], ei, ups, 0.75*m.portGap) || !clear(x[run[0]], ei, downs, 0.75*m.portGap) {
			return false
		}
	}
	return true
}
