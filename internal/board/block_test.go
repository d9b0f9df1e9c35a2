package board

import (
	"fmt"
	"html/template"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/flowchart"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
)

// a4 is the geometry of an A4 board with the default minimum size.
func a4(t *testing.T, columns int) *geometry {
	t.Helper()
	return newGeometry(&config.Board{Number: 1, Name: "测试", Width: 210, Height: 297, Columns: columns, MinFont: 14}, bands{Kicker: "测试县 · 第1号公开栏", Footer: []Field{{Label: "公开日期", Value: "2026年11月27日"}}}, 1, 0)
}

func blocksOf(t *testing.T, g *geometry, html string) []block {
	t.Helper()
	bl := &builder{g: g}
	return bl.blocks([]markdown.Block{{Kind: "html", HTML: template.HTML(html), Kids: markdown.FromHTML(html)}}, g.ColH) // as Render gives raw HTML
}

const sentence = "根据《党政领导干部选拔任用工作条例》，经县委常委会研究，拟任王建国同志为青石镇党委书记（正科级），现予公示。"

func TestCutKeepsMarkupWellFormed(t *testing.T) {
	in := newInline(markdown.FromHTML(`<p>一二<strong>三四<a href="/x?a=1&amp;b=2">五六</a>七</strong>八&lt;九</p>`)[0].Para)
	at := len("一二三四五")
	if got := in.html(0, at); got != `一二<strong>三四<a href="/x?a=1&amp;b=2">五</a></strong>` {
		t.Errorf("head = %s", got)
	}
	if got := in.html(at, len(in.text)); got != `<strong><a href="/x?a=1&amp;b=2">六</a>七</strong>八&lt;九` {
		t.Errorf("tail = %s", got)
	}
}

func TestParagraphSplitsBetweenLinesKeepingTwoOnEachSide(t *testing.T) {
	g := a4(t, 1)
	p := blocksOf(t, g, "<p>"+strings.Repeat(sentence, 6)+"</p>")[0].(*para)
	n := p.lineCount()
	if n < 6 {
		t.Fatalf("test paragraph has only %d lines", n)
	}
	for k := 0; k <= n; k++ {
		room := float64(k)*g.Body.line() + g.Gap
		head, tail := p.split(room)
		switch {
		case k < 2 || k == n:
			if (head == nil) != (k < 2) {
				t.Errorf("room for %d lines: head %v", k, head)
			}
		case head == nil:
			t.Errorf("room for %d of %d lines: not split", k, n)
		default:
			h, tl := head.(*para), tail.(*para)
			if h.lineCount() < 2 || tl.lineCount() < 2 || h.height() > room {
				t.Errorf("room for %d: head %d lines (%.1f mm in %.1f), tail %d lines", k, h.lineCount(), h.height(), room, tl.lineCount())
			}
			if h.text()+tl.text() != p.text() {
				t.Errorf("room for %d: text changed:\n%s\n%s", k, h.text()+tl.text(), p.text())
			}
			if !strings.HasPrefix(htmlOf(t, tl), `<p class="cont">`) {
				t.Errorf("continuation is not marked (no indent): %s", htmlOf(t, tl)[:30])
			}
		}
	}
}

func TestTableSplitRepeatsHeaderRow(t *testing.T) {
	g := a4(t, 1)
	var rows strings.Builder
	for i := range 60 {
		fmt.Fprintf(&rows, "<tr><td>%d</td><td>第%d行的内容</td></tr>", i+1, i+1)
	}
	tb := blocksOf(t, g, "<table><thead><tr><th>序号</th><th>内容</th></tr></thead><tbody>"+rows.String()+"</tbody></table>")[0]
	head, tail := tb.split(g.ColH / 2)
	if head == nil || tail == nil {
		t.Fatal("a 60-row table was not split")
	}
	for _, part := range []block{head, tail} {
		if !strings.Contains(htmlOf(t, part), "<thead><tr><th>序号</th>") {
			t.Errorf("part without the header row: %.80s", htmlOf(t, part))
		}
	}
	if head.height() > g.ColH/2 {
		t.Errorf("head is %.1f mm, room was %.1f", head.height(), g.ColH/2)
	}
	if strings.Count(head.text()+"\n"+tail.text(), "序号") != 1 {
		t.Error("the repeated header is counted as content")
	}
}

func TestOrderedListContinuesItsNumbering(t *testing.T) {
	g := a4(t, 1)
	var items strings.Builder
	for i := range 40 {
		fmt.Fprintf(&items, "<li>第%d项：%s</li>", i+1, sentence)
	}
	l := blocksOf(t, g, "<ol>"+items.String()+"</ol>")[0]
	head, tail := l.split(g.ColH / 3)
	if head == nil || tail == nil {
		t.Fatal("a 40-item list was not split")
	}
	n := strings.Count(htmlOf(t, head), "<li>")
	cont := strings.Contains(htmlOf(t, tail), `<li class="cont">`)
	want := n + 1
	if cont {
		want = n
	}
	if !strings.HasPrefix(htmlOf(t, tail), fmt.Sprintf(`<ol start="%d">`, want)) {
		t.Errorf("head has %d whole items (continued item: %v); tail starts %.40s", n, cont, htmlOf(t, tail))
	}
}

// TestHeadingNeverEndsAColumn lays out an item whose heading falls at every
// height of the column in turn: a heading is never the last thing in a
// column, and no column is overfull.
func TestHeadingNeverEndsAColumn(t *testing.T) {
	g := a4(t, 1)
	e := &Entry{Item: &model.Item{Item: &content.Item{Title: "关于测试的公告", File: "content/x.md"}}, Title: "关于测试的公告", File: "content/x.md", Meta: "2026年11月27日发布"}
	for n := 1; n <= 60; n++ {
		var body strings.Builder
		for range n {
			body.WriteString("<p>" + sentence[:60] + "</p>")
		}
		body.WriteString("<h2>第二部分</h2><p>" + strings.Repeat(sentence, 3) + "</p>")
		p := newPager(g)
		if err := p.add(e, blocksOf(t, g, body.String())); err != nil {
			t.Fatal(err)
		}
		for _, s := range p.finish() {
			for _, c := range s.Columns {
				if c.Used > g.ColH+1e-6 {
					t.Errorf("%d paragraphs: column holds %.1f mm of %.1f", n, c.Used, g.ColH)
				}
				if last := c.Parts[len(c.Parts)-1]; last.Class == "h2" {
					t.Errorf("%d paragraphs: a column ends with the heading", n)
				}
			}
		}
	}
}

func TestFigureScalesToColumnAndDownToFit(t *testing.T) {
	g := a4(t, 2)
	wide := blocksOf(t, g, `<svg viewBox="0 0 1000 500"></svg>`)[0].(*figure)
	if w, h := wide.size(); w != g.ColW || h != g.ColW/2 {
		t.Errorf("wide drawing is %.1f×%.1f mm, want the column's width %.1f at 2:1", w, h, g.ColW)
	}
	tall := blocksOf(t, g, `<figure><svg width="100" height="1000"></svg><figcaption>图</figcaption></figure>`)[0].(*figure)
	if tall.height() > g.ColH+1e-9 {
		t.Errorf("tall drawing is %.1f mm high in a %.1f mm column", tall.height(), g.ColH)
	}
	if w, h := tall.size(); h/w < 9.99 || h/w > 10.01 {
		t.Errorf("tall drawing lost its aspect: %.1f×%.1f", w, h)
	}
	if h, _ := tall.split(g.ColH / 2); h != nil {
		t.Error("a drawing was split")
	}
	if _, ok := blocksOf(t, g, `<p><img src="a.png" width="400" height="300" alt="图"></p>`)[0].(*figure); !ok {
		t.Error("an image with width and height is not placed as a figure")
	}
}

func TestOffsetAfterSkipsBreakSpaces(t *testing.T) {
	s := "ab cd\nef gh"
	lines := []string{"ab", "cd", "ef gh"}
	for k, want := range []int{0, 3, 6, 11} {
		if got, _ := breakAfter(s, nonBreak(strings.Join(lines[:k], ""))); got != want {
			t.Errorf("after %d lines: %d, want %d", k, got, want)
		}
	}
}

// TestDrawingTextNeverBelowMinFont: a flowchart whose smallest text would
// print below min_font once scaled to the column is refused, naming the
// item; one that prints large enough passes. The size of its text is the
// layout's, not read from the SVG.
func TestDrawingTextNeverBelowMinFont(t *testing.T) {
	g := a4(t, 1)
	bl := &builder{g: g}
	chart := &flowchart.Chart{Steps: []flowchart.Step{{ID: "a", Name: "受理", Next: []flowchart.Edge{{To: "b"}}}, {ID: "b", Name: "决定"}}}
	drawn := func(o flowchart.Options) []block {
		l, err := flowchart.Lay(chart, o)
		if err != nil {
			t.Fatal(err)
		}
		return []block{bl.chartFigure(nil, l, g.ColH)}
	}
	err := bl.checkDrawings("content/flowcharts/a.md", drawn(flowchart.Options{TextWidth: 400}), 14)
	if err == nil || !strings.Contains(err.Error(), "content/flowcharts/a.md") || !strings.Contains(err.Error(), "min_font") {
		t.Errorf("tiny text in a drawing: %v", err)
	}
	if err := bl.checkDrawings("content/flowcharts/a.md", drawn(flowchart.Options{}), 14); err != nil {
		t.Errorf("readable drawing refused: %v", err)
	}
}

// TestFixedColumnFromAnyCell: a column whose drawings have a fixed size
// (markdown.Table.FixedMM, data-mm on any cell, here the header's) is
// that wide, and every body row at least that tall, whether or not its
// own cell says so; the header row is as tall as its text.
func TestFixedColumnFromAnyCell(t *testing.T) {
	g := a4(t, 1)
	bl := &builder{g: g}
	h := `<table><thead><tr><th>名称</th><th data-mm="30">扫码查看</th></tr></thead><tbody><tr><td>甲</td><td>码</td></tr><tr><td>乙</td><td data-mm="30">码</td></tr></tbody></table>`
	tb, ok := bl.top(h, g.ColH)[0].(*table)
	if !ok {
		t.Fatalf("not a table")
	}
	if w := tb.cellW[1] + 2*g.CellPadX + g.Rule; w < 30-0.01 {
		t.Errorf("the fixed column is %.2fmm wide, want 30", w)
	}
	for i, rh := range tb.rowH {
		if rh < 30 {
			t.Errorf("body row %d is %.2fmm tall, want at least 30", i, rh)
		}
	}
	if tb.headH >= 30 {
		t.Errorf("the header row is %.2fmm tall, as tall as a drawing", tb.headH)
	}
}
