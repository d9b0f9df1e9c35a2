package flowchart

import "math"

// spread places items along a line as near as it can to where each wants to
// be, keeping their order and a minimum distance between neighbours: it
// minimises Σ weight·(x−want)² subject to x[i+1] − x[i] ≥ gap[i]. This is
// isotonic regression after shifting each item by the gaps before it, solved
// exactly by pooling adjacent violators. A heavy item barely moves, so the
// spine of a chart stays straight while branches make room beside it.
func spread(want, weight, gap []float64) []float64 {
	return spreadWithin(want, weight, gap, math.Inf(-1), math.Inf(1))
}

// spreadWithin is spread with every item kept in [lo, hi]. After the shift
// by the gaps the bounds are the same for every item, and clamping the
// unbounded solution to them is then the bounded optimum. When the items do
// not fit, they are centred between the bounds.
func spreadWithin(want, weight, gap []float64, lo, hi float64) []float64 {
	n := len(want)
	offset := make([]float64, n)
	for i := 1; i < n; i++ {
		offset[i] = offset[i-1] + gap[i-1]
	}
	type block struct {
		sum, w float64
		n      int
	}
	var blocks []block
	for i := range n {
		b := block{sum: weight[i] * (want[i] - offset[i]), w: weight[i], n: 1}
		for len(blocks) > 0 {
			last := blocks[len(blocks)-1]
			if last.sum/last.w < b.sum/b.w {
				break
			}
			blocks = blocks[:len(blocks)-1]
			b = block{sum: last.sum + b.sum, w: last.w + b.w, n: last.n + b.n}
		}
		blocks = append(blocks, b)
	}
	top := hi - offset[n-1]
	x := make([]float64, 0, n)
	for _, b := range blocks {
		y := b.sum / b.w
		if lo > top {
			y = (lo + top) / 2
		} else {
			y = min(max(y, lo), top)
		}
		for range b.n {
			x = append(x, y+offset[len(x)])
		}
	}
	return x
}
