package publish

import (
	"strings"
	"testing"

	"github.com/tdewolff/parse/v2/buffer"
)

// para is a paragraph of body text as the Markdown renderer writes it.
const para = "<p>项目总投资12,600万元，截至本月底累计完成投资8,350万元，占总投资的66.3%，主体工程已完工。严格落实集体领导和个人分工相结合的制度。</p>\n"

// TestPlainRunsMinifyAsWhole: a page whose body is written as a plain run
// (plain.go) is minified to the bytes it is minified to whole, whatever
// white space, tags and text the run holds or ends at; the runs a body
// is made of are found.
func TestPlainRunsMinifyAsWhole(t *testing.T) {
	body := strings.Repeat(para, 3)
	plain := []string{
		"<div class=\"item-body\">\n    " + body + "<h2 id=\"具体事项\">具体事项</h2>\n" + body + "\n  </div>",
		body + "<ul>\n<li>一</li>\n<li>二 三</li>\n</ul>\n" + body,
		"<table>\n<thead>\n<tr>\n<th>名称</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td data-label=\"名称\">甲</td>\n</tr>\n</tbody>\n</table>\n" + body,
		body + "<p>a  b\tc\n d \r\n e\f f \n</p>\n<hr>\n<p>第一行<br>\n第二行</p>" + body,
		"<blockquote>\n<p>  引文 \t </p>\n</blockquote>" + body + "<p> </p><p>\n</p><div class=\"a\" id=\"b\"></div>" + body,
	}
	notPlain := []string{
		body + "<p>A &amp; B &quot;引&quot;</p>" + body,
		body + "<p>有<strong>强调</strong> 与 <em>斜体</em> <a href=\"/x/\">链接</a> 文字</p>" + body,
		body + "<p class=\"\">空</p><p id=\"\">空</p><p class=\"a b\">两类</p>" + body,
		body + "<P>大写</P><p >空格</p><p/>" + body + "<br/>",
		body + "<pre><code>  code\n  here\n</code></pre>\n" + body,
		body + "<p>控制\x00字符\x01</p>" + body,
		body + "<td colspan=\"1\">一</td><th style=\"text-align:left\">左</th>" + body,
		body + "<p>以文字结束，没有标签",
		body + "</br></hr>" + body,
		body + "<h2 id='单引号'>单</h2><p title=\"t\">题</p>" + body,
		body + "<td data-label=\"责任 单位\">甲</td><td data-label=\"\">乙</td><td data-label=\"a&amp;b\">丙</td>" + body,
		body + "<!-- 注释 -->" + body + "<span> 行内 </span>\n" + body,
	}
	w := NewMemory()
	check := func(page string) {
		t.Helper()
		want, err := w.m.Bytes("text/html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		out := buffer.NewWriter(nil)
		if err := w.minifyHTML(out, []byte(page)); err != nil {
			t.Fatal(err)
		}
		if got := string(out.Bytes()); got != string(want) {
			t.Errorf("with plain runs\n%q\nwhole\n%q", got, want)
		}
	}
	for _, page := range plain {
		if end := plainRun([]byte(page), 0); end != len(strings.TrimRight(page, "\n")) {
			t.Errorf("a plain run ends at %d of %d: %q", end, len(page), page[end:])
		}
		check(page)
	}
	for _, page := range notPlain {
		if end := plainRun([]byte(page), 0); end == len(page) {
			t.Errorf("all plain: %q", page)
		}
		check(page)
		check("<main>\n" + page + "\n</main>\n<footer>\n" + body + "</footer>")
	}
}

// FuzzPlainRuns: pages put together from pieces of bodies, tags and white
// space are minified with plain runs to what they are minified whole.
func FuzzPlainRuns(f *testing.F) {
	pieces := []string{
		para, "<p>", "</p>", "<h2 id=\"标题\">", "</h2>", "<ul>", "</ul>", "<li>", "</li>", "<br>", "<hr>",
		"<div class=\"item-body\">", "</div>", "<td data-label=\"进度\">", "<td data-label=\"\">", "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>",
		" ", "  ", "\n", "\t", "\r\n", "\f", " \n ", "文字", "a b", "x&amp;y", "&lt;", "<span>", "</span>",
		"<strong>", "</strong>", "<noscript>", "</noscript>", "<pre>", "</pre>", "<a href=\"/\">", "</a>", "<!-- c -->", "<p class=\"\">",
		"<br/>", "</br>", "<P>", "\x00", "<script>", "</script>", "<svg>", "</svg>", "<textarea>", "</textarea>",
	}
	f.Add([]byte{0, 0, 0, 5, 19, 2, 0, 22, 0, 6, 20, 7, 26, 8, 6})
	f.Add([]byte{11, 0, 0, 0, 0, 21, 12, 30, 31, 0, 0, 0, 13, 1, 26, 2, 0, 0})
	f.Add([]byte{0, 0, 0, 34, 0, 0, 35, 0, 0, 0, 39, 0, 0, 0, 9, 40, 0, 0, 0, 44, 0, 0})
	w := NewMemory()
	f.Fuzz(func(t *testing.T, picks []byte) {
		var b strings.Builder
		for _, p := range picks {
			b.WriteString(pieces[int(p)%len(pieces)])
		}
		page := b.String()
		want, err := w.m.Bytes("text/html", []byte(page))
		if err != nil {
			t.Skip(err)
		}
		out := buffer.NewWriter(nil)
		if err := w.minifyHTML(out, []byte(page)); err != nil {
			t.Fatal(err)
		}
		if got := string(out.Bytes()); got != string(want) {
			t.Errorf("%q:\nwith plain runs\n%q\nwhole\n%q", page, got, want)
		}
	})
}
