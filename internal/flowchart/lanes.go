package flowchart

import "math"

// separateLanes moves apart the lanes of two edges that would stand on one
// vertical line in consecutive layers: one edge leaving its lane and the
// next entering its own at the same x would read as a single line. The
// lower edge's lane (with the straight run below it) steps outward, away
// from the boxes, or the other way when a box blocks it, and the layers are
// spread again.
func (g *graph) separateLanes(order [][]int, x, width []float64, m metrics) {
	laneEdge := g.laneEdges()
	tries := map[int]int{}
	for range 8 {
		bias := map[int]float64{}
		for l := 0; l+1 < len(order); l++ {
			for _, u := range order[l] {
				for _, w := range order[l+1] {
					if !g.isLane(u) || !g.isLane(w) || laneEdge[u] == laneEdge[w] || math.Abs(x[u]-x[w]) >= m.laneGap*0.75 {
						continue
					}
					d := outward(order[l+1], w, x) * m.laneGap
					if tries[w]++; tries[w] > 2 {
						d = -d // blocked that way (by a box): try the other side
					}
					for _, v := range g.straightRun(w, x, m) {
						bias[v] = d
					}
				}
			}
		}
		if len(bias) == 0 {
			return
		}
		for _, layer := range order {
			g.spreadLayer(layer, x, width, m, func(v int) (float64, bool) {
				if b, ok := bias[v]; ok {
					return x[v] + b, true
				}
				return x[v], true
			})
		}
	}
}

// straightRun is lane w and the lanes below it that carry its edge straight
// on, which must move with it.
func (g *graph) straightRun(w int, x []float64, m metrics) []int {
	run := []int{w}
	for v := w; len(g.succ[v]) == 1 && g.isLane(g.succ[v][0]) && math.Abs(x[g.succ[v][0]]-x[v]) < m.laneGap/2; {
		v = g.succ[v][0]
		run = append(run, v)
	}
	return run
}

// laneEdges maps each lane to the edge it carries.
func (g *graph) laneEdges() map[int]int {
	out := map[int]int{}
	for ei, ch := range g.chain {
		for _, v := range ch[1 : len(ch)-1] {
			out[v] = ei
		}
	}
	return out
}

// outward is -1 when v is left of the middle of its layer, else +1.
func outward(layer []int, v int, x []float64) float64 {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, u := range layer {
		lo, hi = math.Min(lo, x[u]), math.Max(hi, x[u])
	}
	if x[v] < (lo+hi)/2 {
		return -1
	}
	return 1
}
