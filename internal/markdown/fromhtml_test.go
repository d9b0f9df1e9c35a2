package markdown

import (
	"html/template"
	"reflect"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/flow"
	"golang.org/x/net/html"
)

// normal is b as far as HTML can tell it, to compare FromHTML with the
// Markdown renderer: a Para is its HTML with references resolved (where
// the renderer split text into runs, and whether it wrote a character or
// its reference, is not in the HTML); raw HTML is its kind, HTML and
// size (a drawing's; its Text is its source in a body); with text, the
// block's Text without white space (a line break in a Latin paragraph is a
// space in a body's text, a line break in its HTML).
func normal(b Block, text bool) Block {
	if b.Kind == "html" {
		return Block{Kind: b.Kind, HTML: b.HTML, Width: b.Width, Height: b.Height}
	}
	b.HTML = template.HTML(html.UnescapeString(string(b.HTML))) //nolint:gosec // compared, never written
	b.Para = normalPara(b.Para)
	if text {
		b.Text = strings.Join(strings.Fields(b.Text), "")
	} else {
		b.Text = ""
		b.Cells = nil
	}
	b.Items = normalAll(b.Items, text)
	b.Kids = normalAll(b.Kids, text)
	if t := b.Table; t != nil {
		n := *t
		n.Head = normalParas(t.Head)
		n.Body = nil
		for _, row := range t.Body {
			n.Body = append(n.Body, normalParas(row))
		}
		b.Table = &n
	}
	return b
}

func normalAll(bs []Block, text bool) []Block {
	var out []Block
	for _, b := range bs {
		out = append(out, normal(b, text))
	}
	return out
}

func normalParas(ps []*flow.Para) []*flow.Para {
	var out []*flow.Para
	for _, p := range ps {
		out = append(out, normalPara(p))
	}
	return out
}

func normalPara(p *flow.Para) *flow.Para {
	if p == nil {
		return nil
	}
	return &flow.Para{Open: p.Open, Close: p.Close, Runs: []flow.Run{{HTML: html.UnescapeString(p.HTML(flow.At{}, p.End(), false))}}}
}

// TestFromHTMLReadsTheRenderedBlocks: the HTML of every body of the
// example and of the corpus, read by FromHTML, gives the blocks Render
// gave, as far as HTML tells them (normal); and they write it again.
func TestFromHTMLReadsTheRenderedBlocks(t *testing.T) {
	srcs := append(append([]string{}, treeSources...), exampleBodies(t)...)
	for _, raw := range []bool{false, true} {
		r := New(Options{RawHTML: raw})
		for _, src := range srcs {
			doc := r.Render([]byte(src), 1, nil)
			got := FromHTML(string(doc.HTML))
			text := !raw || !strings.Contains(src, "<")
			if g, w := normalAll(asRendered(got, doc.Blocks()), text), normalAll(visible(doc.Blocks()), text); !reflect.DeepEqual(g, w) {
				for i := range min(len(g), len(w)) {
					if !reflect.DeepEqual(g[i], w[i]) {
						t.Errorf("raw=%v block %d of %q:\n got %+v\nwant %+v", raw, i, src[:min(len(src), 60)], g[i], w[i])
						break
					}
				}
				if len(g) != len(w) {
					t.Errorf("raw=%v: %d blocks, want %d: %q", raw, len(g), len(w), doc.HTML)
				}
			}
			checkRebuild(t, got, string(doc.HTML), !strings.Contains(src, "&"))
		}
	}
}

// visible are the blocks of a body without those that write nothing but
// white space (raw HTML that is not published), which HTML cannot show:
// the white space is the block's before.
func visible(bs []Block) []Block {
	var out []Block
	for _, b := range bs {
		if strings.TrimSpace(string(b.HTML)) == "" && len(out) > 0 {
			last := &out[len(out)-1]
			last.HTML += b.HTML
			last.Close += string(b.HTML)
			if last.Para != nil {
				p := *last.Para
				p.Close = last.Close
				last.Para = &p
			}
			continue
		}
		out = append(out, b)
	}
	return out
}

// asRendered are blocks FromHTML read, with raw HTML that the renderer
// escaped into a paragraph (raw_html = false) as the renderer gives it.
func asRendered(got, rendered []Block) []Block {
	out := append([]Block(nil), got...)
	for i, w := range visible(rendered) {
		if i < len(out) && w.Kind == "html" && out[i].Kind == "p" && out[i].HTML == w.HTML {
			out[i] = Block{Kind: "html", HTML: w.HTML}
		}
	}
	return out
}

// checkRebuild: blocks read from h write h again: byte for byte when
// exact, else as HTML that reads as the same blocks.
func checkRebuild(t *testing.T, blocks []Block, h string, exact bool) {
	t.Helper()
	var all strings.Builder
	for _, b := range blocks {
		all.WriteString(b.Rebuild())
	}
	want := strings.TrimLeft(h, " \t\r\n\f")
	switch {
	case exact && all.String() != want:
		t.Errorf("blocks write\n%q\nwant\n%q", all.String(), want)
	case !reflect.DeepEqual(normalAll(FromHTML(all.String()), true), normalAll(blocks, true)):
		t.Errorf("blocks write %q, which reads otherwise than %q", all.String(), want)
	}
}

// partials are HTML as the default theme's partials write it (kiosk-
// powers.html, board-powers.html, board-risks.html, board-stages.html),
// with html/template's escaping.
var partials = []string{
	`<h3 id="运行环节">运行环节</h3>
<ol start="2">
<li><strong>受理a&lt;b&gt; &amp; &#34;c&#34; &#39;d&#39; &#43;1 *e* \f</strong>　主体：窗口；条件：材料齐全；目标：申请人；时限：1个工作日；要求：咨询电话0791-8812380</li>
<li><strong>审查</strong>　主体：；条件：；目标：；时限：；要求：</li>
</ol>
<h3 id="廉政风险点及防控措施">廉政风险点及防控措施</h3>
<table>
<thead>
<tr>
<th>风险等级</th>
<th>风险点</th>
<th>防控措施</th>
<th>责任岗位</th>
</tr>
</thead>
<tbody>
<tr>
<td>▲高</td>
<td>a&lt;b&gt; &amp; &#34;c&#34;</td>
<td>制度：两人审核；监督：公开</td>
<td>科长</td>
</tr>
</tbody>
</table>
<ul>
<li><strong>调查研究</strong>（已完成）2026年7月1日至2026年10月15日：征求意见</li>
<li><strong>风险评估</strong>（未开始）</li>
</ul>
`,
	`<table><thead><tr><th>职权名称</th><th>职权依据</th><th>环节和风险点</th><th>扫码查看</th></tr></thead><tbody><tr data-id="QL-01"><td><b>行政许可</b><br>县财政局</td><td>《中华人民共和国预算法》</td><td>5个环节<br><span class="lv lv-2">▲中1个</span></td><td data-mm="18"><div class="drawing" style="width:18mm;height:18mm"><svg viewBox="0 0 21 21"><path d="M0 0h7v7H0z"/><g></g></svg></div></td></tr></tbody></table>`,
	`<h3><span class="lv lv-3">▲高</span>（2个）</h3><table><thead><tr><th>风险点</th><th>职权事项及环节</th><th>防控措施</th><th>责任单位及岗位</th></tr></thead><tbody><tr data-id="R1"><td><b>R1</b>　<span class="lv lv-3">▲高</span><br>审批不公（履职）</td><td>许可·审查</td><td><b>制度</b>：两人审核<br><b>监督</b>：公开</td><td>财政局</td></tr></tbody></table><p>风险等级说明：<b>高</b>——可能造成重大损失。</p>`,
	`<ol class="stages"><li><b>调查研究</b>（已完成）2026年7月1日至2026年10月15日。征求意见。</li><li><b>风险评估</b>（未开始）</li></ol>`,
	"<div class=\"fig\"><svg><text>图</text></svg></div>\n<!-- 注释 -->\n<figure><svg></svg><figcaption>流程</figcaption></figure>\n文字<b>粗</b>\n<ul>\n<li>甲\n<ul>\n<li>乙</li>\n</ul>\n</li>\n</ul>\n",
	// A site's own partial: a table without thead and tbody, one with a caption.
	"<table>\n<tr><th>姓名</th><th>职务</th></tr>\n<tr><td>王建国</td><td>书记</td></tr>\n</table>\n<table><caption>表</caption><tr><td>甲</td></tr></table>",
}

// TestFromHTMLReadsPartials: what the partials write reads as typed
// blocks (headings, lists with their items' runs, tables with cells as
// runs, raw HTML whole) that write it again.
func TestFromHTMLReadsPartials(t *testing.T) {
	for _, h := range partials {
		checkRebuild(t, FromHTML(h), h, !strings.Contains(h, "&#"))
	}
	k := FromHTML(partials[0])
	if kinds := kindsOf(k); kinds != "h3 ol h3 table ul" {
		t.Fatalf("kiosk partial: %s", kinds)
	}
	if ol := k[1]; ol.Start != 2 || ol.Rows != 2 || ol.Items[0].Para == nil || ol.Items[0].Para.Open != "<li>" || ol.Items[0].Para.Close != "</li>\n" {
		t.Errorf("steps: %+v", ol)
	}
	if first := k[1].Items[0].Para.Runs[0]; first.Text != `受理a<b> & "c" 'd' +1 *e* \f` || first.Marks[0].Open != "<strong>" {
		t.Errorf("first step's runs: %+v", first)
	}
	if tb := k[3]; tb.Rows != 1 || tb.Cells[1][1] != `a<b> & "c"` || tb.Table.Body[0][3].Whole(false) != "<td>科长</td>\n" {
		t.Errorf("risks: %+v", tb)
	}
	qr := FromHTML(partials[1])[0]
	if qr.Kind != "table" || qr.Table.RowOpen[0] != `<tr data-id="QL-01">` || qr.Rows != 1 {
		t.Fatalf("board powers: %+v", qr)
	}
	if name := qr.Table.Body[0][0]; len(name.Runs) != 3 || name.Runs[0].Marks[0].Open != "<b>" || name.Runs[1].HTML != "<br>" || name.Runs[2].Text != "县财政局" {
		t.Errorf("a cell with a line break: %+v", name.Runs)
	}
	if own := FromHTML(partials[5]); kindsOf(own) != "table html" || own[0].Table.HeadOpen != "<tr>" || own[0].Rows != 1 || own[0].Cells[1][0] != "王建国" || own[0].Table.BodyOpen != "" {
		t.Errorf("a table without thead: %s %+v", kindsOf(own), own[0].Table)
	}
	if raw := FromHTML(partials[4]); kindsOf(raw) != "html html html p ul" || !raw[3].Bare || raw[4].Items[0].Kids[0].Close != "\n" {
		t.Errorf("raw HTML and bare text: %s %+v", kindsOf(raw), raw)
	}
}

// space is what HTML takes for white space.
const space = " \t\r\n\f"

func rebuild(bs []Block) string {
	var all strings.Builder
	for _, b := range bs {
		all.WriteString(b.Rebuild())
	}
	return all.String()
}

func kindsOf(bs []Block) string {
	var ks []string
	for _, b := range bs {
		ks = append(ks, b.Kind)
	}
	return strings.Join(ks, " ")
}

// FuzzFromHTML: FromHTML never panics; the blocks it reads write the
// HTML again, nothing lost or added (the same once references are
// resolved: text is escaped as flow escapes it), and what they write
// reads as blocks that write it again. Seeds: the corpus's HTML and the
// partials; run longer by hand with go test -fuzz FuzzFromHTML.
func FuzzFromHTML(f *testing.F) {
	r := New(Options{RawHTML: true})
	for _, src := range treeSources {
		f.Add(string(r.Render([]byte(src), 1, nil).HTML))
	}
	for _, h := range partials {
		f.Add(h)
	}
	for _, h := range []string{"<p><b>", "</li><li>", "<ul><p>x</p></ul>", "<table><tr><td>x</table>", "a&b<br>\nc", "<pre><code>x", "<li>", "<h2", "<p><i></b></p>"} {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, h string) {
		once := rebuild(FromHTML(h))
		if twice := rebuild(FromHTML(once)); strings.TrimLeft(twice, space) != strings.TrimLeft(once, space) {
			t.Errorf("%q writes %q, which writes %q", h, once, twice)
		}
		if got, want := strings.TrimLeft(html.UnescapeString(once), space), strings.TrimLeft(html.UnescapeString(h), space); got != want {
			t.Errorf("%q writes %q: something is lost or added", h, once)
		}
	})
}

// TestPartialReadsAsMarkdown: what kiosk-powers.html writes (partials[0])
// reads as the blocks of the Markdown the kiosk generated before the
// partial: the same kinds, levels, start, texts and cells, and every
// heading and list item writes the same HTML from its runs, html/
// template's references (&#43;, &#39;) written as characters as the
// Markdown renderer writes them, a telephone number kept on one line.
func TestPartialReadsAsMarkdown(t *testing.T) {
	odd := Text(`a<b> & "c" 'd' +1 *e* \f`)
	md := "### 运行环节\n\n2. **受理" + odd + "**　主体：窗口；条件：材料齐全；目标：申请人；时限：1个工作日；要求：咨询电话0791-8812380\n" +
		"3. **审查**　主体：；条件：；目标：；时限：；要求：\n\n### 廉政风险点及防控措施\n\n" +
		"| 风险等级 | 风险点 | 防控措施 | 责任岗位 |\n|---|---|---|---|\n| ▲高 | " + Text(`a<b> & "c"`) + " | 制度：两人审核；监督：公开 | 科长 |\n\n" +
		"- **调查研究**（已完成）2026年7月1日至2026年10月15日：征求意见\n- **风险评估**（未开始）\n"
	want := New(Options{}).Render([]byte(md), 1, nil).Blocks()
	got := FromHTML(partials[0])
	if len(got) != len(want) {
		t.Fatalf("%d blocks, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Kind != w.Kind || g.Level != w.Level || g.Start != w.Start || g.Text != w.Text || !reflect.DeepEqual(g.Cells, w.Cells) || len(g.Items) != len(w.Items) {
			t.Errorf("block %d:\n got %s %d %d %q %q %d items\nwant %s %d %d %q %q %d items", i,
				g.Kind, g.Level, g.Start, g.Text, g.Cells, len(g.Items), w.Kind, w.Level, w.Start, w.Text, w.Cells, len(w.Items))
			continue
		}
		if w.Para != nil && (g.Para == nil || g.Para.Whole(true) != w.Para.Whole(true)) {
			t.Errorf("block %d writes %q, want %q", i, g.Para.Whole(true), w.Para.Whole(true))
		}
		for j, wi := range w.Items {
			if gi := g.Items[j]; gi.Text != wi.Text || gi.Para == nil || gi.Para.Whole(true) != wi.Para.Whole(true) {
				t.Errorf("block %d item %d: %q, want %q", i, j, gi.Text, wi.Text)
			}
		}
	}
	if h := got[1].Items[0].Para.Whole(true); !strings.Contains(h, `<span class="nb">0791-8812380</span>`) {
		t.Errorf("the telephone number may break: %s", h)
	}
}

// TestFromHTMLReadsFixedColumns: a data-mm on any cell of a column is the
// column's FixedMM (the widest if several say it); a table without one
// has none, as a body's tables have none.
func TestFromHTMLReadsFixedColumns(t *testing.T) {
	if qr := FromHTML(partials[1])[0].Table; !reflect.DeepEqual(qr.FixedMM, []float64{0, 0, 0, 18}) {
		t.Errorf("board powers: FixedMM %v, want [0 0 0 18]", qr.FixedMM)
	}
	h := `<table><tr><th>甲</th><th data-mm="x">乙</th></tr><tr><td data-mm="12">1</td><td>2</td></tr><tr><td data-mm=" 20 ">3</td><td data-mm="-1">4</td></tr></table>`
	if got := FromHTML(h)[0].Table.FixedMM; !reflect.DeepEqual(got, []float64{20}) {
		t.Errorf("FixedMM %v, want [20]", got)
	}
	if got := FromHTML(partials[0])[3].Table.FixedMM; got != nil {
		t.Errorf("a table without data-mm: FixedMM %v", got)
	}
}
