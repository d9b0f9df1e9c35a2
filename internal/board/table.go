package board

import (
	"math"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/textfit"
)

// table splits between rows and repeats its header row on every part. Its
// column widths are decided here, from the text of every row, and written
// into a <colgroup> with table-layout: fixed, so the browser wraps cells at
// the widths the paginator measured. A cell holding a drawing of a fixed
// size (the QR code of a row of a generated list) says so with data-mm, the
// side of the drawing in mm: its column is made that wide and its row at
// least that tall.
type table struct {
	s        sizer
	f        font
	open     string
	colgroup string
	cellW    []float64 // text width of each column, mm
	head     *node     // the header row (<tr>), or nil
	headH    float64
	rows     []*node // body rows
	rowH     []float64
	repeat   bool // the header is a repetition: a continued table
}

func (bl *builder) newTable(s sizer, n *node) block {
	t := &table{s: s, f: s.g.Table, open: n.Open}
	for _, sec := range n.elements("") {
		switch sec.Tag {
		case "thead":
			if trs := sec.elements("tr"); len(trs) > 0 {
				t.head = trs[0]
				t.rows = append(t.rows, trs[1:]...)
			}
		case "tbody", "tfoot":
			t.rows = append(t.rows, sec.elements("tr")...)
		case "tr":
			t.rows = append(t.rows, sec)
		}
	}
	t.widths()
	if t.head != nil {
		t.headH = t.measureRow(t.head)
	}
	t.rowH = make([]float64, len(t.rows))
	for i, r := range t.rows {
		t.rowH[i] = t.measureRow(r)
	}
	return t
}

// all is every row, header first.
func (t *table) all() []*node {
	if t.head == nil {
		return t.rows
	}
	return append([]*node{t.head}, t.rows...)
}

func cells(tr *node) []*node {
	var out []*node
	for _, c := range tr.elements("") {
		if c.Tag == "td" || c.Tag == "th" {
			out = append(out, c)
		}
	}
	return out
}

func (t *table) cellLines(c *node, j int) []string {
	if j >= len(t.cellW) {
		return []string{inlineText(c.Kids)}
	}
	return textfit.Wrap(inlineText(c.Kids), t.f.ems(t.cellW[j])-slack)
}

func (t *table) measureRow(tr *node) float64 {
	n, drawn := 1, 0.0
	for j, c := range cells(tr) {
		drawn = max(drawn, fixedSide(c))
		w := t.f.ems(t.cellW[min(j, len(t.cellW)-1)]) - slack
		lines := 0
		for _, l := range t.cellLines(c, j) {
			lines += max(1, int(math.Ceil(textfit.Width(l)/w-1e-9)))
		}
		n = max(n, lines)
	}
	return max(float64(n)*t.f.line(), drawn) + 2*t.s.g.CellPadY + t.s.g.Rule
}

// fixedSide is the side in mm of the drawing a cell holds (data-mm), or 0.
func fixedSide(c *node) float64 {
	v, err := strconv.ParseFloat(c.attr("data-mm"), 64)
	if err != nil || v <= 0 {
		return 0
	}
	return v
}

func (t *table) frame() float64 { return t.s.g.Rule + t.headH + t.s.gap }

func (t *table) height() float64 {
	h := t.frame()
	for _, r := range t.rowH {
		h += r
	}
	return h
}

// minHeight is what split leaves at the least: two rows, or the whole of a
// table that fits a column but is too short to leave two rows on each side
// (a heading above it must not stay behind when it moves on).
func (t *table) minHeight() float64 {
	switch {
	case len(t.rowH) == 0:
		return t.frame()
	case t.height() > t.s.maxH:
		return t.frame() + t.rowH[0]
	case len(t.rowH) < 4:
		return t.height()
	}
	return t.frame() + t.rowH[0] + t.rowH[1]
}

func (t *table) keepWithNext() bool { return false }

// split breaks between rows, leaving at least two rows on each side (a
// short table moves whole) unless the table is taller than a column.
func (t *table) split(room float64) (block, block) {
	if t.height() <= room {
		return t, nil
	}
	used := t.frame()
	k := 0
	for k < len(t.rows) && used+t.rowH[k] <= room {
		used += t.rowH[k]
		k++
	}
	if t.height() <= t.s.maxH {
		if k = min(k, len(t.rows)-2); k < 2 {
			return nil, t
		}
	}
	if k == 0 {
		return t.splitRow(room - used)
	}
	return t.part(t.rows[:k], t.rowH[:k], t.repeat), t.part(t.rows[k:], t.rowH[k:], true)
}

func (t *table) part(rows []*node, h []float64, repeat bool) *table {
	c := *t
	c.rows, c.rowH, c.repeat = rows, h, repeat
	return &c
}

// splitRow cuts the first row between lines, when one row is taller than
// what is left of an empty column (a very long cell).
func (t *table) splitRow(room float64) (block, block) {
	if len(t.rows) == 0 || t.rowH[0] <= t.s.maxH-t.frame() {
		return nil, t
	}
	k := int((room - 2*t.s.g.CellPadY - t.s.g.Rule) / t.f.line())
	if k < 1 {
		return nil, t
	}
	head, tail := &node{Tag: "tr", Open: "<tr>"}, &node{Tag: "tr", Open: "<tr>"}
	for j, c := range cells(t.rows[0]) {
		lines := t.cellLines(c, j)
		txt := inlineText(c.Kids)
		h, tl := c.Kids, []*node(nil)
		if len(lines) > k {
			h, tl = cut(c.Kids, offsetAfter(txt, lines, k))
			tl = trimLeading(tl)
		}
		head.Kids = append(head.Kids, &node{Tag: c.Tag, Open: c.Open, Kids: h})
		tail.Kids = append(tail.Kids, &node{Tag: c.Tag, Open: c.Open, Kids: tl})
	}
	rows := append([]*node{head, tail}, t.rows[1:]...)
	c := *t
	c.rows = rows
	c.rowH = append([]float64{t.measureRow(head), t.measureRow(tail)}, t.rowH[1:]...)
	return c.part(rows[:1], c.rowH[:1], t.repeat), c.part(rows[1:], c.rowH[1:], true)
}

func (t *table) html() string {
	var b strings.Builder
	b.WriteString(t.open)
	b.WriteString(t.colgroup)
	if t.head != nil {
		b.WriteString("<thead>" + render([]*node{t.head}) + "</thead>")
	}
	b.WriteString("<tbody>" + render(t.rows) + "</tbody></table>")
	return b.String()
}

func (t *table) text() string {
	var rows []string
	if t.head != nil && !t.repeat {
		rows = append(rows, rowText(t.head))
	}
	for _, r := range t.rows {
		rows = append(rows, rowText(r))
	}
	return strings.Join(rows, "\n")
}

func rowText(tr *node) string {
	var cs []string
	for _, c := range cells(tr) {
		cs = append(cs, inlineText(c.Kids))
	}
	return strings.Join(cs, " ")
}
