package board

import (
	"math"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/textfit"
)

// widths decides the table's column widths (flow.Columns, FewestLines),
// in % of the table's width, which the theme writes as a <colgroup>.
// Every column starts at its longest word (up to 8 em); the rest of the width goes, half an em at a time, to the
// column where it saves the most lines across the table's rows, so the
// table is as short as its text allows; what no column can use is shared
// in proportion.
func (t *table) widths() {
	rows := t.measured()
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	chrome := t.s.g.CellPadX*2 + t.s.g.Rule
	avail := t.f.ems(t.s.width-float64(cols)*chrome) - 0.01
	w, squeezed := flow.Columns(flow.Table{Rows: rows, Slack: slack, MaxLeast: 8, Headed: t.head != nil,
		Fixed: t.fixedWidths(cols), Share: flow.FewestLines}, avail) // a sheet has no cards: a table too wide is squeezed
	t.s.g.squeezed = t.s.g.squeezed || squeezed && breaksWords(rows, w)
	t.cellW, t.cols = make([]float64, cols), make([]string, cols)
	for j := range w {
		pct := math.Floor((w[j]*t.f.mm()+chrome)/t.s.width*100000) / 1000
		t.cellW[j] = pct/100*t.s.width - chrome
		t.cols[j] = num(pct)
	}
}

// breaksWords reports whether a column of widths w (em) is narrower than
// a word, number or keep-together run of its cells by more than the
// cell's padding on one side, which the sheet then breaks inside
// (overflow-wrap: anywhere) or runs over the rule.
// cellPadEms is a cell's padding on each side, in em of table type
// (geometry: CellPadX).
const cellPadEms = 0.45

func breaksWords(rows [][]flow.Cell, w []float64) bool {
	for _, r := range rows {
		for j, c := range r {
			if j < len(w) && c.Unit > w[j]+cellPadEms {
				return true
			}
		}
	}
	return false
}

// fixedWidths are the widths (em) of the columns holding drawings of a
// fixed size (markdown.Table.FixedMM), 0 for the others.
func (t *table) fixedWidths(cols int) []float64 {
	out := make([]float64, cols)
	for j, mm := range t.fixedMM {
		if mm > 0 && j < cols {
			out[j] = t.f.ems(mm)
		}
	}
	return out
}

// measured measures the table's cells for flow.Columns: the width of each
// paragraph (line of the cell's text) and of its longest word.
func (t *table) measured() [][]flow.Cell {
	var out [][]flow.Cell
	for _, r := range t.all() {
		var row []flow.Cell
		for _, c := range r.cells {
			txt := c.text()
			cell := flow.Cell{Unit: longestUnit(txt)}
			for _, l := range strings.Split(txt, "\n") {
				cell.Paras = append(cell.Paras, textfit.Width(l))
			}
			row = append(row, cell)
		}
		out = append(out, row)
	}
	return out
}

// longestUnit is the width of the widest piece of s that cannot be broken
// (a keep-together run the sheet writes white-space: nowrap), at least an
// em.
func longestUnit(s string) float64 { return math.Max(1, textfit.Longest(s)) }
