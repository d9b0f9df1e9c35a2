package board

import (
	"fmt"
	"math"
	"strings"

	"github.com/gongkai/gongkai/internal/textfit"
)

// widths decides the table's column widths and writes them as a
// <colgroup>. Every column starts at its longest word; the rest of the
// width goes, half an em at a time, to the column where it saves the most
// lines across the table's rows, so the table is as short as its text
// allows; what no column can use is shared in proportion.
func (t *table) widths() {
	texts := t.cellTexts()
	cols := 0
	for _, r := range texts {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	chrome := t.s.g.CellPadX*2 + t.s.g.Rule
	avail := t.f.ems(t.s.width-float64(cols)*chrome) - 0.01
	w := allot(texts, cols, avail, t.head != nil, t.fixedWidths(cols))
	var b strings.Builder
	b.WriteString("<colgroup>")
	t.cellW = make([]float64, cols)
	for j := range w {
		pct := math.Floor((w[j]*t.f.mm()+chrome)/t.s.width*100000) / 1000
		t.cellW[j] = pct/100*t.s.width - chrome
		fmt.Fprintf(&b, `<col style="width:%s%%">`, num(pct))
	}
	b.WriteString("</colgroup>")
	t.colgroup = b.String()
}

// fixedWidths are the widths (em) of the columns holding drawings of a
// fixed size, 0 for the others.
func (t *table) fixedWidths(cols int) []float64 {
	out := make([]float64, cols)
	for _, r := range t.all() {
		for j, c := range cells(r) {
			if mm := fixedSide(c); mm > 0 && j < cols {
				out[j] = max(out[j], t.f.ems(mm))
			}
		}
	}
	return out
}

func (t *table) cellTexts() [][]string {
	var out [][]string
	for _, r := range t.all() {
		var row []string
		for _, c := range cells(r) {
			row = append(row, inlineText(c.Kids))
		}
		out = append(out, row)
	}
	return out
}

// widthStep is how much width (em) is handed out at a time: half an em, or
// more for a wide table, so no table takes more than about 50 rounds.
func widthStep(spare float64) float64 { return math.Max(0.5, spare/50) }

// allot shares avail em among cols columns of texts (rows of cells). A
// header row (headed) keeps up to four characters of each heading on a
// line, so "序号" is never stacked one character a line. A column with a
// fixed width (fixed[j] > 0, em) gets at least that much; it is only
// widened for its header.
func allot(texts [][]string, cols int, avail float64, headed bool, fixed []float64) []float64 {
	least, want := make([]float64, cols), make([]float64, cols)
	paras := make([][][]float64, len(texts))
	for r, row := range texts {
		paras[r] = make([][]float64, len(row))
		for j, txt := range row {
			least[j] = math.Max(least[j], math.Min(8, longestUnit(txt))+slack)
			for _, l := range strings.Split(txt, "\n") {
				w := textfit.Width(l)
				paras[r][j] = append(paras[r][j], w)
				want[j] = math.Max(want[j], w+slack)
				if r == 0 && headed {
					least[j] = math.Max(least[j], math.Min(4, w)+slack)
				}
			}
		}
	}
	for j, f := range fixed {
		if f > 0 {
			least[j] = math.Max(least[j], f)
			want[j] = least[j]
		}
	}
	if s := sum(least); s >= avail {
		return fit(least, avail, fixed)
	}
	a := &allotment{paras: paras, least: least, want: want, steps: make([]int, cols), cache: map[[2]int][]int{}, step: widthStep(avail - sum(least))}
	for a.grow(avail) {
	}
	w := make([]float64, cols)
	for j := range w {
		w[j] = a.width(j, a.steps[j])
	}
	return fit(w, avail, fixed)
}

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

// allotment is the greedy search of allot. It estimates a cell's lines
// from the widths of its paragraphs (fast, and close for CJK text); the
// table is measured exactly with textfit once its widths are chosen.
type allotment struct {
	paras       [][][]float64 // row, column -> width of each paragraph of the cell, em
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
	l := make([]int, len(a.paras))
	w := a.width(j, k) - slack
	for r, row := range a.paras {
		if j < len(row) {
			for _, p := range row[j] {
				l[r] += max(1, int(math.Ceil(p/w-1e-9)))
			}
		}
	}
	a.cache[key] = l
	return l
}

// total is the table's height in lines with column j at k steps.
func (a *allotment) total(j, k int) int {
	n := 0
	for r := range a.paras {
		most := 1
		for c := range a.steps {
			kc := a.steps[c]
			if c == j {
				kc = k
			}
			most = max(most, a.lines(c, kc)[r])
		}
		n += most
	}
	return n
}

// grow gives width to the column that saves the most lines per step, and
// reports whether any did.
func (a *allotment) grow(avail float64) bool {
	left := avail - a.used()
	now := a.total(-1, 0)
	bestJ, bestK, bestRate := -1, 0, 0.0
	for j := range a.steps {
		for k := 1; float64(k)*a.step <= left && a.width(j, a.steps[j]+k-1) < a.want[j]; k++ {
			if gain := now - a.total(j, a.steps[j]+k); gain > 0 {
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

// longestUnit is the width of the widest piece of s that cannot be broken.
func longestUnit(s string) float64 {
	best := 1.0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || textfit.RuneWidth(r) == 1 }) {
		best = math.Max(best, textfit.Width(w))
	}
	return best
}
