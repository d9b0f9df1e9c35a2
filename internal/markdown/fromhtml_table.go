package markdown

import (
	"html/template"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"golang.org/x/net/html"
)

// is reports whether the token at i is a tag of type typ named name.
func (r *reader) is(typ html.TokenType, name string) bool {
	t := r.at(r.i)
	return t.typ == typ && t.name == name
}

// table reads a table as the Markdown renderer writes one: a thead with
// one row of th cells, then, if any, a tbody of rows of td cells. Any
// other table (a caption, column groups, no header row) is not one.
func (r *reader) table() (Block, bool) {
	from := r.pos()
	b := Block{Kind: "table", Open: r.tag()}
	tb := &Table{}
	if !r.is(html.StartTagToken, "thead") {
		return b, false
	}
	tb.HeadOpen = r.tag()
	if !r.is(html.StartTagToken, "tr") {
		return b, false
	}
	tb.HeadOpen += r.tag()
	var ok bool
	if tb.Head, ok = r.cells("thead", "th"); !ok || len(tb.Head) == 0 || !r.is(html.EndTagToken, "tr") {
		return b, false
	}
	tb.HeadClose = r.tag()
	if !r.is(html.EndTagToken, "thead") {
		return b, false
	}
	tb.HeadClose += r.tag()
	if r.is(html.StartTagToken, "tbody") {
		if tb.BodyOpen = r.tag(); !r.rows(tb) || !r.is(html.EndTagToken, "tbody") {
			return b, false
		}
		tb.BodyClose = r.tag()
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

// rows reads the body rows of a table.
func (r *reader) rows(tb *Table) bool {
	for r.is(html.StartTagToken, "tr") {
		open := r.tag()
		cells, ok := r.cells("tbody", "td")
		if !ok || !r.is(html.EndTagToken, "tr") {
			return false
		}
		tb.RowOpen = append(tb.RowOpen, open)
		tb.Body = append(tb.Body, cells)
		tb.RowClose = append(tb.RowClose, r.tag())
	}
	return true
}

// cells reads a row's cells named name, each as runs whose Open is its
// start tag and Close its end tag with the white space after it.
func (r *reader) cells(group, name string) ([]*flow.Para, bool) {
	var out []*flow.Para
	for r.is(html.StartTagToken, name) {
		open := r.at(r.i).raw(r.src)
		r.i++
		p := r.runs([]string{"table", group, "tr", name}, false)
		if !r.is(html.EndTagToken, name) {
			return nil, false
		}
		p.Open, p.Close = open, r.tag()
		out = append(out, p)
	}
	return out, true
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
