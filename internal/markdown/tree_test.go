package markdown

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Rebuild writes b again from its parts, as a channel writes it from its
// templates: Open, then its kids, items, cells, code or runs, then Close.
// Raw HTML (Kind "html"), and inline content whose runs do not give its
// HTML (Para nil), is written whole.
func (b Block) Rebuild() string {
	var s strings.Builder
	s.WriteString(b.Open)
	switch {
	case b.Kind == "html":
		return string(b.HTML)
	case b.Table != nil:
		t := b.Table
		s.WriteString(t.HeadOpen)
		writeCells(&s, t.Head)
		s.WriteString(t.HeadClose + t.BodyOpen)
		for i, row := range t.Body {
			s.WriteString(t.RowOpen[i])
			writeCells(&s, row)
			s.WriteString(t.RowClose[i])
		}
		s.WriteString(t.BodyClose)
	case b.Kind == "pre":
		s.WriteString(flow.Escaped(b.Code))
	case b.Kind == "ul" || b.Kind == "ol":
		for _, it := range b.Items {
			s.WriteString(it.Rebuild())
		}
	case b.Kids != nil:
		for _, k := range b.Kids {
			s.WriteString(k.Rebuild())
		}
	case b.Para != nil:
		s.WriteString(b.Para.HTML(flow.At{}, b.Para.End(), false))
	case b.Kind == "p" || b.Level > 0:
		return string(b.HTML)
	}
	s.WriteString(b.Close)
	return s.String()
}

func writeCells(s *strings.Builder, cells []*flow.Para) {
	for _, c := range cells {
		s.WriteString(c.Whole(false))
	}
}

// treeSources are bodies with every kind of block: nested lists, loose
// items, quotes with lists inside, tables with inline markup and
// alignments, code, raw HTML, images, links, CJK emphasis.
var treeSources = append([]string{
	"- 一级**甲**\n  - 二级[链接](/a/)\n    1. 三级\n  - 二级乙\n- 一级乙\n\n1. x\n\n   y\n2. z\n\n3) 从三开始\n4) 四\n",
	"> 引用**强调**\n>\n> - 列表\n> - 第二\n>\n> > 嵌套引用\n\n> ## 引用里的标题\n",
	"| 左 | 中 | 右 | 无 |\n|:--|:-:|--:|---|\n| `码` | **粗** | [链](http://e.com/?a=1&b=2) | ![图](/i.png) |\n| 甲&amp;乙 | *斜* | ~~删~~ | |\n\n| 只有表头 |\n|---|\n",
	"```go\na := \"<b>\" & 1\n```\n\n    缩进代码\n    第二行\n\n```\n```\n\n~~~\n无语言\n~~~\n",
	"<div class=\"x\">原始</div>\n\n文字<b>粗</b>与<br>换行\n\n<!-- 注释 -->\n",
	"![独立图片](/img/a.png \"标题\")\n\n---\n\n**中文强调**，紧接*文字*。\n\n- \n- [ ] 任务\n- [x] 完成\n",
	"- 项一\n\n  第二段\n\n  ```\n  代码\n  ```\n- 项二\n  > 引用\n",
	"1. 甲\n   | a | b |\n   |---|---|\n   | 1 | 2 |\n",
	drawingSource,
}, paraSources...)

// drawingSource has an editor's drawings (raw_html = true) of every
// shape figure.go knows, and raw HTML that is none.
const drawingSource = "<figure class=\"fig\">\n<svg viewBox=\"0 0 400 300\"><text>图</text></svg>\n<figcaption>图1　审批<b>流程</b> </figcaption>\n</figure>\n\n" +
	"<div><img src=\"/a.png\" alt=\"示意\" width=\"640px\" height=\"480\"></div>\n\n" +
	"<svg width=\"200\" height=\"100\"><rect/></svg>\n\n" +
	"<img src=\"/b.png\" alt=\"照片\">\n\n" +
	"<p><svg viewBox=\"0,0,10,5\"></svg></p>\n\n" +
	"<svg viewBox=\"0 0 30 20\"><rect/></svg>\n\n" +
	"<p><img src=\"/c.png\" alt=\"无尺寸\"></p>\n\n" +
	"<div><svg><rect/></svg></div>\n\n" +
	"<figure><svg viewBox=\"0 0 4 3\"></svg><p>说明</p></figure>\n"

// TestTreeRebuildsTheHTML: every block of every body of the example and
// of the corpus, written again from its parts, is its HTML byte for byte,
// with raw HTML escaped or passed; and the parts are there (kids of every
// list item, cells of every table, code of every code block).
func TestTreeRebuildsTheHTML(t *testing.T) {
	srcs := append(append([]string{}, treeSources...), exampleBodies(t)...)
	for _, raw := range []bool{false, true} {
		r := New(Options{RawHTML: raw})
		count := map[string]int{}
		var check func(b Block, where string)
		check = func(b Block, where string) {
			count[b.Kind]++
			if got := b.Rebuild(); got != string(b.HTML) {
				t.Errorf("raw=%v %s %s rebuilds\n%q\nwant\n%q", raw, where, b.Kind, got, b.HTML)
			}
			if (b.Kind == "p" || b.Level > 0) && b.Para == nil {
				t.Errorf("raw=%v %s %s without runs: %q", raw, where, b.Kind, b.HTML)
			}
			if b.Kind == "table" && (b.Table == nil || len(b.Table.Head) == 0) {
				t.Errorf("raw=%v %s table without cells: %q", raw, where, b.HTML)
			}
			for _, it := range b.Items {
				if it.Kids == nil && it.Text != "" {
					t.Errorf("raw=%v %s item without kids: %q", raw, where, it.HTML)
				}
				check(it, where+"/li")
			}
			for _, k := range b.Kids {
				check(k, where+"/"+b.Kind)
			}
		}
		for i, src := range srcs {
			for _, b := range r.Render([]byte(src), 1, nil).Blocks() {
				check(b, "body "+string(rune('0'+i%10)))
			}
		}
		if count["li"] < 50 || count["table"] < 5 || count["pre"] < 4 || count["blockquote"] < 3 {
			t.Errorf("too few blocks checked: %v", count)
		}
	}
}

// TestTreeParts: the parts of a nested list, a quote, a table and a code
// block are what the Markdown says.
func TestTreeParts(t *testing.T) {
	doc := render(t, Options{}, treeSources[0]+"\n"+treeSources[2]+"\n"+"```go\na<b\n```\n\n> 引\n")
	ul := doc.Blocks()[0]
	if ul.Open != "<ul>\n" || ul.Close != "</ul>\n" || len(ul.Items) != 2 {
		t.Fatalf("ul: %q %q %d items", ul.Open, ul.Close, len(ul.Items))
	}
	first := ul.Items[0]
	if first.Open != "<li>" || len(first.Kids) != 2 || !first.Kids[0].Bare || first.Kids[0].Close != "\n" || first.Kids[1].Kind != "ul" {
		t.Fatalf("first item: %q, kids %+v", first.Open, first.Kids)
	}
	if got := first.Kids[0].Para.Whole(false); got != "一级<strong>甲</strong>\n" {
		t.Errorf("bare text writes %q", got)
	}
	nested := first.Kids[1].Items[0].Kids
	if len(nested) != 2 || nested[1].Kind != "ol" || nested[1].Items[0].Kids[0].Text != "三级" {
		t.Errorf("nested: %+v", nested)
	}
	second := ul.Items[1]
	if len(second.Kids) != 1 || !second.Kids[0].Bare || second.Kids[0].Open != "" || second.Kids[0].Close != "" {
		t.Errorf("tight item: %+v", second.Kids)
	}
	loose := doc.Blocks()[1].Items[0]
	if loose.Open != "<li>\n" || len(loose.Kids) != 2 || loose.Kids[1].Open != "<p>" || loose.Kids[1].Para == nil {
		t.Errorf("loose item %q: %+v", loose.Open, loose.Kids)
	}
	if ol := doc.Blocks()[2]; ol.Open != "<ol start=\"3\">\n" || ol.Start != 3 {
		t.Errorf("ol from 3: %q %d", ol.Open, ol.Start)
	}
	tb := doc.Blocks()[3].Table
	if tb == nil || strings.Join(tb.Align, ",") != "left,center,right," || len(tb.Body) != 2 {
		t.Fatalf("table: %+v", tb)
	}
	if tb.HeadOpen != "<thead>\n<tr>\n" || tb.BodyOpen != "<tbody>\n" || tb.RowOpen[0] != "<tr>\n" || tb.RowClose[1] != "</tr>\n" {
		t.Errorf("table tags %q %q %q %q", tb.HeadOpen, tb.BodyOpen, tb.RowOpen, tb.RowClose)
	}
	link := tb.Body[0][2]
	if link.Open != `<td style="text-align:right">` || link.Close != "</td>\n" || len(link.Runs) != 1 || link.Runs[0].Marks[0].Href != "http://e.com/?a=1&b=2" {
		t.Errorf("link cell: %+v", link)
	}
	if c := tb.Body[0][1].Runs[0]; c.Text != "粗" || c.Marks[0].Open != "<strong>" {
		t.Errorf("bold cell: %+v", c)
	}
	if only := doc.Blocks()[4].Table; only == nil || len(only.Body) != 0 || only.BodyOpen != "" || doc.Blocks()[4].Close != "</table>\n" {
		t.Errorf("head-only table: %+v", only)
	}
	pre := doc.Blocks()[5]
	if pre.Code != "a<b\n" || pre.Lang != "go" || pre.Open != `<pre><code class="language-go">` || pre.Close != "</code></pre>\n" {
		t.Errorf("code: %q %q %q %q", pre.Code, pre.Lang, pre.Open, pre.Close)
	}
	q := doc.Blocks()[6]
	if q.Open != "<blockquote>\n" || len(q.Kids) != 1 || q.Kids[0].Para == nil || q.Kids[0].Text != "引" {
		t.Errorf("quote: %q %+v", q.Open, q.Kids)
	}
}

// TestListItemWithTableKeepsItsAlignment: a list item rendered alone
// writes its table's alignment once, as the list did (goldmark's table
// renderer added the style again each time it rendered a cell).
func TestListItemWithTableKeepsItsAlignment(t *testing.T) {
	doc := render(t, Options{}, "1. 甲\n\n   | a |\n   |:-|\n   | 1 |\n")
	it := string(doc.Blocks()[0].Items[0].HTML)
	if !strings.Contains(string(doc.HTML), it) || strings.Contains(it, ";text-align") {
		t.Errorf("item %q is not in the list %q", it, doc.HTML)
	}
}

// TestDeepNesting: a quote and a list nested hundreds deep are cut into
// their tree, down to the text, and write their HTML again. (Their HTML
// is cut from the block's, not rendered again at every level: see
// container.)
func TestDeepNesting(t *testing.T) {
	for _, src := range []string{strings.Repeat("> ", 300) + "深\n", strings.Repeat("- ", 300) + "深\n"} {
		doc := render(t, Options{}, src)
		b := doc.Blocks()[0]
		if b.Rebuild() != string(b.HTML) {
			t.Errorf("%q rebuilds otherwise", src[:10])
		}
		depth := 0
		for ; len(b.Kids)+len(b.Items) > 0; depth++ {
			if len(b.Items) > 0 {
				b = b.Items[0]
			} else {
				b = b.Kids[0]
			}
		}
		if depth < 300 || b.Text != "深" {
			t.Errorf("%d levels down to %q", depth, b.Text)
		}
	}
}

// TestTreeTextIsPlainText: the text of a list or a quote, made of its
// items' or kids', is what plainText gives walking it, for every block of
// the example and of the corpus.
func TestTreeTextIsPlainText(t *testing.T) {
	r := New(Options{})
	n := 0
	for _, src := range append(append([]string{}, treeSources...), exampleBodies(t)...) {
		doc := r.Render([]byte(src), 1, nil)
		ctx := parser.NewContext(parser.WithIDs(newHeadingIDs()))
		ctx.Set(linkKey, &linkContext{lines: newLineIndex([]byte(src), 1)})
		root := r.md.Parser().Parse(text.NewReader([]byte(src)), parser.WithContext(ctx))
		i := 0
		for c := root.FirstChild(); c != nil; c, i = c.NextSibling(), i+1 {
			if want := plainText(c, []byte(src)); doc.Blocks()[i].Text != want {
				t.Errorf("%s writes %q, want %q", doc.Blocks()[i].Kind, doc.Blocks()[i].Text, want)
			}
			if k := doc.Blocks()[i].Kind; k == "ul" || k == "ol" || k == "blockquote" {
				n++
			}
		}
	}
	if n < 20 {
		t.Errorf("only %d lists and quotes", n)
	}
}
