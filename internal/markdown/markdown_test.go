package markdown

import (
	"fmt"
	"strings"
	"testing"
)

func render(t *testing.T, opts Options, src string) *Doc {
	t.Helper()
	return New(opts).Render([]byte(src), 1, nil)
}

func TestCJKLineBreakIsNotASpace(t *testing.T) {
	doc := render(t, Options{}, "第一行，\n第二行。\nEnglish words\nstay apart.\n")
	want := "<p>第一行，第二行。English words\nstay apart.</p>\n"
	if string(doc.HTML) != want {
		t.Errorf("got %q, want %q", doc.HTML, want)
	}
}

func TestRawHTMLEscapedUnlessAllowed(t *testing.T) {
	src := "<script>alert(1)</script>\n\n文字<b>粗</b>\n"
	safe := string(render(t, Options{}, src).HTML)
	if strings.Contains(safe, "<script>") || strings.Contains(safe, "<b>") {
		t.Errorf("raw HTML passed through: %s", safe)
	}
	if !strings.Contains(safe, "&lt;script&gt;alert(1)&lt;/script&gt;") || !strings.Contains(safe, "文字&lt;b&gt;粗&lt;/b&gt;") {
		t.Errorf("raw HTML not shown as text: %s", safe)
	}
	doc := render(t, Options{RawHTML: true}, src)
	raw := string(doc.HTML)
	if !strings.Contains(raw, "<b>粗</b>") {
		t.Errorf("raw HTML dropped when allowed: %s", raw)
	}
	// A script is never published, even with raw_html = true: shown as
	// text, and reported.
	if strings.Contains(raw, "<script>") || !strings.Contains(raw, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("a script passed with raw_html = true: %s", raw)
	}
	if len(doc.Problems) != 1 || doc.Problems[0].Line != 1 || !strings.Contains(doc.Problems[0].Msg, "<script>") {
		t.Errorf("problems = %+v", doc.Problems)
	}
}

func TestTablesAndChineseHeadingIDs(t *testing.T) {
	doc := render(t, Options{}, "## 一、总体要求\n\n## 一、总体要求\n\n| 姓名 | 职务 |\n|---|---|\n| 王建国 | 书记 |\n| 李秀英 | 县长 |\n")
	h := string(doc.HTML)
	for _, want := range []string{`<h2 id="一总体要求">`, `<h2 id="一总体要求-1">`, "<table>", "<td>王建国</td>"} {
		if !strings.Contains(h, want) {
			t.Errorf("missing %q in %s", want, h)
		}
	}
	if len(doc.Blocks()) != 3 || doc.Blocks()[2].Kind != "table" || doc.Blocks()[2].Rows != 2 {
		t.Errorf("blocks = %+v", doc.Blocks())
	}
	if doc.Blocks()[2].Text != "姓名 职务\n王建国 书记\n李秀英 县长" {
		t.Errorf("table text = %q", doc.Blocks()[2].Text)
	}
}

func TestLinksResolvedWithFileLines(t *testing.T) {
	src := "第一段。\n\n见[任前公示](../cadre/wang.md)和[外部](https://example.gov.cn/)。\n"
	var seen []Link
	doc := New(Options{}).Render([]byte(src), 5, func(dest string, line int) (string, bool) {
		seen = append(seen, Link{dest, line})
		if strings.HasSuffix(dest, ".md") {
			return "/cadre/wang/", true
		}
		return dest, true
	})
	if len(seen) != 2 || seen[0].Line != 7 || seen[1].Line != 7 {
		t.Errorf("links = %+v, want two on line 7", seen)
	}
	if !strings.Contains(string(doc.HTML), `href="/cadre/wang/"`) || !strings.Contains(string(doc.HTML), `href="https://example.gov.cn/"`) {
		t.Errorf("link not rewritten or external link lost: %s", doc.HTML)
	}
}

func TestEmphasisNextToChinesePunctuation(t *testing.T) {
	for src, want := range map[string]string{
		"**公示对象：**王建国":              "<p><strong>公示对象：</strong>王建国</p>\n",
		"经研究，**“同意”**。":             "<p>经研究，<strong>“同意”</strong>。</p>\n",
		"**重要**事项":                  "<p><strong>重要</strong>事项</p>\n",
		"a **b** c":                 "<p>a <strong>b</strong> c</p>\n",
		"2*3*4 and snake_case_name": "<p>2<em>3</em>4 and snake_case_name</p>\n",
	} {
		if got := string(render(t, Options{}, src).HTML); got != want {
			t.Errorf("%s\n got %q\nwant %q", src, got, want)
		}
	}
}

func TestSoftBreaksInPlainText(t *testing.T) {
	doc := render(t, Options{}, "第一行，\n第二行\n接着写。English words\nstay apart.\\\n硬换行。\n")
	want := "第一行，第二行接着写。English words stay apart.\n硬换行。"
	if doc.Blocks()[0].Text != want {
		t.Errorf("text = %q, want %q", doc.Blocks()[0].Text, want)
	}
}

func TestListItemsAndTableCells(t *testing.T) {
	doc := render(t, Options{}, "3. 第一项\n4. **第二项**，\n   续写\n\n| 姓名 | 职务 说明 |\n|---|---|\n| 王建国 | 书记 |\n")
	list, table := doc.Blocks()[0], doc.Blocks()[1]
	if list.Kind != "ol" || list.Start != 3 || len(list.Items) != 2 {
		t.Fatalf("list = %+v", list)
	}
	if list.Items[1].Kind != "li" || list.Items[1].Text != "第二项，续写" || !strings.Contains(string(list.Items[1].HTML), "<li><strong>第二项</strong>") {
		t.Errorf("item = %+v", list.Items[1])
	}
	want := [][]string{{"姓名", "职务 说明"}, {"王建国", "书记"}}
	if fmt.Sprint(table.Cells) != fmt.Sprint(want) {
		t.Errorf("cells = %q, want %q", table.Cells, want)
	}
}

func TestInvalidUTF8DoesNotCrash(t *testing.T) {
	// goldmark's east-asian line breaks read the last rune of a line
	// backwards and crashed on a line of continuation bytes (found by
	// FuzzRender).
	doc := render(t, Options{}, "\xb6\n0")
	if !strings.Contains(string(doc.HTML), "\uFFFD") {
		t.Errorf("got %q", doc.HTML)
	}
}
