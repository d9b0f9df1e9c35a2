package flowchart

// placeX gives every node the x of its centre. Each layer is spread so its
// nodes keep their order and distance; sweeps down and up pull each node
// toward its neighbours in the layers above and below, weighted so the spine
// stays straight and lanes run straight.
func (g *graph) placeX(order [][]int, width []float64, m metrics) []float64 {
	x := make([]float64, g.nodes())
	for _, layer := range order {
		g.spreadLayer(layer, x, width, m, func(int) (float64, bool) { return 0, true })
	}
	pull := func(v int) (float64, bool) { return g.neighbourMean(v, x) }
	for range 12 {
		for l := 1; l < len(order); l++ {
			g.spreadLayer(order[l], x, width, m, pull)
		}
		for l := len(order) - 2; l >= 0; l-- {
			g.spreadLayer(order[l], x, width, m, pull)
		}
	}
	return x
}

// spreadLayer moves the nodes of one layer to where want puts them, or
// leaves them when it has no opinion, keeping them apart.
func (g *graph) spreadLayer(layer []int, x, width []float64, m metrics, want func(int) (float64, bool)) {
	n := len(layer)
	w, wt, gap := make([]float64, n), make([]float64, n), make([]float64, max(n-1, 0))
	for i, v := range layer {
		w[i], wt[i] = x[v], g.weight[v]
		if d, ok := want(v); ok {
			w[i] = d
		}
		if i > 0 {
			gap[i-1] = width[layer[i-1]]/2 + width[v]/2 + g.gapBetween(layer[i-1], v, m)
		}
	}
	for i, v := range spread(w, wt, gap) {
		x[layer[i]] = v
	}
}

func (g *graph) gapBetween(a, b int, m metrics) float64 {
	if g.isLane(a) || g.isLane(b) {
		return m.laneGap
	}
	return m.boxGap
}

// neighbourMean is the weighted mean x of a node's neighbours on both sides.
func (g *graph) neighbourMean(v int, x []float64) (float64, bool) {
	sum, tw := 0.0, 0.0
	for _, nb := range [][]int{g.pred[v], g.succ[v]} {
		for _, u := range nb {
			w := min(g.weight[u], g.weight[v])
			switch {
			case g.spine[u] != g.spine[v]:
				w = 1
			case g.isLane(v) && !g.isLane(u):
				w = 0.01 // a lane follows its lane neighbours, not the box it leaves
			}
			sum += w * x[u]
			tw += w
		}
	}
	if tw == 0 {
		return 0, false
	}
	return sum / tw, true
}
