package flow

import "math"

// Cell is what Columns knows of a table cell: the widths (em) of its
// paragraphs, and of its widest piece that cannot be broken across lines
// (a Latin word, a number, a CJK character with its punctuation). Each
// channel measures its cells its own way; Columns only does arithmetic.
type Cell struct {
	Paras []float64
	Unit  float64
}

// Sharing is how the width left over, once every column has its least,
// is shared among the columns.
type Sharing int

const (
	// FewestLines hands the width out a step at a time to the column where
	// it saves the most lines across the table's rows, so the table is as
	// short as its text allows (boards: paper is dear).
	FewestLines Sharing = iota
	// LikeBrowser shares it the way a browser's automatic table layout does:
	// a column narrower than an even share of what is left keeps its
	// natural width, so short columns ("性别", "1982年7月") never wrap; the
	// wide ones share the rest in proportion to their natural widths
	// (kiosks).
	LikeBrowser
)

// Table is a table as Columns sees it, and how its columns may be set.
type Table struct {
	Rows [][]Cell
	// Pad is what each column spends beside its text (padding, rules), em;
	// it is part of the widths Columns returns.
	Pad float64
	// Slack is how much narrower than its column text is wrapped, em.
	Slack float64
	// MaxLeast caps a column's least width at this many em of its widest
	// unbreakable piece (0: no cap); MinLeast keeps a column at least this
	// wide unless all its text is narrower (0: none).
	MaxLeast, MinLeast float64
	// Headed: the first row is a header row, which keeps up to four
	// characters of each heading on a line, so "序号" is never stacked one
	// character a line.
	Headed bool
	// Fixed are the widths (em) of columns holding drawings of a fixed size,
	// 0 for the others (nil: none). Such a column gets at least that much
	// and is only widened for its header.
	Fixed []float64
	Share Sharing
}

// Columns decides the widths (em, Pad included) of t's columns, which add
// up to avail, and whether the table must become cards or a stack because
// its columns do not fit at their least widths; then the widths are the
// least ones squeezed to avail. Its cost is linear in the number of cells
// (BenchmarkFlowLongTable).
func Columns(t Table, avail float64) (widths []float64, stack bool) {
	cols := 0
	for _, r := range t.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return nil, false
	}
	fixed := t.Fixed
	if fixed == nil {
		fixed = make([]float64, cols)
	}
	least, want := t.measure(cols, fixed)
	s := sum(least)
	if s > avail || s == avail && t.Share == FewestLines {
		return fit(least, avail, fixed), s > avail
	}
	if t.Share == LikeBrowser {
		return share(want, least, avail), false
	}
	a := &allotment{rows: t.Rows, pad: t.Pad + t.Slack, least: least, want: want, steps: make([]int, cols), cache: map[[2]int][]int{}, step: widthStep(avail - sum(least))}
	for a.grow(avail) {
	}
	w := make([]float64, cols)
	for j := range w {
		w[j] = a.width(j, a.steps[j])
	}
	return fit(w, avail, fixed), false
}

// measure finds each column's least width and the width it would like
// (its widest paragraph on one line), both em with Pad and Slack.
func (t Table) measure(cols int, fixed []float64) (least, want []float64) {
	unit, natural := make([]float64, cols), make([]float64, cols)
	least = make([]float64, cols)
	for r, row := range t.Rows {
		for j, c := range row {
			unit[j] = max(unit[j], c.Unit)
			for _, w := range c.Paras {
				natural[j] = max(natural[j], w)
				if r == 0 && t.Headed {
					least[j] = max(least[j], min(4, w)+t.Slack)
				}
			}
		}
	}
	want = make([]float64, cols)
	for j := range least {
		u := unit[j]
		if t.MaxLeast > 0 {
			u = min(t.MaxLeast, u)
		}
		n := max(natural[j], 1)
		if t.MinLeast > 0 {
			u = max(u, min(n, t.MinLeast))
		}
		least[j] = max(least[j], u+t.Slack) + t.Pad
		want[j] = n + t.Slack + t.Pad
		if fixed[j] > 0 {
			least[j] = max(least[j], fixed[j])
			want[j] = least[j]
		}
	}
	return least, want
}

// widthStep is how much width (em) FewestLines hands out at a time: half
// an em, or more for a wide table, so no table takes more than about 50
// rounds.
func widthStep(spare float64) float64 { return math.Max(0.5, spare/50) }

// fit scales the columns of w to fill avail: the free ones only, while they
// can take it, so a drawing keeps its size.
func fit(w []float64, avail float64, fixed []float64) []float64 {
	free, kept := 0.0, 0.0
	for j, x := range w {
		if fixed[j] > 0 {
			kept += x
		} else {
			free += x
		}
	}
	if free == 0 || kept >= avail {
		return scaled(w, avail/sum(w))
	}
	out := make([]float64, len(w))
	for j, x := range w {
		out[j] = x
		if fixed[j] == 0 {
			out[j] = x * (avail - kept) / free
		}
	}
	return out
}

// allotment is the greedy search of FewestLines. It estimates a cell's
// lines from the widths of its paragraphs (fast, and close for CJK text);
// the channel measures the table exactly once its widths are chosen.
type allotment struct {
	rows        [][]Cell
	pad         float64 // em of a column's width its text cannot use
	least, want []float64
	step        float64          // em handed out at a time
	steps       []int            // steps given to each column above its least
	cache       map[[2]int][]int // (column, steps) -> lines of each row
}

func (a *allotment) width(j, k int) float64 { return a.least[j] + float64(k)*a.step }

// lines is how many lines each row's cell of column j takes with k steps.
func (a *allotment) lines(j, k int) []int {
	key := [2]int{j, k}
	if l, ok := a.cache[key]; ok {
		return l
	}
	l := make([]int, len(a.rows))
	w := a.width(j, k) - a.pad
	for r, row := range a.rows {
		if j < len(row) {
			for _, p := range row[j].Paras {
				l[r] += max(1, int(math.Ceil(p/w-1e-9)))
			}
		}
	}
	a.cache[key] = l
	return l
}

// heights are, for every row, the most lines of any of its cells at the
// columns' present widths (first, in column at) and the most of the other
// columns (second), so the table's height with one column changed costs
// one pass over the rows.
type heights struct {
	first, second []int
	at            []int
}

func (a *allotment) heights() heights {
	h := heights{first: make([]int, len(a.rows)), second: make([]int, len(a.rows)), at: make([]int, len(a.rows))}
	for r := range a.rows {
		h.first[r], h.second[r], h.at[r] = 1, 1, -1
	}
	for c := range a.steps {
		for r, n := range a.lines(c, a.steps[c]) {
			switch {
			case n > h.first[r]:
				h.second[r], h.first[r], h.at[r] = h.first[r], n, c
			case n > h.second[r]:
				h.second[r] = n
			}
		}
	}
	return h
}

// total is the table's height in lines with column j at k steps, the
// others as they are (h).
func (a *allotment) total(h heights, j, k int) int {
	n := 0
	for r, l := range a.lines(j, k) {
		most := h.first[r]
		if h.at[r] == j {
			most = h.second[r]
		}
		n += max(most, l)
	}
	return n
}

// grow gives width to the column that saves the most lines per step, and
// reports whether any did.
func (a *allotment) grow(avail float64) bool {
	left := avail - a.used()
	h := a.heights()
	now := 0
	for _, n := range h.first {
		now += n
	}
	bestJ, bestK, bestRate := -1, 0, 0.0
	for j := range a.steps {
		for k := 1; float64(k)*a.step <= left && a.width(j, a.steps[j]+k-1) < a.want[j]; k++ {
			if gain := now - a.total(h, j, a.steps[j]+k); gain > 0 {
				if rate := float64(gain) / float64(k); rate > bestRate {
					bestJ, bestK, bestRate = j, k, rate
				}
				break
			}
		}
	}
	if bestJ < 0 {
		return false
	}
	a.steps[bestJ] += bestK
	return true
}

func (a *allotment) used() float64 {
	u := 0.0
	for j := range a.steps {
		u += a.width(j, a.steps[j])
	}
	return u
}

// share divides avail between columns as LikeBrowser says, never below
// their least widths.
func share(natural, least []float64, avail float64) []float64 {
	n := len(natural)
	widths := make([]float64, n)
	open := make([]bool, n)
	for i := range open {
		open[i] = true
	}
	left, count := avail, n
	for changed := true; changed && count > 0; {
		changed = false
		for i := range natural {
			if open[i] && natural[i] <= left/float64(count) {
				widths[i], open[i] = natural[i], false
				left -= natural[i]
				count--
				changed = true
			}
		}
	}
	if count == 0 {
		for i := range widths {
			widths[i] *= avail / (avail - left) // all fit: widen every column alike
		}
		return widths
	}
	need := 0.0
	for i := range natural {
		if open[i] {
			need += least[i]
		}
	}
	if need > left { // the short columns took too much: squeeze every column alike
		for i := range open {
			open[i] = true
		}
		left = avail
	}
	return spread(natural, least, widths, open, left)
}

// spread gives the open columns their least widths and the rest of left in
// proportion to how much more they would like.
func spread(natural, least, widths []float64, open []bool, left float64) []float64 {
	want := 0.0
	for i := range natural {
		if open[i] {
			widths[i] = least[i]
			left -= least[i]
			want += natural[i] - least[i]
		}
	}
	for i := range natural {
		if open[i] && want > 0 {
			widths[i] += max(0, left) * (natural[i] - least[i]) / want
		}
	}
	return widths
}

func sum(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}

func scaled(v []float64, f float64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = x * f
	}
	return out
}
