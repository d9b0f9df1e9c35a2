package model

import (
	"html"
	"path"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/tdewolff/parse/v2"
	lex "github.com/tdewolff/parse/v2/html"
)

// The fuzz targets work on linkSite: a public item content/cadre/from.md
// whose links are resolved as a build resolves them, beside an internal
// item (with a file of its own), a draft and a future item. Their seeds run
// in every go test; CI (.ci/run) fuzzes each briefly:
//
//	go test -run '^$' -fuzz '^FuzzRender$' -fuzztime 20s ./internal/model
//	go test -run '^$' -fuzz '^FuzzResolveLink$' -fuzztime 20s ./internal/model

// linkSeeds are links in the forms the adversarial review tried, and more.
var linkSeeds = []string{
	"javascript:alert(1)", "javascript://%0aalert(1)", "JaVaScRiPt:alert(1)", "&#106;avascript:alert(1)",
	"&#x6A;avascript:alert(1)", "javascript&colon;alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
	" \x01javascript:alert(1)", "%6Aavascript:alert(1)", "%256Aavascript:alert(1)", "java\u200bscript:alert(1)",
	"data:text/html;base64,PHNjcmlwdD4=", "data:image/png;base64,iVBORw0KGgo=", "vbscript:msgbox", "file:///C:/a.pdf",
	"C:\\a.pdf", "ftp://x.example/", "blob:https://x", "ht%74ps://gk.test.example/cadre/neibu/",
	"/cadre/neibu/", "/cadre/neibu/index.html", "/cadre/neibu/?a", "https://gk.test.example/cadre/neibu/",
	"//gk.test.example/cadre/neibu/", "\\\\gk.test.example\\cadre\\neibu", "/\\gk.test.example/cadre/neibu/",
	"/Cadre/neibu/", "/cadre/%6Eeibu/", "/cadre/./x/../neibu/", "/cadre\\neibu/", "/cadre/neibu/index.htm",
	" /cadre/neibu/ ", "neibu/scan.pdf", "/cadre/NEIBU/SCAN.PDF", "/cadre/neibu./", "/cadre/neibu%20/",
	"https:/cadre/neibu/", "HTTPS://USER@GK.TEST.EXAMPLE.:443/cadre/neibu", "/cadre/neibu.pdf", "/cadre/neibu/x.png",
	"neibu.md", "caogao.md", "/cadre/caogao/", "future/", "https://gk.test.example/cadre/future/index.html",
	"gongkai.md", "/cadre/gongkai/", "gongkai/附件1.pdf", "/cadre/moved/", "https://www.example.gov.cn/", "mailto:a@b.example",
	"tel:0000-1234567", "#top", "?q=1", "", "www.example.gov.cn", "../../../../etc/passwd", "/%2e%2e/cadre/neibu/",
	"/cadre/neibu%2F", "/cadre/neibu%5C", "https://gk.test.example/cadre/neibu%2findex.html",
}

// bodySeeds are bodies that try to get a script or a raw element through.
var bodySeeds = []string{
	"<javascript:alert(1)>", "[x](javascript://%0aalert(1))", "[x](data:text/html,<script>alert(1)</script>)",
	"![](javascript://x)", "![x](data:image/svg+xml,<svg onload=alert(1)>)", "<script>alert(1)</script>",
	"<img src=x onerror=alert(1)>", "文字<b onclick=alert(1)>粗</b>", "| a | <i>b</i> |\n|---|---|\n| <script>x</script> | [y](javascript:z) |",
	"[<img src=x onerror=alert(1)>](/cadre/gongkai/)", "[x](/cadre/gongkai/ \"t\\\" onmouseover=alert(1)\")",
	"<div>\n<a href=\"javascript:alert(1)\">x</a>\n</div>", "> <svg onload=alert(1)>", "- <iframe src=javascript:alert(1)>",
	"<!-- x --><style>*{background:url(javascript:alert(1))}</style>", "www.example.gov.cn/<script>", "a@b.example",
	"<a@b.example>", "https://gk.test.example/cadre/neibu/", "[x][r]\n\n[r]: javascript:alert(1)", "[x][r]\n\n[r]: /cadre/neibu/",
	"```\n<script>\n```", "`<script>`", "&lt;script&gt;", "&#60;script&#62;", "[a](<javascript:alert(1)>)",
	"[x](#\"><script>alert(1)</script>)", "![a\nb](/cadre/gongkai/附件1.pdf)", "- [ ] <b>x</b>\n- [x] y",
	"<https://gk.test.example/cadre/neibu/index.html>", "[x](HTTP://GK.TEST.EXAMPLE/Cadre/Neibu)",
}

var fuzzSite struct {
	once sync.Once
	site *Site
	idx  *linkIndex
	md   *markdown.Renderer
	raw  *markdown.Renderer // raw_html = true
}

// fuzzLinks returns the resolver of content/cadre/from.md, a public item.
func fuzzLinks(t testing.TB) *links {
	fuzzSite.once.Do(func() {
		cfg, set := loadLinkSite(t, linkSite("https://gk.test.example/"), "x\n")
		fuzzSite.md = markdown.New(markdown.Options{})
		fuzzSite.raw = markdown.New(markdown.Options{RawHTML: true})
		fuzzSite.site, _ = Build(cfg, set, fuzzSite.md, Options{Now: linkNow, Scope: config.Public})
		fuzzSite.idx = newLinkIndex(fuzzSite.site, set)
	})
	return &links{site: fuzzSite.site, from: fuzzSite.site.Lookup("cadre/from").Item, idx: fuzzSite.idx,
		res: &resources{used: map[string]bool{}}, diags: &diag.List{}}
}

func FuzzResolveLink(f *testing.F) {
	for _, s := range linkSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, dest string) {
		l := fuzzLinks(t)
		out, live := l.resolve(dest, 7)
		if !live {
			if out != "" {
				t.Errorf("%q: not published, yet resolved to %q", dest, out)
			}
			return
		}
		if s := oracleScheme(out); s != "" && s != "http" && s != "https" && s != "mailto" && s != "tel" {
			t.Fatalf("%q resolved to %q, scheme %q", dest, out, s)
		}
		if !(out == "" || out[0] == '#' || out[0] == '?' || out[0] == '/' && !strings.HasPrefix(out, "//") && !strings.HasPrefix(out, "/\\") ||
			oracleScheme(out) != "") {
			t.Fatalf("%q resolved to %q: neither site-relative nor an allowed address", dest, out)
		}
		if h := hiddenTarget(out); h != "" {
			t.Fatalf("%q resolved to %q, a live link to the hidden %s", dest, out, h)
		}
		for _, r := range l.res.list() {
			if strings.Contains(r, "neibu") {
				t.Fatalf("%q publishes %s", dest, r)
			}
		}
		again, live := fuzzLinks(t).resolve(out, 7)
		if !live || again != out {
			t.Fatalf("%q resolved to %q, which resolves to %q (live %v): a published link must resolve to itself", dest, out, again, live)
		}
	})
}

func FuzzRender(f *testing.F) {
	for _, s := range bodySeeds {
		f.Add(s)
	}
	for _, s := range linkSeeds {
		f.Add("见[链接](<" + s + ">)和![图](<" + s + ">)和<" + s + ">和 " + s + " 。")
	}
	f.Fuzz(func(t *testing.T, body string) {
		l := fuzzLinks(t)
		doc := fuzzSite.md.Render([]byte(body), 7, l.resolve)
		checkHTML(t, body, string(doc.HTML))
		for _, b := range doc.Blocks() {
			checkHTML(t, body, string(b.HTML))
			for _, it := range b.Items {
				checkHTML(t, body, string(it.HTML))
			}
		}
		// With raw_html = true any element may appear, but no handle for
		// a script (as far as this tokenizer reads: the browser test in
		// package markdown reads with Chromium).
		checkRawHTML(t, body, string(fuzzSite.raw.Render([]byte(body), 7, fuzzLinks(t).resolve).HTML))
	})
}

func checkRawHTML(t *testing.T, body, out string) {
	t.Helper()
	l := lex.NewLexer(parse.NewInputString(out))
	for {
		tt, data := l.Next()
		switch tt {
		case lex.ErrorToken:
			return
		case lex.StartTagToken:
			if strings.EqualFold(string(l.Text()), "script") {
				t.Fatalf("%q: a script element in %s", body, out)
			}
		case lex.AttributeToken:
			name, val := string(l.AttrKey()), html.UnescapeString(strings.Trim(string(l.AttrVal()), `"'`))
			if strings.HasPrefix(name, "on") || name == "srcdoc" {
				t.Fatalf("%q: attribute %s in %s", body, name, out)
			}
			if name == "href" || name == "src" || name == "action" || name == "formaction" || name == "xlink:href" || name == "data" {
				checkAttr(t, body, out, "", "href", val)
			}
		case lex.SVGToken, lex.MathToken:
			inner := []byte(string(data))
			inner[1] = 'x'
			checkRawHTML(t, body, string(inner))
		}
	}
}

// allowedAttrs are the elements goldmark writes from Markdown, with their
// attributes: with raw_html off nothing else may appear.
var allowedAttrs = map[string]map[string]bool{
	"p": {}, "ul": {}, "li": {}, "em": {}, "strong": {}, "del": {}, "pre": {}, "blockquote": {}, "hr": {}, "br": {},
	"table": {}, "thead": {}, "tbody": {}, "tr": {}, "th": {"style": true}, "td": {"style": true},
	"h1": {"id": true}, "h2": {"id": true}, "h3": {"id": true}, "h4": {"id": true}, "h5": {"id": true}, "h6": {"id": true},
	"ol": {"start": true}, "code": {"class": true}, "a": {"href": true, "title": true},
	"img": {"src": true, "alt": true, "title": true}, "input": {"checked": true, "disabled": true, "type": true},
}

var cellStyle = regexp.MustCompile(`^text-align:(left|right|center)$`)

// checkHTML reads out with an HTML5 tokenizer: only the elements and
// attributes of allowedAttrs, every href and src an allowed address that
// is not a hidden item.
func checkHTML(t *testing.T, body, out string) {
	t.Helper()
	l := lex.NewLexer(parse.NewInputString(out))
	var tag string
	for {
		tt, data := l.Next()
		switch tt {
		case lex.ErrorToken:
			return
		case lex.StartTagToken:
			tag = string(l.Text())
			if allowedAttrs[tag] == nil {
				t.Fatalf("%q: element <%s> in %s", body, tag, out)
			}
		case lex.AttributeToken:
			name, val := string(l.AttrKey()), html.UnescapeString(strings.Trim(string(l.AttrVal()), `"'`))
			if !allowedAttrs[tag][name] {
				t.Fatalf("%q: attribute %s on <%s> in %s", body, name, tag, out)
			}
			checkAttr(t, body, out, tag, name, val)
		case lex.TextToken, lex.EndTagToken, lex.StartTagCloseToken, lex.StartTagVoidToken:
		default:
			t.Fatalf("%q: %v %q in %s", body, tt, data, out)
		}
	}
}

func checkAttr(t *testing.T, body, out, tag, name, val string) {
	switch name {
	case "href", "src":
		if s := oracleScheme(val); s != "" && s != "http" && s != "https" && s != "mailto" && s != "tel" {
			t.Fatalf("%q: %s=%q (scheme %q) in %s", body, name, val, s, out)
		}
		if h := hiddenTarget(val); h != "" {
			t.Fatalf("%q: %s=%q leads to the hidden %s", body, name, val, h)
		}
	case "style":
		if !cellStyle.MatchString(val) {
			t.Fatalf("%q: style=%q on <%s>", body, val, tag)
		}
	case "type":
		if val != "checkbox" {
			t.Fatalf("%q: type=%q", body, val)
		}
	}
}

// oracleScheme reads the scheme of an attribute's value as suspiciously as
// can be, independently of package link: entities and percent-encoding
// decoded until nothing changes, every space, control and invisible
// character dropped, lower case.
func oracleScheme(v string) string {
	for {
		d := html.UnescapeString(percentDecodeAll(v))
		if d == v {
			break
		}
		v = d
	}
	v = strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8RuneError {
			return -1
		}
		return r
	}, v))
	i := strings.IndexAny(v, ":/?#")
	if i <= 0 || v[i] != ':' {
		return ""
	}
	return v[:i]
}

const utf8RuneError = '\uFFFD'

func percentDecodeAll(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && strings.IndexByte("0123456789abcdefABCDEF", s[i+1]) >= 0 && strings.IndexByte("0123456789abcdefABCDEF", s[i+2]) >= 0 {
			var c byte
			for _, h := range s[i+1 : i+3] {
				c = c<<4 | byte(strings.IndexRune("0123456789abcdef", unicode.ToLower(h)))
			}
			b.WriteByte(c)
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// hiddenTarget returns the hidden item an address of the site leads to
// (or a file of it), read as a case-insensitive server would: "" when none.
func hiddenTarget(u string) string {
	p := strings.ToLower(percentDecodeAll(html.UnescapeString(u)))
	p = strings.ReplaceAll(p, `\`, "/")
	for _, origin := range []string{"https://gk.test.example", "http://gk.test.example", "//gk.test.example"} {
		if strings.HasPrefix(p, origin) {
			p = strings.TrimPrefix(p, origin)
			break
		}
	}
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") {
		return ""
	}
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	parts := strings.Split(path.Clean(p), "/")
	for i, s := range parts {
		parts[i] = strings.TrimRight(s, " .")
	}
	p = strings.Join(parts, "/")
	for _, h := range []string{"/cadre/neibu", "/cadre/caogao", "/cadre/future"} {
		if p == h || strings.HasPrefix(p, h+"/") || strings.HasPrefix(p, h+".") {
			return h
		}
	}
	return ""
}
