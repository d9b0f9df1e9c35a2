package build

import (
	"html"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/tdewolff/parse/v2"
	lex "github.com/tdewolff/parse/v2/html"
)

// injectSite publishes, on every channel, an item full of text that looks
// like HTML, entities, scripts and links, long enough to be split between
// sheets, slides and touch pages, beside an internal item.
func injectSite() fstest.MapFS {
	para := strings.Repeat("公示内容&lt;img src=x onerror=alert('XSSMARK')&gt;和<script>alert('XSSMARK')</script>，**加粗<b onclick=XSSMARK>文字</b>**，"+
		"[见公开事项](/cadre/gongkai/index.html)与&amp;lt;svg onload=XSSMARK&amp;gt;；", 12)
	body := para + "\n\n" +
		"| 列一 | 列二 |\n|---|---|\n| <b onclick=XSSMARK>x</b> | <svg onload=XSSMARK> |\n| [链接](gongkai.md \"XSSMARK\\\" onmouseover=\\\"XSSMARK\") | `<script>XSSMARK</script>` |\n\n" +
		"- 列表<a href=javascript:XSSMARK>x</a>\n- " + para + "\n\n" +
		"<div onclick=\"XSSMARK\">\n块<script>XSSMARK</script>\n</div>\n\n" +
		"见 https://www.example.gov.cn/ 和 <https://gk.test.example/Cadre/gongkai/> 。\n\n" + para + "\n"
	item := func(extra, text string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("+++\ntitle = \"事项<script>alert('XSSMARK')</script>\"\ndate = 2026-11-20\ncategory = \"cadre\"\nterm = \"long-term\"\n" + extra + "+++\n" + text)}
	}
	return fstest.MapFS{
		"site.toml": {Data: []byte(`title = "测试"
base_url = "https://gk.test.example/"
[feedback]
phone = "0000-1234567"
email = "gongkai@test.example"
[[categories]]
key = "cadre"
label = "干部选任和管理"
channel = ["web", "board", "kiosk"]
[[boards]]
number = 1
name = "公开栏"
location = "大院"
paper = "A4"
categories = ["cadre"]
[[kiosks]]
name = "lobby"
kind = "display"
width = 1920
height = 1080
categories = ["cadre"]
[[kiosks]]
name = "hall"
kind = "touch"
width = 1080
height = 1920
categories = ["cadre"]
`)},
		"content/cadre/gongkai.md": item("", "公开。\n"),
		"content/cadre/neibu.md":   item("scope = \"internal\"\n", "党内。\n"),
		"content/cadre/xss.md": item(`summary = "<script>alert('XSSMARK')</script> &lt;b onclick=XSSMARK&gt;"
number = "<img src=x onerror=XSSMARK>"

[[risks]]
id = "R1"
level = "高"
type = "设权风险"
description = "<img src=x onerror=alert('XSSMARK')> 见 https://gk.test.example/cadre/gongkai/ 和 www.example.gov.cn"
post = "<b onclick=XSSMARK>岗位</b>"
matter = "资金拨付"
measures = [{kind = "分权防控", text = "[x](javascript:XSSMARK) <javascript:XSSMARK>"}]
`, body),
	}
}

// TestNoScriptInAnyOutput builds injectSite and reads every page the
// website, the boards and the kiosks publish with an HTML5 tokenizer: the
// marker of the item's hostile text never reaches an element name, an
// attribute name, an event handler or a script, no address has a scheme
// other than http, https, mailto or tel, and none leads to the internal
// item. Board sheets and kiosk slides cut the text and reopen its elements
// (board/tree.go, kiosk/inline.go): that must not make text live either.
func TestNoScriptInAnyOutput(t *testing.T) {
	t.Parallel()
	dest := filepath.Join(t.TempDir(), "public")
	res, err := Run(Options{SiteDir: t.TempDir(), FS: injectSite(), Dest: dest, Now: calendar.Day{Y: 2026, M: 11, D: 27}})
	if err != nil {
		for _, d := range res.Diags {
			t.Log(d)
		}
		t.Fatal(err)
	}
	if res.Pages["board"] == 0 || res.Pages["kiosk"] == 0 {
		t.Fatalf("pages %v: the item should be on a board and on the kiosks", res.Pages)
	}
	n := 0
	_ = filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dest, p)
		if strings.HasSuffix(p, ".html") {
			n++
			scanOutput(t, rel, string(data))
			return nil
		}
		for _, live := range []string{"<script>alert('XSSMARK", "<img src=x onerror", "<svg onload", "<b onclick", "<div onclick"} {
			if strings.Contains(string(data), live) { // feed.xml, index.json, manifests
				t.Errorf("%s: %q is live", rel, live)
			}
		}
		return nil
	})
	if n < 5 {
		t.Fatalf("only %d pages", n)
	}
	// The text must really be cut: sheets, and paragraphs continued on
	// the next slide or page.
	sheets, _ := os.ReadFile(filepath.Join(dest, "boards", "01", "index.html"))
	slides, _ := os.ReadFile(filepath.Join(dest, "kiosk", "lobby", "index.html"))
	pages, _ := os.ReadFile(filepath.Join(dest, "kiosk", "hall", "index.html"))
	if strings.Count(string(sheets), `class="sheet-page`) < 2 || !strings.Contains(string(slides), `class="cont"`) || !strings.Contains(string(pages), `class="cont"`) {
		t.Error("the item is not cut between sheets, slides and touch pages; make its text longer")
	}
}

func scanOutput(t *testing.T, file, out string) {
	t.Helper()
	l := lex.NewLexer(parse.NewInputString(out))
	inScript := false
	for {
		tt, data := l.Next()
		switch tt {
		case lex.ErrorToken:
			return
		case lex.StartTagToken:
			inScript = string(l.Text()) == "script"
			if strings.Contains(string(data), "XSSMARK") {
				t.Errorf("%s: element %s", file, data)
			}
		case lex.TextToken:
			if inScript && strings.Contains(string(data), "XSSMARK") {
				t.Errorf("%s: the marker inside a script", file)
			}
		case lex.AttributeToken:
			name, val := string(l.AttrKey()), html.UnescapeString(strings.Trim(string(l.AttrVal()), `"'`))
			switch {
			case strings.Contains(name, "XSSMARK"):
				t.Errorf("%s: attribute %s", file, data)
			case strings.HasPrefix(name, "on") && strings.Contains(val, "XSSMARK"):
				t.Errorf("%s: event handler %s", file, data)
			case name == "href" || name == "src" || name == "action" || name == "xlink:href":
				checkAddress(t, file, val)
			}
		case lex.SVGToken, lex.MathToken:
			inner := []byte(string(data))
			inner[1] = 'x'
			scanOutput(t, file, string(inner))
		}
	}
}

func checkAddress(t *testing.T, file, v string) {
	s := strings.ToLower(strings.Map(func(r rune) rune {
		if r <= ' ' {
			return -1
		}
		return r
	}, v))
	if i := strings.IndexAny(s, ":/?#"); i > 0 && s[i] == ':' {
		switch s[:i] {
		case "http", "https", "mailto", "tel":
		default:
			t.Errorf("%s: address %q", file, v)
		}
	}
	if strings.Contains(s, "/cadre/neibu") {
		t.Errorf("%s: address %q leads to the internal item", file, v)
	}
}
