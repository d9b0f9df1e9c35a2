package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/tdewolff/parse/v2"
	lex "github.com/tdewolff/parse/v2/html"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// With raw_html = true, raw HTML is published as written, except for what
// could run a script or lead where links may not go. It is read with an
// HTML5 tokenizer and written out again, tag by tag, in plain syntax, so a
// browser reads exactly what was checked:
//
//   - URL attributes (href, src, srcset, action, poster, data, xlink:href…)
//     and url(…) in styles are links: they go through the resolver as
//     Markdown links do, and are dropped when it refuses them;
//   - event handlers (on…), srcdoc, CSS expression() are reported and dropped;
//   - script, noscript, noembed, noframes, plaintext, base and meta elements
//     are reported and shown as text;
//   - comments and declarations are dropped;
//   - a tag or a raw-text element (style, textarea…) left open at the end
//     of the fragment is closed, so it cannot swallow what follows.

// Problem is something in a body that is not published, with its line.
type Problem struct {
	Line int
	Msg  string
}

var rawKey = []byte("gongkai-raw-html") // node attribute: the fragment as it is published

// rawHTML renders raw HTML as the transformer cleaned it.
type rawHTML struct{}

func (r *rawHTML) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHTMLBlock, r.render)
	reg.Register(ast.KindRawHTML, r.render)
}

func (r *rawHTML) render(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		if v, ok := n.AttributeString(string(rawKey)); ok {
			_, _ = w.Write(v.([]byte))
		}
	}
	return ast.WalkSkipChildren, nil
}

// cleanRaw cleans one raw HTML node and keeps the result on it.
func (lc *linkContext) cleanRaw(n ast.Node, src []byte) {
	var segs *text.Segments
	switch v := n.(type) {
	case *ast.RawHTML:
		segs = v.Segments
	case *ast.HTMLBlock:
		segs = text.NewSegments()
		for i := 0; i < v.Lines().Len(); i++ {
			segs.Append(v.Lines().At(i))
		}
		if v.HasClosure() {
			segs.Append(v.ClosureLine)
		}
	}
	var buf []byte
	var starts []int // where each segment begins in buf
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		starts = append(starts, len(buf))
		buf = append(buf, seg.Value(src)...)
	}
	lineAt := func(off int) int {
		i := len(starts) - 1
		for i > 0 && starts[i] > off {
			i--
		}
		return lc.lines.line(segs.At(i).Start + off - starts[i])
	}
	buf = bytes.ReplaceAll(buf, []byte{0}, []byte("\uFFFD"))
	out := lc.clean(buf, buf, 0, lineAt)
	n.SetAttribute(rawKey, out)
}

// clean writes the fragment lexed (a copy of orig, with the name of an
// outer svg or math element changed so the tokenizer reads inside it)
// cleaned; base is where orig starts in the node's text.
func (lc *linkContext) clean(lexed, orig []byte, base int, lineAt func(int) int) []byte {
	c := &cleaner{lc: lc, orig: orig, base: base, lineAt: lineAt}
	in := parse.NewInputBytes(bytes.Clone(lexed)) // the lexer writes into it
	l := lex.NewLexer(in)
	for {
		tt, data := l.Next()
		if tt == lex.ErrorToken {
			break
		}
		// Tokens are not contiguous (spaces before ">" are skipped): the
		// input's offset says where this one ends.
		c.off = in.Offset() - len(data)
		c.token(tt, data, l)
	}
	c.finish()
	if end := in.Offset(); end < len(orig) { // the lexer gave up: the rest is text
		c.out.Write(util.EscapeHTML(orig[end:]))
	}
	return c.out.Bytes()
}

type cleaner struct {
	lc     *linkContext
	orig   []byte
	base   int
	lineAt func(int) int
	out    bytes.Buffer
	off    int // where the current token starts in orig

	tag       string // the start tag being written, lower case; "" outside
	asText    bool   // the current tag is shown as text
	textUntil string // an element shown as text up to its end tag
	openRaw   string // a raw-text element whose end tag is still to come
}

// banned elements are shown as text, with a problem.
var banned = map[string]string{
	"script":    "a <script> element runs a script",
	"noscript":  "a <noscript> element is read differently by browsers and checkers",
	"noembed":   "a <noembed> element is read differently by browsers and checkers",
	"noframes":  "a <noframes> element is read differently by browsers and checkers",
	"plaintext": "a <plaintext> element swallows the rest of the page",
	"base":      "a <base> element changes where every link of the page leads",
	"meta":      "a <meta> element can send the reader elsewhere",
}

// rawText elements hold text up to their end tag.
var rawText = map[string]bool{"style": true, "textarea": true, "title": true, "xmp": true, "iframe": true}

var validName = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9-]*$`)
var validAttr = regexp.MustCompile(`^[A-Za-z_:][-A-Za-z0-9_:.]*$`)

func (c *cleaner) token(tt lex.TokenType, data []byte, l *lex.Lexer) {
	orig := c.orig[c.off : c.off+len(data)]
	if c.textUntil != "" {
		c.out.Write(util.EscapeHTML(orig))
		if tt == lex.EndTagToken && string(l.Text()) == c.textUntil {
			c.textUntil = ""
		}
		return
	}
	switch tt {
	case lex.StartTagToken:
		c.startTag(orig)
	case lex.AttributeToken:
		if c.asText {
			c.out.Write(util.EscapeHTML(orig))
			return
		}
		c.attribute(orig, string(l.AttrKey()), l.AttrVal())
	case lex.StartTagCloseToken, lex.StartTagVoidToken:
		if c.asText {
			c.out.Write(util.EscapeHTML(orig))
		} else {
			c.out.Write(orig)
			if rawText[c.tag] && tt == lex.StartTagCloseToken {
				c.openRaw = c.tag
			}
		}
		c.tag, c.asText = "", false
	case lex.EndTagToken:
		c.endTag(orig)
	case lex.TextToken:
		c.text(orig)
	case lex.SVGToken, lex.MathToken:
		inner := bytes.Clone(data)
		inner[1] = 'x' // "<xvg", "<xath": read as an element, inside too
		c.out.Write(c.lc.clean(inner, orig, c.base+c.off, c.lineAt))
	}
	// comments, doctypes, XML declarations: dropped
}

func (c *cleaner) startTag(orig []byte) {
	name := string(orig[1:])
	c.tag = strings.ToLower(name)
	switch why, isBanned := banned[c.tag]; {
	case !validName.MatchString(name):
		c.asText = true
	case isBanned:
		c.problem("%s and is not published, even with raw_html = true; remove it", why)
		c.asText = true
		if c.tag != "base" && c.tag != "meta" {
			c.textUntil, c.tag, c.asText = c.tag, "", false // up to its end tag, whatever it holds
			c.out.Write(util.EscapeHTML(orig))
			return
		}
	}
	if c.asText {
		c.out.Write(util.EscapeHTML(orig))
		return
	}
	c.out.Write(orig)
}

func (c *cleaner) endTag(orig []byte) {
	name := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(string(orig), "</"), ">"))
	if i := strings.IndexAny(name, " \t\n\r\f/"); i >= 0 {
		name = name[:i]
	}
	if _, isBanned := banned[strings.ToLower(name)]; isBanned || !validName.MatchString(name) {
		c.out.Write(util.EscapeHTML(orig))
		return
	}
	c.out.WriteString("</" + name + ">")
	if strings.EqualFold(name, c.openRaw) {
		c.openRaw = ""
	}
}

func (c *cleaner) text(orig []byte) {
	switch c.openRaw {
	case "style":
		css, ok := c.css(string(orig))
		if ok {
			c.out.WriteString(strings.ReplaceAll(css, "</", `<\/`))
		}
	case "":
		c.out.Write(bytes.ReplaceAll(orig, []byte("<"), []byte("&lt;")))
	default:
		c.out.Write(orig) // up to the end tag, as the browser reads it
	}
}

// finish closes what the fragment left open.
func (c *cleaner) finish() {
	if c.tag != "" {
		if c.asText {
			c.out.WriteString("&gt;")
		} else {
			c.out.WriteString(">")
			if rawText[c.tag] {
				c.openRaw = c.tag
			}
		}
	}
	if c.openRaw != "" {
		c.out.WriteString("</" + c.openRaw + ">")
	}
}

func (c *cleaner) line() int { return c.lineAt(c.base + c.off) }

func (c *cleaner) problem(format string, args ...any) {
	c.lc.problems = append(c.lc.problems, Problem{Line: c.line(), Msg: "raw HTML: " + fmt.Sprintf(format, args...)})
}
