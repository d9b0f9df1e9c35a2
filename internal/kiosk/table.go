package kiosk

import (
	"strings"
	"sync"
	"unicode"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/textfit"
)

// minColumnEm is the narrowest a table column is squeezed to, in characters,
// unless everything in it is narrower.
const minColumnEm = 4

// fieldGapEm is the space between the fields of a record card (the CSS
// column-gap of .rf).
const fieldGapEm = 0.6

// cardsWin is how much taller a table may be than the same rows as record
// cards before the cards win: a table whose columns are squeezed into a
// few characters each reads worse than a card per row.
const cardsWin = 1.25

// table sets a table with fixed column widths, one piece per row and the
// header row repeated on every page; a table too wide for the screen, or
// one that would be squeezed into tall thin rows, becomes a card per row.
func table(b markdown.Block, m Metrics) []*Piece {
	if len(b.Cells) < 2 {
		return paragraph(b, m)
	}
	cards := recordCards(b.Cells, m)
	widths, ok := columns(m.cells.measure(b.Cells), m.em(m.Width)/tableScale)
	if !ok {
		return cards
	}
	rows := tableRows(b.Cells, widths, m)
	if height(rows) > cardsWin*height(cards) {
		return cards
	}
	return rows
}

func height(ps []*Piece) float64 {
	h := 0.0
	for _, p := range ps {
		h += p.Height
	}
	if len(ps) > 0 && ps[0].Group != nil {
		h += ps[0].Group.Head
	}
	return h
}

// columns chooses column widths in em of table type (padding included) that
// add up to avail, or reports that the table does not fit: flow.Columns
// shares the width as a browser's automatic table layout does, so short
// columns ("性别", "1982年7月") never wrap, and squeezes no column below
// minColumnEm.
func columns(rows [][]flow.Cell, avail float64) ([]float64, bool) {
	widths, stack := flow.Columns(flow.Table{Rows: rows, Pad: 2 * cellPadX, MinLeast: minColumnEm, Share: flow.LikeBrowser}, avail)
	if stack {
		return nil, false
	}
	return widths, true
}

// cellMemo keeps the measures of tables' cells, in em and so the same at
// every type size, by table: a touch kiosk sets each table in three sizes.
// It is safe for concurrent use; a nil cellMemo measures every time.
type cellMemo struct {
	mu sync.Mutex
	m  map[*[]string][][]flow.Cell // by the table's first row
}

// measure is each cell's width and widest unbreakable run (flow.Cell), as
// columns takes them. Callers share what it returns: never change it.
func (c *cellMemo) measure(cells [][]string) [][]flow.Cell {
	if c == nil || len(cells) == 0 {
		return measureCells(cells)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if rows, ok := c.m[&cells[0]]; ok && len(rows) == len(cells) {
		return rows
	}
	rows := measureCells(cells)
	if c.m == nil {
		c.m = map[*[]string][][]flow.Cell{}
	}
	c.m[&cells[0]] = rows
	return rows
}

func measureCells(cells [][]string) [][]flow.Cell {
	rows := make([][]flow.Cell, len(cells))
	for i, r := range cells {
		rows[i] = make([]flow.Cell, len(r))
		for j, c := range r {
			rows[i][j] = flow.Cell{Paras: []float64{textfit.Width(c)}, Unit: longestUnit(c)}
		}
	}
	return rows
}

// longestUnit is the widest run of s that cannot be broken: a Latin word or
// number, or a CJK character with the punctuation that must stay with it.
func longestUnit(s string) float64 {
	w := 0.0
	for _, l := range textfit.Wrap(s, 0.01) {
		w = max(w, textfit.Width(l))
	}
	return w
}

func tableRows(cells [][]string, widths []float64, m Metrics) []*Piece {
	tf := m.Font * tableScale
	th := &TableHead{}
	total := 0.0
	for i, w := range widths {
		th.Cols = append(th.Cols, num(w*tf))
		th.Header = append(th.Header, cell(cells[0], i))
		total += w * tf
	}
	th.Width = num(total)
	g := &Group{Table: th, Head: rowHeight(cells[0], widths, tf) + m.gap()}
	var out []*Piece
	for _, r := range cells[1:] {
		row := make([]string, len(widths))
		for i := range widths {
			row[i] = cell(r, i)
		}
		out = append(out, &Piece{Row: row, Height: rowHeight(r, widths, tf),
			Group: g, Text: strings.Join(r, "　")})
	}
	return out
}

// rowHeight is the height of a row whose cells wrap in their columns, plus
// the 1px rule under it.
func rowHeight(r []string, widths []float64, tf float64) float64 {
	most := 1
	for i, w := range widths {
		most = max(most, textfit.Lines(cell(r, i), w-2*cellPadX))
	}
	return float64(most)*tf*tableLine + 2*tf*cellPadY + 1
}

func cell(r []string, i int) string {
	if i < len(r) {
		return r[i]
	}
	return ""
}

// recordCards sets each row as a card: its first cell (with the row number
// before it, when the first column only numbers the rows) as a heading,
// then "header：value" for every other cell that is not empty.
func recordCards(cells [][]string, m Metrics) []*Piece {
	head := cells[0]
	g := &Group{Cards: true, Head: m.gap()}
	inner := m.Width - 2*m.Font*cardPadEm - m.Font*itemGapEm // padding and the rule on the left
	var out []*Piece
	for _, r := range cells[1:] {
		title, fields := cardText(head, r)
		card := &Card{Title: title}
		n := 0
		if title != "" {
			n += lines(title, m.Font, inner)
		}
		if len(fields) > 0 {
			units := make([]float64, len(fields))
			for i, f := range fields {
				units[i] = textfit.Width(f[0] + f[1])
				// longer than a line: it may wrap
				card.Fields = append(card.Fields, Field{Key: f[0], Value: f[1], Wide: units[i] > m.em(inner)})
			}
			n += packLines(units, fieldGapEm, m.em(inner))
		}
		out = append(out, &Piece{Card: card,
			Height: float64(n)*m.line() + 2*m.Font*cardPadEm + m.Font*itemGapEm,
			Group:  g, Text: title + "\n" + strings.Join(flatten(fields), "\u3000")})
	}
	return out
}

// cardText splits a row into a card's heading and its labelled fields.
func cardText(head, r []string) (string, [][2]string) {
	first := 1
	if len(r) > 1 && isRowNumber(r[0]) {
		first = 2
	}
	var title []string
	for i := 0; i < first && i < len(r); i++ {
		if r[i] != "" {
			title = append(title, r[i])
		}
	}
	var fields [][2]string
	for i := first; i < len(r); i++ {
		if r[i] == "" {
			continue
		}
		label := cell(head, i)
		if label != "" {
			label += "："
		}
		fields = append(fields, [2]string{label, r[i]})
	}
	return strings.Join(title, "\u3000"), fields
}

// isRowNumber reports whether a first cell only numbers the rows: "1", "12", "".
func isRowNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return len(s) <= 3
}

func flatten(fields [][2]string) []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = f[0] + f[1]
	}
	return out
}
