package markdown

import (
	"html"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// hostileText is text an editor may type in a title or a label that
// Markdown would read as markup, a link or a new block.
var hostileText = []string{
	"[x](javascript:alert(1))",
	"![x](https://evil.example/a.png)",
	"<https://evil.example/>",
	"<b>粗</b><script>alert(1)</script>",
	"联系 a@b.cn，见 https://e.example/x 或 www.e.example 或 WWW.E.example",
	"*粗* _斜_ ~~删~~ `代码` &lt; &#106; &amp;",
	"第一行\n\n# 标题\n- 列表\n| a | b |\n|---|---|",
	"以反斜杠结尾\\",
	"  前后有空格  ",
	"标题 #",
	"a|b｜c",
	"[链接]\n\n[链接]: https://evil.example/",
	"=1+1",
	"tab\there\rcr\u2028ls",
}

// contexts are the places report and kiosk put text in Markdown, with the
// pattern of the element that holds it.
var contexts = []struct {
	before, after string
	holder        *regexp.Regexp
}{
	{"前文 ", "", regexp.MustCompile(`^<p>前文 ?(.*)</p>\n$`)},
	{"# ", "", regexp.MustCompile(`^<h1 id="[^"]*">(.*)</h1>\n$`)},
	{"- 报送单位：", "", regexp.MustCompile(`^<ul>\n<li>报送单位：(.*)</li>\n</ul>\n$`)},
	{"1. “", "”应于", regexp.MustCompile(`^<ol>\n<li>“(.*)”应于</li>\n</ol>\n$`)},
	{"| 标题 | 日期 |\n|---|---|\n| ", " | 2026-11-27 |", regexp.MustCompile(`(?s)^<table>.*<tbody>\n<tr>\n<td>(.*)</td>\n<td>2026-11-27</td>\n</tr>\n</tbody>\n</table>\n$`)},
}

// TestTextIsText: Text written anywhere a line's content goes shows the
// text as it is, on one line, with no markup, link or block of its own.
func TestTextIsText(t *testing.T) {
	for _, s := range hostileText {
		checkText(t, s)
	}
}

func FuzzText(f *testing.F) {
	for _, s := range hostileText {
		f.Add(s)
	}
	f.Fuzz(checkText)
}

func checkText(t *testing.T, s string) {
	r := New(Options{})
	line := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	want := strings.TrimSpace(line)
	if got := r.Render([]byte("前文 "+Text(s)), 1, nil).Text; got != strings.TrimSpace("前文 "+line) {
		t.Errorf("the plain text of %q is %q, want %q", "前文 "+Text(s), got, strings.TrimSpace("前文 "+line))
	}
	for _, c := range contexts {
		src := c.before + Text(s) + c.after
		got := string(r.Render([]byte(src), 1, nil).HTML)
		m := c.holder.FindStringSubmatch(got)
		switch {
		case m == nil:
			t.Errorf("%q became more than its element:\n%s", src, got)
		case strings.Contains(m[1], "<"):
			t.Errorf("%q became markup: %s", src, m[1])
		case strings.TrimSpace(html.UnescapeString(m[1])) != want:
			t.Errorf("%q shows %q, want %q", src, html.UnescapeString(m[1]), want)
		}
	}
}

// TestPlainTextIsShownText: a block's plain text (what kiosks wrap and
// cut, tables show cell by cell, and summaries quote) is the text the page
// shows: escapes and character references resolved, code as written.
func TestPlainTextIsShownText(t *testing.T) {
	r := New(Options{})
	for src, want := range map[string]string{
		`A\*B\* &amp; C&#106;&#x4e2d; \[x\] \<b\> ` + "`a\\*b &amp;`": "A*B* & Cj中 [x] <b> a\\*b &amp;",
		"| 列 |\n|---|\n| a\\|b &lt; |\n":                              "列\na|b <",
		"1\\. 不是列表":                                                   "1. 不是列表",
	} {
		if got := r.Render([]byte(src), 1, nil).Text; got != want {
			t.Errorf("the plain text of %q is %q, want %q", src, got, want)
		}
	}
}
