package kiosk

import (
	"fmt"
	"html/template"
	"math/rand"
	"regexp"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/markdown"
)

func TestPaginateKeepsEveryPieceInOrderWithinCapacity(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for round := range 200 {
		first, rest := 300+r.Float64()*300, 400+r.Float64()*400
		var pieces []*Piece
		g := &Group{Ordered: true, Head: 20}
		for i := range 1 + r.Intn(40) {
			// Fit makes every piece fit an empty page with room for its
			// headings: two of 40 px at most, and a group's head.
			p := &Piece{P: &Inline{template.HTML(fmt.Sprintf("<i>%d</i>", i))}, Height: 10 + r.Float64()*(min(first, rest)-120)}
			switch r.Intn(4) {
			case 0:
				run := 0 // headings right before this one
				for j := i - 1; j >= 0 && pieces[j].Keep; j-- {
					run++
				}
				p.Keep = run < 2
				p.Height = min(p.Height, 40)
			case 1:
				p.Group, p.Start = g, 1
			}
			pieces = append(pieces, p)
		}
		pages := Paginate(pieces, func(i int) float64 { return map[bool]float64{true: first, false: rest}[i == 0] })
		var got []*Piece
		for i, pg := range pages {
			room := rest
			if i == 0 {
				room = first
			}
			if pg.Height > room+1e-9 {
				t.Fatalf("round %d: page %d holds %.1f px, room %.1f", round, i, pg.Height, room)
			}
			sum := 0.0
			for j, p := range pg.Pieces {
				sum += p.Height
				if j == 0 || pg.Pieces[j-1].Group != p.Group {
					if p.Group != nil {
						sum += p.Group.Head
					}
				}
			}
			if sum > pg.Height+1e-9 || sum < pg.Height-1e-9 {
				t.Fatalf("round %d: page %d says %.1f px, its pieces take %.1f", round, i, pg.Height, sum)
			}
			if n := len(pg.Pieces); i < len(pages)-1 && n > 1 && pg.Pieces[n-1].Keep {
				t.Errorf("round %d: page %d ends with a heading", round, i)
			}
			got = append(got, pg.Pieces...)
		}
		if len(got) != len(pieces) {
			t.Fatalf("round %d: %d pieces in, %d out", round, len(pieces), len(got))
		}
		for i := range got {
			if got[i] != pieces[i] {
				t.Fatalf("round %d: piece %d out of order", round, i)
			}
		}
	}
}

func TestGroupsAreWrappedOnEveryPage(t *testing.T) {
	g := &Group{Ordered: true, Head: 10}
	pieces := []*Piece{
		{Head: &Inline{"a"}, Height: 50},
		{Li: &Inline{"1"}, Height: 40, Group: g, Start: 1},
		{Li: &Inline{"2"}, Height: 40, Group: g, Start: 2},
		{Li: &Inline{"3"}, Height: 40, Group: g, Start: 3},
	}
	pages := Paginate(pieces, func(int) float64 { return 100 })
	var html []string
	for _, p := range pages {
		html = append(html, strings.ReplaceAll(pageHTML(t, p), "\n", ""))
	}
	want := []string{`<p>a</p><ol start="1"><li>1</li></ol>`, `<ol start="2"><li>2</li><li>3</li></ol>`}
	if strings.Join(html, "|") != strings.Join(want, "|") {
		t.Errorf("pages = %q, want %q", html, want)
	}
}

var tags = regexp.MustCompile(`<[^>]*>`)

func textOf(h template.HTML) string {
	return strings.Join(strings.Fields(tags.ReplaceAllString(string(h), "")), "")
}

func TestLongParagraphSplitsBetweenLinesKeepingFormatting(t *testing.T) {
	text := strings.Repeat("公开透明运行，", 40) + "结束。"
	src := "**" + text[:len("公开透明运行")] + "**" + text[len("公开透明运行"):]
	doc := markdown.New(markdown.Options{}).Render([]byte(src), 1, nil)
	m := withTags(t, Metrics{Width: 400, Font: 40}) // 10 characters a line
	m.MaxHeight = 5*m.line() + m.gap()
	pieces := Fit(doc.Blocks(), m)
	if len(pieces) < 6 {
		t.Fatalf("%d pieces for %d characters in 5-line pages", len(pieces), len([]rune(text)))
	}
	var all strings.Builder
	for i, p := range pieces {
		if p.Height > m.MaxHeight {
			t.Errorf("piece %d is %.0f px, more than the page's %.0f", i, p.Height, m.MaxHeight)
		}
		h := pieceHTML(t, p)
		if strings.Count(h, "<strong>") != strings.Count(h, "</strong>") ||
			strings.Count(h, "<p") != strings.Count(h, "</p>") {
			t.Errorf("piece %d is not balanced: %s", i, h)
		}
		all.WriteString(textOf(template.HTML(h))) //nolint:gosec // test
	}
	if all.String() != text {
		t.Errorf("text changed by splitting:\n got %s\nwant %s", all.String(), text)
	}
	if h := pieceHTML(t, pieces[0]); !strings.HasPrefix(h, "<p><strong>公开透明运行</strong>") {
		t.Errorf("first piece lost its bold: %s", h)
	}
}

func TestWideTablesBecomeCardsAndNarrowOnesStayTables(t *testing.T) {
	m := withTags(t, Metrics{Width: 1000, Font: 40, MaxHeight: 2000})
	narrow := markdown.Block{Kind: "table", Cells: [][]string{{"姓名", "职务"}, {"王建国", "青石镇党委书记"}, {"李秀英", "县审计局局长"}}}
	wide := markdown.Block{Kind: "table", Cells: [][]string{
		{"序号", "项目名称", "建设内容及规模", "总投资", "计划投资", "完成", "完成率", "形象进度", "责任单位"},
		{"1", "青山工业园标准厂房四期", "标准厂房20万平方米及配套", "68000", "25000", "21300", "85.2%", "8栋主体封顶", "县工业园管委会"},
	}}
	if ps := Fit([]markdown.Block{narrow}, m); len(ps) != 2 || !strings.HasPrefix(pieceHTML(t, ps[0]), `<table`) {
		t.Errorf("narrow table: %d pieces, %s", len(ps), pieceHTML(t, ps[0]))
	}
	ps := Fit([]markdown.Block{wide}, m)
	if len(ps) != 1 || !strings.Contains(pieceHTML(t, ps[0]), `class="card"`) {
		t.Fatalf("wide table not set as cards: %+v", ps)
	}
	h := pieceHTML(t, ps[0])
	for _, cell := range wide.Cells[1] {
		if !strings.Contains(textOf(template.HTML(h)), cell) { //nolint:gosec // test
			t.Errorf("card lost %q: %s", cell, h)
		}
	}
	if !strings.Contains(h, `<p class="rt">1　青山工业园标准厂房四期</p>`) {
		t.Errorf("card heading: %s", h)
	}
}

// TestBlocksWithoutOwnRunsLeaveNoWayOut: a quote, a list item of several
// blocks, a table inside a quote and raw HTML (raw_html = true) are
// written from their parts: links become text, images their description,
// link text with character references and nested markup, and alts with
// quotes, come through as written; their links are listed for QR codes.
func TestBlocksWithoutOwnRunsLeaveNoWayOut(t *testing.T) {
	src := "> 见[任前 &lt;公示&gt; & *名单*](/cadre/wang/)和![他说\"好\" <图>](/a.png)\n>\n" +
		"> | 名称 | 链接 |\n> |---|---|\n> | 甲 | [表 <内> &amp; **链**](/t/) |\n\n" +
		"- 第一段[项](/li/)\n\n  第二段![图'二'](/c.png)\n\n" +
		"<div><a href=\"/div/\">整块</a><img src=\"/d.png\" alt=\"块图\"></div>\n\n" +
		"<p>段中<a href=\"/raw/\">原始 &amp; <b>粗</b></a>和<img src=\"/e.png\" alt='引\"号'>。</p>\n\n" +
		"见<a href=\"/inline/\">内联</a>和<https://auto.example/x?a=1&b=2>。\n"
	doc, h := fitRaw(t, src)
	for _, bad := range []string{"<a", "<img", "href", "src="} {
		if strings.Contains(h, bad) {
			t.Errorf("%s is left:\n%s", bad, h)
		}
	}
	for _, want := range []string{
		`<blockquote>`, `<span class="ln">任前 &lt;公示&gt; &amp; <em>名单</em></span>`, `〔图：他说&#34;好&#34; &lt;图&gt;〕`,
		`<span class="ln">表 &lt;内&gt; &amp; <strong>链</strong></span>`, "第二段<span class=\"img\">〔图：图&#39;二&#39;〕</span>",
		`<p>整块</p>`, `<span class="ln">原始 &amp; <b>粗</b></span>`, `〔图：引&#34;号〕`, `<span class="ln">内联</span>`,
	} {
		if !strings.Contains(h, want) {
			t.Errorf("missing %s in\n%s", want, h)
		}
	}
	got := links(doc.Blocks(), "https://gk.example.gov.cn")
	want := []Link{{"任前 <公示> & 名单", "https://gk.example.gov.cn/cadre/wang/"}, {"表 <内> & 链", "https://gk.example.gov.cn/t/"},
		{"项", "https://gk.example.gov.cn/li/"}, {"原始 & 粗", "https://gk.example.gov.cn/raw/"},
		{"内联", "https://gk.example.gov.cn/inline/"}, {"https://auto.example/x?a=1&b=2", "https://auto.example/x?a=1&b=2"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("links = %q\nwant %q", got, want)
	}
}

// TestPhoneNumbersStayWholeOnSlides: a telephone number is one unit for
// the layout and for the browser, on every part of a paragraph cut
// between slides: the screen never shows "0791-" at a line's end.
func TestPhoneNumbersStayWholeOnSlides(t *testing.T) {
	src := strings.Repeat("对本决策执行中的问题和建议，请拨打0791-8826120（县交通运输局）反映。", 12)
	doc := markdown.New(markdown.Options{}).Render([]byte(src), 1, nil)
	m := withTags(t, Metrics{Width: 400, Font: 40})
	m.MaxHeight = 3*m.line() + m.gap()
	pieces := Fit(doc.Blocks(), m)
	if len(pieces) < 4 {
		t.Fatalf("%d pieces: the paragraph was not cut", len(pieces))
	}
	whole := 0
	for i, p := range pieces {
		h := pieceHTML(t, p)
		whole += strings.Count(h, `<span class="nb">0791-8826120</span>`)
		if strings.Count(h, "0791") != strings.Count(h, `<span class="nb">0791-8826120</span>`) {
			t.Errorf("piece %d breaks a number or leaves it unmarked: %s", i, h)
		}
	}
	if whole != 12 {
		t.Errorf("%d whole numbers on the slides, want 12", whole)
	}
}

// TestFlowchartSizeFromLayout: a flowchart is sized from the layout's
// width and height, not from its SVG, whatever the SVG says.
func TestFlowchartSizeFromLayout(t *testing.T) {
	m := withTags(t, Metrics{Width: 400, Font: 20, MaxHeight: 1000})
	b := markdown.Block{Kind: "flowchart", HTML: `<svg viewBox="0 0 1 1"></svg>`, Width: 200, Height: 100}
	ps := flowchartPiece(b, m)
	if len(ps) != 1 || ps[0].Height != 200+m.gap() || !strings.Contains(pieceHTML(t, ps[0]), "width:400px;height:200px") {
		t.Fatalf("pieces %v", ps)
	}
	if ps := flowchartPiece(markdown.Block{Kind: "flowchart", HTML: `<svg viewBox="0 0 200 100"></svg>`}, m); ps != nil {
		t.Errorf("a flowchart without a size: %v", ps)
	}
}

// TestLinksAndImagesOfflineFromRuns: a paragraph's, a heading's and a list
// item's links and images are made safe from their runs (flow.Mark.Href,
// flow.Run.Image), giving what clean gives from the HTML, for link text
// with character references and nested markup and alts with quotes.
func TestLinksAndImagesOfflineFromRuns(t *testing.T) {
	src := "见[任前 &lt;公示&gt; *名单*](/cadre/wang/ \"标题>\")和![他说\"好\" <图>](/a.png)，" +
		"[![内图](/b.png)](https://x.example/?a=1&b=2)。\n\n" +
		"## 标题[链接](/h/)\n\n- 项[链接](/li/)与![图](/c.png)\n"
	doc := markdown.New(markdown.Options{}).Render([]byte(src), 1, nil)
	n := 0
	for _, b := range doc.Blocks() {
		ps := []*flow.Para{b.Para}
		if b.Kind == "ul" {
			ps = []*flow.Para{b.Items[0].Para}
		}
		for _, p := range ps {
			if p == nil {
				t.Fatalf("block %s has no runs", b.Kind)
			}
			n++
			got := string(whole(p))
			if strings.Contains(got, "<a") || strings.Contains(got, "<img") || strings.Contains(got, "href") {
				t.Errorf("a way out is left: %s", got)
			}
		}
	}
	if n != 3 {
		t.Fatalf("%d blocks with runs, want 3", n)
	}
	h := string(whole(doc.Blocks()[0].Para))
	for _, want := range []string{`<span class="ln">任前 &lt;公示&gt; <em>名单</em></span>`, `〔图：他说&#34;好&#34; &lt;图&gt;〕`, `<span class="ln"><span class="img">〔图：内图〕</span></span>`} {
		if !strings.Contains(h, want) {
			t.Errorf("missing %s in %s", want, h)
		}
	}
	// Cut between slides: every part is safe, its link spans closed.
	m := withTags(t, Metrics{Width: 200, Font: 20})
	m.MaxHeight = 3*m.line() + m.gap()
	long := markdown.New(markdown.Options{}).Render([]byte(strings.Repeat("[一段很长的链接文字](/x/)和正文", 20)), 1, nil)
	for i, p := range Fit(long.Blocks(), m) {
		s := pieceHTML(t, p)
		if strings.Contains(s, "<a") || strings.Count(s, "<span") != strings.Count(s, "</span>") {
			t.Errorf("part %d: %s", i, s)
		}
	}
}

// TestLinksFromRuns: the QR codes of a body come from its runs: a link's
// text with character references and nested markup, a link around an
// image (its description), links in a heading and a list item, in order,
// once each; mail links and links not allowed left out.
func TestLinksFromRuns(t *testing.T) {
	src := "见[任前 &lt;公示&gt; *名单*](/cadre/wang/)和[![流程\"图\"](/b.png)](https://x.example/?a=1&amp;b=2)、" +
		"[信](mailto:a@b.example)[坏](javascript:x)。\n\n## 标题[再见](/cadre/wang/)\n\n- 项[办事](/guide/)\n"
	doc := markdown.New(markdown.Options{}).Render([]byte(src), 1, nil)
	got := links(doc.Blocks(), "https://gk.example.gov.cn")
	want := []Link{{"任前 <公示> 名单", "https://gk.example.gov.cn/cadre/wang/"}, {`流程"图"`, "https://x.example/?a=1&b=2"},
		{"办事", "https://gk.example.gov.cn/guide/"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("links = %q, want %q", got, want)
	}
}

// TestDrawingsShowWhatAKioskCan: an editor's drawing (markdown's "figure",
// raw_html) shows, whatever wraps it, a picture's description as a
// paragraph's picture does, an svg's text and its caption's text; nothing
// of it loads or leaves the kiosk, and it lists no link.
func TestDrawingsShowWhatAKioskCan(t *testing.T) {
	src := "<figure><svg viewBox=\"0 0 40 30\"><text>受理</text></svg><figcaption>图1　<a href=\"/x/\">流程</a></figcaption></figure>\n\n" +
		"<p><img src=\"/a.png\" alt=\"平面图\" width=\"800\" height=\"600\"></p>\n\n" +
		"<div><img src=\"/b.png\" alt=\"照片\"></div>\n\n" +
		"<p><svg viewBox=\"0 0 4 3\"><text>审批</text></svg></p>\n"
	doc, h := fitRaw(t, src)
	for _, bad := range []string{"<a", "<img", "<svg", "href", "src="} {
		if strings.Contains(h, bad) {
			t.Errorf("%s is left:\n%s", bad, h)
		}
	}
	for _, want := range []string{"<p>受理</p>", "<p>图1　流程</p>", "〔图：平面图〕", "〔图：照片〕", "<p>审批</p>"} {
		if !strings.Contains(h, want) {
			t.Errorf("missing %s in\n%s", want, h)
		}
	}
	if got := links(doc.Blocks(), "https://gk.example.gov.cn"); len(got) != 0 {
		t.Errorf("links %q", got)
	}
}

// fitRaw renders src with raw HTML allowed, fits it on a wide kiosk and
// gives the body and the HTML of all its pieces.
func fitRaw(t *testing.T, src string) (*markdown.Doc, string) {
	t.Helper()
	doc := markdown.New(markdown.Options{RawHTML: true}).Render([]byte(src), 1, nil)
	m := withTags(t, Metrics{Width: 2000, Font: 20, MaxHeight: 4000})
	var all strings.Builder
	for _, p := range Fit(doc.Blocks(), m) {
		all.WriteString(pieceHTML(t, p))
	}
	return doc, all.String()
}
