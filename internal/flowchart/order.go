package flowchart

import (
	"cmp"
	"slices"
)

// orderLayers returns the nodes of each layer from left to right: first in
// depth-first order from the start, so a step's main outcome comes before its
// branches, then improved by barycentre sweeps, keeping the order with the
// fewest crossings.
func (g *graph) orderLayers() [][]int {
	layers := g.depthFirstOrder()
	best, bestX := clone(layers), g.orderCost(layers)
	for sweep := 0; sweep < 8 && bestX > 0; sweep++ {
		if sweep%2 == 0 {
			for l := 1; l < len(layers); l++ {
				g.sortByBarycentre(layers[l], layers[l-1], g.pred)
			}
		} else {
			for l := len(layers) - 2; l >= 0; l-- {
				g.sortByBarycentre(layers[l], layers[l+1], g.succ)
			}
		}
		if x := g.orderCost(layers); x < bestX {
			best, bestX = clone(layers), x
		}
	}
	g.transpose(best)
	return best
}

// transpose swaps neighbours in a layer while that removes crossings.
func (g *graph) transpose(layers [][]int) {
	for improved := true; improved; {
		improved = false
		for _, layer := range layers {
			for i := 0; i+1 < len(layer); i++ {
				before := g.orderCost(layers)
				layer[i], layer[i+1] = layer[i+1], layer[i]
				if g.orderCost(layers) < before {
					improved = true
				} else {
					layer[i], layer[i+1] = layer[i+1], layer[i]
				}
			}
		}
	}
}

func clone(layers [][]int) [][]int {
	out := make([][]int, len(layers))
	for i, l := range layers {
		out[i] = slices.Clone(l)
	}
	return out
}

// depthFirstOrder lists nodes by layer in the order a depth-first walk that
// takes each step's edges in order first meets them.
func (g *graph) depthFirstOrder() [][]int {
	layers := make([][]int, g.layers)
	seen := make([]bool, g.nodes())
	var visit func(v int)
	visit = func(v int) {
		for _, ei := range g.out(v) {
			ch := g.chain[ei]
			for _, u := range ch[1:] {
				if !seen[u] {
					seen[u] = true
					layers[g.layer[u]] = append(layers[g.layer[u]], u)
				}
			}
			visit(ch[len(ch)-1])
		}
	}
	for v := range g.steps { // the start, then connectors that begin a part
		if g.layer[v] == 0 && !seen[v] && (v == 0 || len(g.pred[v]) == 0) {
			seen[v] = true
			layers[0] = append(layers[0], v)
			visit(v)
		}
	}
	return layers
}

// sortByBarycentre orders layer by the mean position of each node's
// neighbours in the fixed layer; nodes without neighbours keep their place.
func (g *graph) sortByBarycentre(layer, fixed []int, nbrs [][]int) {
	pos := map[int]float64{}
	for i, v := range fixed {
		pos[v] = float64(i)
	}
	key := map[int]float64{}
	for i, v := range layer {
		key[v] = float64(i)
		sum, n := 0.0, 0
		for _, u := range nbrs[v] {
			if p, ok := pos[u]; ok {
				sum += p
				n++
			}
		}
		if n > 0 {
			key[v] = sum / float64(n)
		}
	}
	slices.SortStableFunc(layer, func(a, b int) int { return cmp.Compare(key[a], key[b]) })
}

// orderCost is what an ordering costs: crossings first, then edges that
// change sides of the spine between two layers, which draw long sideways
// lines across the main flow.
func (g *graph) orderCost(layers [][]int) int {
	return 10*g.crossings(layers) + g.sideChanges(layers)
}

func (g *graph) sideChanges(layers [][]int) int {
	side := make([]int, g.nodes())
	for _, layer := range layers {
		sp := -1
		for i, v := range layer {
			if g.spine[v] {
				sp = i
			}
		}
		for i, v := range layer {
			if sp >= 0 && !g.spine[v] {
				side[v] = cmp.Compare(i, sp)
			}
		}
	}
	n := 0
	for u := range g.nodes() {
		for _, w := range g.succ[u] {
			if side[u]*side[w] < 0 {
				n++
			}
		}
	}
	return n
}

// crossings counts pairs of edge segments between adjacent layers that cross.
func (g *graph) crossings(layers [][]int) int {
	total := 0
	for l := 0; l+1 < len(layers); l++ {
		pos := map[int]int{}
		for i, v := range layers[l] {
			pos[v] = i
		}
		for i, v := range layers[l+1] {
			pos[v] = i
		}
		var segs [][2]int
		for _, u := range layers[l] {
			for _, w := range g.succ[u] {
				segs = append(segs, [2]int{pos[u], pos[w]})
			}
		}
		for i := range segs {
			for j := i + 1; j < len(segs); j++ {
				a, b := segs[i], segs[j]
				if (a[0]-b[0])*(a[1]-b[1]) < 0 {
					total++
				}
			}
		}
	}
	return total
}
