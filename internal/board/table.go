package board

import (
	"math"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/textfit"
)

// table splits between rows and repeats its header row on every part. Its
// column widths are decided here, from the text of every row, and
// partials/board-block.html writes them as a <colgroup> with table-layout:
// fixed, so the browser wraps cells at the widths the paginator measured.
// A column holding drawings of a fixed size (the QR codes of a generated
// list) asks for it in markdown.Table.FixedMM (a partial writes data-mm,
// the side of the drawing in mm, on its cells): the column is made that
// wide and every body row at least that tall.
//
// A part that continues in the next column is the rows after the break,
// which it shares with the parts before (a slice, never copied), and first
// what a split left of a row taller than a column (lead), whose cells keep
// the lines textfit wrapped for them: a long table, or a long cell, split
// again and again costs its length once.
type table struct {
	s       sizer
	f       font
	open    string
	cols    []string  // the width of each column, in %
	cellW   []float64 // text width of each column, mm
	fixedMM []float64 // the side in mm of the drawings a column holds, 0 for a free one
	head    *trow     // the header row, or nil
	headH   float64
	lead    *rowRest // what a split left of a row, or nil
	rows    []*trow  // body rows after it
	rowH    []float64
	sums    []float64 // sums[i]: the height of the table's first i body rows; nil for a part that is not a slice of them
	base    int       // index of rows[0] among them
	repeat  bool      // the header is a repetition: a continued table
	h       float64   // height + 1; 0 until known
	first   *rowRest  // rows[0] cut into paragraphs, once it is split
}

// trow is a row of a table: its start tag as written and its cells.
type trow struct {
	open  string
	cells []tcell
}

// tcell is a cell: its tags as written, and its content, the text
// [lo, hi) of its runs (all of it, but in the head of a row cut between
// lines).
type tcell struct {
	open, close string
	in          *inline
	lo, hi      int
	fixed       float64 // the side in mm of a drawing of a fixed size its column holds (a body row's), or 0
}

func (c tcell) text() string { return c.in.text[c.lo:c.hi] }

// newRow is a row of cells as runs; fixed the side in mm of the drawing
// each column holds (markdown.Table.FixedMM), nil for the header row.
func newRow(open string, cells []*flow.Para, fixed []float64) *trow {
	r := &trow{open: open}
	for j, p := range cells {
		in := newInline(p)
		c := tcell{open: p.Open, close: p.Close, in: in, hi: len(in.text)}
		if j < len(fixed) {
			c.fixed = fixed[j]
		}
		r.cells = append(r.cells, c)
	}
	return r
}

func (bl *builder) newTable(s sizer, b markdown.Block) block {
	tb := b.Table
	t := &table{s: s, f: s.g.Table, open: b.Open, fixedMM: tb.FixedMM}
	if len(tb.Head) > 0 {
		t.head = newRow(strings.TrimSpace(tb.HeadRow), tb.Head, nil)
	}
	for i, cells := range tb.Body {
		t.rows = append(t.rows, newRow(tb.RowOpen[i], cells, tb.FixedMM))
	}
	t.widths()
	if t.head != nil {
		t.headH = t.measureRow(t.head)
	}
	t.rowH = make([]float64, len(t.rows))
	t.sums = make([]float64, len(t.rows)+1)
	for i, r := range t.rows {
		t.rowH[i] = t.measureRow(r)
		t.sums[i+1] = t.sums[i] + t.rowH[i]
	}
	return t
}

// all is every row, header first.
func (t *table) all() []*trow {
	if t.head == nil {
		return t.rows
	}
	return append([]*trow{t.head}, t.rows...)
}

func (t *table) cellLines(c tcell, j int) []string {
	if j >= len(t.cellW) {
		return []string{c.text()}
	}
	return textfit.Wrap(c.text(), t.f.ems(t.cellW[j])-slack)
}

func (t *table) measureRow(tr *trow) float64 {
	n, drawn := 1, 0.0
	for j, c := range tr.cells {
		drawn = max(drawn, c.fixed)
		w := t.f.ems(t.cellW[min(j, len(t.cellW)-1)]) - slack
		lines := 0
		for _, l := range t.cellLines(c, j) {
			lines += max(1, int(math.Ceil(textfit.Width(l)/w-1e-9)))
		}
		if j < len(t.cellW) {
			lines -= lastBreak(c.text())
		}
		n = max(n, lines)
	}
	return max(float64(n)*t.f.line(), drawn) + 2*t.s.g.CellPadY + t.s.g.Rule
}

func (t *table) frame() float64 { return t.s.g.Rule + t.headH + t.s.gap }

// count is the number of the part's body rows; rowHeight the height of
// one of them.
func (t *table) count() int { return len(t.rows) + t.leads() }

func (t *table) leads() int {
	if t.lead == nil {
		return 0
	}
	return 1
}

func (t *table) rowHeight(i int) float64 {
	if t.lead != nil {
		if i == 0 {
			return t.lead.h
		}
		i--
	}
	return t.rowH[i]
}

func (t *table) height() float64 {
	if t.h == 0 {
		t.h = 1 + t.s.sum(t.frame(), t.count(), t.rowHeight, func(i int) float64 {
			r, from := 0.0, i-t.leads()
			if from < 0 {
				r, from = t.lead.h, 0
			}
			if t.sums == nil {
				for _, h := range t.rowH[from:] {
					r += h
				}
				return r
			}
			return r + t.sums[t.base+len(t.rows)] - t.sums[t.base+from]
		})
	}
	return t.h - 1
}

// minHeight is what split leaves at the least: two rows, or the whole of a
// table that fits a column but is too short to leave two rows on each side
// (a heading above it must not stay behind when it moves on).
func (t *table) minHeight() float64 {
	switch {
	case t.count() == 0:
		return t.frame()
	case t.height() > t.s.maxH:
		return t.frame() + t.rowHeight(0)
	case t.count() < 4:
		return t.height()
	}
	return t.frame() + t.rowHeight(0) + t.rowHeight(1)
}

func (t *table) keepWithNext() bool { return false }

// split breaks between rows, leaving at least two rows on each side (a
// short table moves whole) unless the table is taller than a column.
func (t *table) split(room float64) (block, block) {
	if t.height() <= room {
		return t, nil
	}
	n := t.count()
	used := t.frame()
	k := 0
	for k < n && used+t.rowHeight(k) <= room {
		used += t.rowHeight(k)
		k++
	}
	if t.height() <= t.s.maxH {
		if k = min(k, n-2); k < 2 {
			return nil, t
		}
	}
	if k == 0 {
		return t.splitRow(room - used)
	}
	return t.part(0, k, t.repeat), t.part(k, n, true)
}

// part is body rows [i, j) of the part.
func (t *table) part(i, j int, repeat bool) *table {
	c := &table{s: t.s, f: t.f, open: t.open, cols: t.cols, cellW: t.cellW, head: t.head, headH: t.headH,
		sums: t.sums, repeat: repeat}
	if t.lead != nil {
		if i == 0 {
			c.lead, i = t.lead, 1
		}
		i, j = i-1, j-1
	}
	c.rows, c.rowH, c.base = t.rows[i:j], t.rowH[i:j], t.base+i
	return c
}

// splitRow cuts the first row between lines, when one row is taller than
// what is left of an empty column (a very long cell).
func (t *table) splitRow(room float64) (block, block) {
	if t.count() == 0 || t.rowHeight(0) <= t.s.maxH-t.frame() {
		return nil, t
	}
	k := int((room - 2*t.s.g.CellPadY - t.s.g.Rule) / t.f.line())
	if k < 1 {
		return nil, t
	}
	r := t.lead
	if r == nil {
		if t.first == nil { // made once for every layout of the block (see balance)
			t.first = t.newRowRest(t.rows[0])
		}
		r = t.first
	}
	row, rest := r.cut(k)
	rest.h = t.measureRest(rest)
	head := &table{s: t.s, f: t.f, open: t.open, cols: t.cols, cellW: t.cellW, head: t.head, headH: t.headH,
		rows: []*trow{row}, rowH: []float64{t.measureRow(row)}, repeat: t.repeat}
	tail := t.part(1, t.count(), true)
	tail.lead = rest
	return head, tail
}

// rowRest is a row taller than a column as a split leaves it: each cell's
// text from where the split cut it, as a bare paragraph that keeps the
// lines wrapped for the whole cell.
type rowRest struct {
	row   *trow // the row as written: its tags
	cells []*para
	h     float64
}

func (t *table) newRowRest(tr *trow) *rowRest {
	r := &rowRest{row: tr}
	for j, c := range tr.cells {
		r.cells = append(r.cells, c.in.part(&para{s: sizer{g: t.s.g, width: t.cellW[j]}, kind: "text", f: t.f}, c.lo, c.hi))
	}
	return r
}

// cut cuts every cell of the row after its k-th line, where it has more:
// the head as a row, and what is left.
func (r *rowRest) cut(k int) (*trow, *rowRest) {
	head := &trow{open: r.row.open}
	rest := &rowRest{row: r.row}
	for j, q := range r.cells {
		c := r.row.cells[j]
		c.lo, c.hi = q.lo, q.hi
		tail := q.empty()
		if end, ok := q.lineEnd(k); ok {
			c.hi = q.breakAt(end)
			tail = q.rest(c.hi)
		}
		head.cells = append(head.cells, c)
		rest.cells = append(rest.cells, tail)
	}
	return head, rest
}

// trow is what is left of the row as a row.
func (r *rowRest) trow() *trow {
	row := &trow{open: r.row.open}
	for j, q := range r.cells {
		c := r.row.cells[j]
		c.lo, c.hi = q.lo, q.hi
		row.cells = append(row.cells, c)
	}
	return row
}

// measureRest is measureRow of what a split left of a row.
func (t *table) measureRest(r *rowRest) float64 {
	n, drawn := 1, 0.0
	for j, c := range r.row.cells {
		drawn = max(drawn, c.fixed)
		n = max(n, r.cells[j].lineCount())
	}
	return max(float64(n)*t.f.line(), drawn) + 2*t.s.g.CellPadY + t.s.g.Rule
}

// body is the part's body rows.
func (t *table) body() []*trow {
	if t.lead == nil {
		return t.rows
	}
	return append([]*trow{t.lead.trow()}, t.rows...)
}

// piece is the part as placed: the header row again, then its rows.
func (t *table) piece() *Piece {
	pc := &Piece{Kind: "table", Open: tag(t.open), Cols: t.cols}
	if t.head != nil {
		r := t.head.piece()
		pc.Head = &r
	}
	for _, r := range t.body() {
		pc.Rows = append(pc.Rows, r.piece())
	}
	return pc
}

// piece is a row's cells, each with its content.
func (tr *trow) piece() Row {
	r := Row{Open: tag(tr.open)}
	for _, c := range tr.cells {
		r.Cells = append(r.Cells, Cell{Open: tag(c.open), Close: tag(c.close), Inline: safeHTML(c.in.html(c.lo, c.hi))})
	}
	return r
}

func (t *table) text() string {
	var rows []string
	if t.head != nil && !t.repeat {
		rows = append(rows, t.head.text())
	}
	for _, r := range t.body() {
		rows = append(rows, r.text())
	}
	return strings.Join(rows, "\n")
}

func (tr *trow) text() string {
	var cs []string
	for _, c := range tr.cells {
		cs = append(cs, c.text())
	}
	return strings.Join(cs, " ")
}
