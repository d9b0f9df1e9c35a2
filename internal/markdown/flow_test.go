package markdown

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/textfit/textfittest"
)

// paraSources are paragraphs with every kind of inline content.
var paraSources = []string{
	"监督电话：0791-8851210。对**重点项目**建设有*意见*建议的，\n请拨打~~旧号~~新号。",
	"见[办事指南](https://example.org/a?b=1&c=2 \"指南\")和<https://example.org/x>，`code` 与 ![图](/a.png)。",
	"转义 \\*星号\\* 与 &amp; &copy; 实体，<b>原始</b> HTML。  \n硬换行后的**粗体[链接](/p/)里**的文字。",
	"[不允许的链接](javascript:alert(1)) 只留文字。",
}

// TestParaRunsAreTheHTML: the runs of every paragraph, heading and
// one-line list item, in their element, are its HTML byte for byte, with
// raw HTML escaped or passed; and every such block has runs.
func TestParaRunsAreTheHTML(t *testing.T) {
	srcs := append([]string{}, paraSources...)
	srcs = append(srcs, exampleBodies(t)...)
	srcs = append(srcs, textfittest.Paragraph(3000), "## 标题 *强调* 0791-1234567\n\n- 电话：0791-8812380\n- **姓名**：王建国\n")
	for _, raw := range []bool{false, true} {
		r := New(Options{RawHTML: raw})
		count := map[string]int{}
		check := func(b Block) {
			if b.Para == nil {
				t.Errorf("raw=%v: %s without runs: %q", raw, b.Kind, b.HTML)
				return
			}
			count[b.Kind]++
			if got := b.Para.Whole(false); got != string(b.HTML) {
				t.Errorf("raw=%v: runs give\n%q\nwant\n%q", raw, got, b.HTML)
			}
		}
		for _, src := range srcs {
			for _, b := range r.Render([]byte(src), 1, nil).Blocks() {
				switch {
				case b.Kind == "p" && strings.HasPrefix(string(b.HTML), "<p>"), b.Level > 0:
					check(b)
				case b.Kind == "ul" || b.Kind == "ol":
					for _, it := range b.Items {
						if !strings.Contains(string(it.HTML), "<p>") && !strings.Contains(string(it.HTML), "<ul") && !strings.Contains(string(it.HTML), "<ol") {
							check(it)
						}
					}
				}
			}
		}
		if count["p"] < 100 || count["li"] < 20 || count["h2"]+count["h3"] < 10 {
			t.Fatalf("too few blocks checked: %v", count)
		}
	}
}

// TestParaMarksAndRuns: links keep the renderer's URL rules, text around
// entities is cut only where its HTML is its text.
func TestParaMarksAndRuns(t *testing.T) {
	b := New(Options{}).Render([]byte(paraSources[1]), 1, nil).Blocks()[0]
	link := b.Para.Runs[1]
	if len(link.Marks) != 1 || link.Marks[0].Open != `<a href="https://example.org/a?b=1&amp;c=2" title="指南">` {
		t.Errorf("link run = %+v", link)
	}
	b = New(Options{}).Render([]byte(paraSources[3]), 1, nil).Blocks()[0]
	if h := b.Para.HTML(flow.At{}, b.Para.End(), false); strings.Contains(h, "javascript") || !strings.Contains(h, "不允许的链接") {
		t.Errorf("refused link = %q", h)
	}
}

// exampleBodies are the bodies of the example site's items.
func exampleBodies(t *testing.T) []string {
	files, err := filepath.Glob("../../content/*/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example content: %v", err)
	}
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		if parts := strings.SplitN(s, "+++", 3); len(parts) == 3 {
			s = parts[2]
		}
		out = append(out, s)
	}
	return out
}

// TestParaCutsRenderedMarkdown: cuts of real paragraphs, as kiosk slides
// make them: an element open at the cut is closed and opened again, a
// hard line break at the cut is dropped, a reference stays whole.
func TestParaCutsRenderedMarkdown(t *testing.T) {
	cases := []struct {
		src        string
		n          int
		head, rest string
	}{
		{"一二三四", 2, "一二", "三四"},
		{"**王建国**，男", 3, "<strong>王建国</strong>", "，男"},
		{"**王建国同志**，男", 3, "<strong>王建国</strong>", "<strong>同志</strong>，男"},
		{"A &amp; B  \nC", 3, "A &amp; B", "C"},
		{"见[任前公示](/cadre/)。", 3, `见<a href="/cadre/">任前</a>`, `<a href="/cadre/">公示</a>。`},
	}
	r := New(Options{})
	for _, c := range cases {
		p := r.Render([]byte(c.src), 1, nil).Blocks()[0].Para
		head, next := p.Cut(flow.At{}, c.n, false)
		if rest := p.HTML(next, p.End(), false); head != c.head || rest != c.rest {
			t.Errorf("%q cut after %d: %q | %q, want %q | %q", c.src, c.n, head, rest, c.head, c.rest)
		}
	}
}

// TestParaShowsTheBlocksText: a paragraph's runs show the characters of
// its plain text (Block.Text), in order, spaces aside, so a cut after the
// n-th character of the measured text is a cut after the n-th of the runs.
func TestParaShowsTheBlocksText(t *testing.T) {
	srcs := append(append([]string{}, paraSources...), exampleBodies(t)...)
	for _, body := range textfittest.Bodies() {
		srcs = append(srcs, body)
	}
	r := New(Options{RawHTML: true})
	for _, src := range srcs {
		for _, b := range r.Render([]byte(src), 1, nil).Blocks() {
			if b.Para == nil {
				continue
			}
			var runs strings.Builder
			for _, run := range b.Para.Runs {
				runs.WriteString(run.Text)
			}
			if got, want := strings.Join(strings.Fields(runs.String()), ""), strings.Join(strings.Fields(b.Text), ""); got != want {
				t.Errorf("runs show\n%q\nthe block's text is\n%q", got, want)
			}
		}
	}
}

// BenchmarkRenderExample renders every body of the example site, runs
// included: what the build pays for markdown once per item.
func BenchmarkRenderExample(b *testing.B) {
	t := &testing.T{}
	srcs := exampleBodies(t)
	r := New(Options{})
	for b.Loop() {
		for _, src := range srcs {
			r.Render([]byte(src), 1, nil)
		}
	}
}

// TestRunsKnowLinksAndImages: a link's mark carries its target as the
// href gives it, an image's run its description; a link or an image the
// renderer does not write (not allowed) carries neither.
func TestRunsKnowLinksAndImages(t *testing.T) {
	doc := New(Options{}).Render([]byte("[公示 <b>](/公示/?a=1&b=2)和![说\"好\"](/a.png)与[坏](javascript:x)![坏图](javascript:y)"), 1, nil)
	p := doc.Blocks()[0].Para
	if p == nil {
		t.Fatal("no runs")
	}
	var hrefs, alts []string
	for _, r := range p.Runs {
		if r.Image {
			alts = append(alts, r.Alt)
		}
		for _, m := range r.Marks {
			if m.Href != "" && (len(hrefs) == 0 || hrefs[len(hrefs)-1] != m.Href) {
				hrefs = append(hrefs, m.Href)
			}
		}
	}
	if fmt.Sprint(hrefs) != "[/%e5%85%ac%e7%a4%ba/?a=1&b=2]" && fmt.Sprint(hrefs) != "[/%E5%85%AC%E7%A4%BA/?a=1&b=2]" {
		t.Errorf("hrefs %q; HTML %s", hrefs, doc.HTML)
	}
	if fmt.Sprint(alts) != `[说"好"]` {
		t.Errorf("alts %q; HTML %s", alts, doc.HTML)
	}
}

// TestAutolinksAndRawTagsAreMarks: an autolink, a bare address (GFM), a
// code span and, with raw_html, an editor's inline tags come as marks
// around text runs, a link's with its target, an image as a run with its
// description, so no channel reads a paragraph's HTML again; the runs
// still write the paragraph's HTML, and its Text is what they show.
func TestAutolinksAndRawTagsAreMarks(t *testing.T) {
	src := "见<https://auto.example/x?a=1&b=2>和 www.example.cn 及`a<b`。\n\n" +
		"<span>段</span>中<a href=\"/raw/\">原始 &amp; <b>粗</b></a>和<img src=\"/e.png\" alt=\"引号\">。\n"
	doc := New(Options{RawHTML: true}).Render([]byte(src), 1, nil)
	hrefs := map[string]string{}
	for _, b := range doc.Blocks() {
		if got := b.Para.Whole(false); got != string(b.HTML) {
			t.Errorf("runs write %q, want %q", got, b.HTML)
		}
		for _, r := range b.Para.Runs {
			if r.Atomic && !r.Image {
				t.Errorf("an atomic run %q in %q", r.HTML, b.HTML)
			}
			for _, m := range r.Marks {
				if m.Href != "" {
					hrefs[m.Href] += r.Text
				}
			}
		}
	}
	want := map[string]string{"https://auto.example/x?a=1&b=2": "https://auto.example/x?a=1&b=2", "http://www.example.cn": "www.example.cn", "/raw/": "原始 & 粗"}
	if !reflect.DeepEqual(hrefs, want) {
		t.Errorf("links %q, want %q", hrefs, want)
	}
	if code := doc.Blocks()[0].Para.Runs; !slices.ContainsFunc(code, func(r flow.Run) bool {
		return r.Text == "a<b" && len(r.Marks) == 1 && r.Marks[0].Open == "<code>"
	}) {
		t.Errorf("code span: %+v", code)
	}
	raw := doc.Blocks()[1]
	if img := raw.Para.Runs[len(raw.Para.Runs)-2]; !img.Image || img.Alt != "引号" {
		t.Errorf("image: %+v", img)
	}
	if raw.Text != "段中原始 & 粗和引号。" {
		t.Errorf("text %q", raw.Text)
	}
}
