package markdown

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"golang.org/x/net/html"
)

// is reports whether the token at i is a tag of type typ named name.
func (r *reader) is(typ html.TokenType, name string) bool {
	t := r.at(r.i)
	return t.typ == typ && t.name == name
}

// table reads a table of rows of cells: a header row (in a thead, as the
// Markdown renderer writes it, or the first row), then body rows (in a
// tbody or not). Any other table (a caption, column groups, a foot, rows
// of no cells) is not one.
func (r *reader) table() (Block, bool) {
	from := r.pos()
	b := Block{Kind: "table", Open: r.tag()}
	tb := &Table{}
	if !r.head(tb) {
		return b, false
	}
	if r.is(html.StartTagToken, "tbody") {
		if tb.BodyOpen = r.tag(); !r.rows(tb, "tbody") || !r.is(html.EndTagToken, "tbody") {
			return b, false
		}
		tb.BodyClose = r.tag()
	} else if !r.rows(tb, "table") {
		return b, false
	}
	if !r.is(html.EndTagToken, "table") {
		return b, false
	}
	b.Close = r.tag()
	b.Table, b.Rows = tb, len(tb.Body)
	b.Cells = append(b.Cells, texts(tb.Head))
	rows := []string{strings.Join(b.Cells[0], " ")}
	for _, row := range tb.Body {
		b.Cells = append(b.Cells, texts(row))
		rows = append(rows, strings.Join(b.Cells[len(b.Cells)-1], " "))
	}
	b.Text = lines(strings.Join(rows, "\n"))
	for _, c := range tb.Head {
		tb.Align = append(tb.Align, align(c.Open))
	}
	b.HTML = template.HTML(r.src[from:r.pos()]) //nolint:gosec // written by a template
	return b, true
}

// head reads a table's header row, in its thead if it has one.
func (r *reader) head(tb *Table) bool {
	group := "table"
	if r.is(html.StartTagToken, "thead") {
		tb.HeadOpen, group = r.tag(), "thead"
	}
	if !r.is(html.StartTagToken, "tr") {
		return false
	}
	tb.HeadRow = r.tag()
	tb.HeadOpen += tb.HeadRow
	var ok bool
	if tb.Head, ok = r.cells(tb, group); !ok || len(tb.Head) == 0 || !r.is(html.EndTagToken, "tr") {
		return false
	}
	tb.HeadClose = r.tag()
	if group == "thead" {
		if !r.is(html.EndTagToken, "thead") {
			return false
		}
		tb.HeadClose += r.tag()
	}
	return true
}

// rows reads the body rows of a table, in group (tbody or table).
func (r *reader) rows(tb *Table, group string) bool {
	for r.is(html.StartTagToken, "tr") {
		open := r.tag()
		cells, ok := r.cells(tb, group)
		if !ok || len(cells) == 0 || !r.is(html.EndTagToken, "tr") {
			return false
		}
		tb.RowOpen = append(tb.RowOpen, open)
		tb.Body = append(tb.Body, cells)
		tb.RowClose = append(tb.RowClose, r.tag())
	}
	return true
}

// cells reads a row's cells (th or td), each as runs whose Open is its
// start tag and Close its end tag with the white space after it; a cell's
// data-mm is its column's FixedMM.
func (r *reader) cells(tb *Table, group string) ([]*flow.Para, bool) {
	var out []*flow.Para
	for r.is(html.StartTagToken, "th") || r.is(html.StartTagToken, "td") {
		t := r.at(r.i)
		tb.fix(len(out), t)
		r.i++
		p := r.runs([]string{"table", group, "tr", t.name}, false)
		if !r.is(html.EndTagToken, t.name) {
			return nil, false
		}
		p.Open, p.Close = t.raw(r.src), r.tag()
		out = append(out, p)
	}
	return out, true
}

// fix records the fixed width column j asks for with a data-mm attribute
// on cell t (a positive number of mm), the widest if several do.
func (tb *Table) fix(j int, t tok) {
	v, ok := t.attr("data-mm")
	if !ok {
		return
	}
	mm, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || mm <= 0 {
		return
	}
	for len(tb.FixedMM) <= j {
		tb.FixedMM = append(tb.FixedMM, 0)
	}
	tb.FixedMM[j] = max(tb.FixedMM[j], mm)
}

func texts(cells []*flow.Para) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = runsText(c.Runs)
	}
	return out
}

// align is a column's alignment as a header cell's start tag gives it.
func align(tag string) string {
	for _, a := range []string{"left", "center", "right"} {
		if strings.Contains(tag, "text-align:"+a) || strings.Contains(tag, `align="`+a+`"`) {
			return a
		}
	}
	return ""
}
