package markdown

import (
	"strings"
	"testing"
)

// rawCases are raw HTML an editor might write (or paste) with raw_html =
// true, and what is published. A nil resolver publishes every allowed
// address as written; problems are reported with the line.
var rawCases = []struct {
	src, want string
	problems  int
}{
	{`<p>文字<b class="x">粗</b></p>`, `<p>文字<b class="x">粗</b></p>`, 0},
	{`<a href="javascript:alert(1)">x</a>`, `<p><a>x</a></p>`, 0},
	{`<a HREF = 'JaVaScRiPt&colon;alert(1)' title=t>x</a>`, `<p><a title="t">x</a></p>`, 0},
	{`<img src=x onerror=alert(1)>`, `<img src="x">`, 1},
	{`<div onclick="alert(1)" ONMOUSEOVER=alert(2)>x</div>`, `<div>x</div>`, 2},
	{`<div onclick>x</div>`, `<div>x</div>`, 1}, // found by FuzzRender
	{`<A >on`, `<p><A>on</p>`, 0},               // found by FuzzRender: tokens skip the spaces before ">"
	{"<a  href=\"/x\"  \n onclick=y  >t</a>", `<p><a href="/x">t</a></p>`, 1},
	{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", 1},
	{"<SCRIPT src=//evil.example/x.js></SCRIPT>", "&lt;SCRIPT src=//evil.example/x.js&gt;&lt;/SCRIPT&gt;", 1},
	{`<iframe srcdoc="<script>alert(1)</script>" src="data:text/html,x"></iframe>`, `<iframe></iframe>`, 1},
	{`<form action="javascript:alert(1)"><button formaction=javascript:alert(2)>x</button></form>`, `<form><button>x</button></form>`, 0},
	{`<svg><a xlink:href="javascript:alert(1)"><text>x</text></a><animate attributeName=href to="javascript:alert(1)"/><script>alert(1)</script></svg>`,
		`<p><svg><a><text>x</text></a><animate attributeName="href"/>&lt;script&gt;alert(1)&lt;/script&gt;</svg></p>`, 2},
	{"<svg viewBox=\"0 0 10 10\">\n<a href=\"javascript:alert(1)\"><rect width=\"1\"/></a>\n<script>alert(1)</script>\n</svg>",
		"<svg viewBox=\"0 0 10 10\">\n<a><rect width=\"1\"/></a>\n&lt;script&gt;alert(1)&lt;/script&gt;\n</svg>", 1}, // the script's line: 5
	{`<math><maction actiontype=statusline xlink:href="javascript:alert(1)">x</maction></math>`, `<p><math><maction actiontype="statusline">x</maction></math></p>`, 0},
	{`<p style="background:url(javascript:alert(1))">x</p>`, `<p>x</p>`, 0},
	{`<p style="background:url('a.png'); color:red">x</p>`, `<p style="background:url(&#34;a.png&#34;); color:red">x</p>`, 0},
	{`<p style="width:expression(alert(1))">x</p>`, `<p>x</p>`, 1},
	{"<style>@import 'javascript:alert(1)'; p{color:red}</style>", "<style></style>", 0},
	{"<style>p{background:url(a.png)}</style>", `<style>p{background:url("a.png")}</style>`, 0},
	{`<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`, `<p>&lt;noscript&gt;<p title="&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;/noscript&gt;</p>`, 1},
	{`<base href="https://evil.example/"><meta http-equiv=refresh content="0;url=javascript:alert(1)">`, `&lt;base href=&quot;https://evil.example/&quot;&gt;&lt;meta http-equiv=refresh content=&quot;0;url=javascript:alert(1)&quot;&gt;`, 2},
	{`<a/onclick=alert(1)>x</a>`, `<p>&lt;a/onclick=alert(1)&gt;x</a></p>`, 0},
	{`<img src="x" srcset="a.png 1x, javascript:alert(1) 2x">`, `<img src="x">`, 0},
	{`<!-- <img src=x onerror=alert(1)> --><b>x</b>`, `<b>x</b>`, 0},
	{`<textarea><img src=x onerror=alert(1)>`, "<textarea><img src=x onerror=alert(1)>\n</textarea>", 0},
	{"<div>\n<img src=\"x", "<div>\n<img src=\"x\n\">", 0},
	{"<object data=\"data:text/html;base64,PHNjcmlwdD4=\"></object>", "<p><object></object></p>", 0},
	{`<a href="  java` + "\t" + `script:alert(1)">x</a>`, `<p><a>x</a></p>`, 0},
}

func TestRawHTMLIsCleaned(t *testing.T) {
	md := New(Options{RawHTML: true})
	for _, c := range rawCases {
		doc := md.Render([]byte(c.src+"\n"), 3, nil)
		got := strings.TrimSpace(string(doc.HTML))
		if got != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.src, got, c.want)
		}
		if len(doc.Problems) != c.problems {
			t.Errorf("%s: problems %+v, want %d", c.src, doc.Problems, c.problems)
		}
		for _, p := range doc.Problems {
			if p.Line < 3 || p.Line > 3+strings.Count(c.src, "\n") || !strings.HasPrefix(p.Msg, "raw HTML: ") {
				t.Errorf("%s: problem %+v", c.src, p)
			}
		}
	}
}
