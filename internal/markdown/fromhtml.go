package markdown

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"golang.org/x/net/html"
)

// FromHTML reads HTML that a theme template wrote (a partial such as
// kiosk-powers.html) as the blocks a body's Markdown gives, so a channel
// lays it out and cuts it the same way, from the same typed tree: p and
// h1…h6 with their runs, ul and ol with their Items and each item's Kids,
// blockquote with its Kids, table with its cells as runs (a header row,
// in a thead or first, then body rows, in a tbody or not; a table with a
// caption, column groups or a foot is raw HTML),
// pre with its Code, hr; at the top level, an editor's drawing (an svg or
// an img of known size, alone or in a figure, div or p, with its
// figcaption: figure.go) is a "figure". Every other element at the level
// of blocks (div, section, dl, figure without such a drawing, a comment)
// is a Kind "html" block kept whole; text and inline elements outside a
// block element are a Bare paragraph.
//
// Every part keeps its HTML as written: tags are the tokenizer's raw
// text, and text is escaped again by flow as the Markdown renderer escapes
// it (&amp; &lt; &gt; &quot;), so a block written again from its parts is
// its HTML byte for byte, except that a character reference written
// otherwise (html/template's &#43;, an editor's &copy;) comes back as its
// character: equivalent HTML. White space after a block's end tag is the
// block's, white space before the first block is dropped. What HTML cannot
// tell is left out: Width and Height are zero but for a drawing's; the
// Text of raw HTML is its text without its tags (a body's raw HTML block
// gives its source).
func FromHTML(h string) []Block {
	r := &reader{src: h}
	r.tokenize()
	return r.flow(nil)
}

// tok is a token of the HTML: its type, its element's name, its place.
type tok struct {
	typ        html.TokenType
	name       string
	start, end int
	attrs      []html.Attribute
	rawText    bool // text inside script, style, textarea…: written as it is
}

func (t tok) raw(src string) string { return src[t.start:t.end] }

// reader reads the tokens of src into blocks, from token i on.
type reader struct {
	src  string
	toks []tok
	i    int
}

// attrTag are the elements whose attributes FromHTML reads: a list's
// start, a link's href, an image's alt and size, a code block's class, a
// cell's data-mm, a drawing's size.
var attrTag = map[string]bool{"ol": true, "a": true, "img": true, "code": true, "td": true, "th": true, "svg": true}

// rawTextTag are the elements whose content the tokenizer does not read
// as HTML.
var rawTextTag = map[string]bool{"script": true, "style": true, "textarea": true, "title": true,
	"xmp": true, "iframe": true, "noembed": true, "noframes": true, "noscript": true, "plaintext": true}

func (r *reader) tokenize() {
	z := html.NewTokenizer(strings.NewReader(r.src))
	pos := 0
	inRaw := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if pos < len(r.src) { // an unfinished tag at the end: text
				r.toks = append(r.toks, tok{typ: html.TextToken, start: pos, end: len(r.src)})
			}
			return
		}
		t := tok{typ: tt, start: pos}
		pos += len(z.Raw())
		t.end = pos
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, more := z.TagName()
			t.name = string(name)
			for more && attrTag[t.name] {
				var k, v []byte
				k, v, more = z.TagAttr()
				t.attrs = append(t.attrs, html.Attribute{Key: string(k), Val: string(v)})
			}
			inRaw = tt == html.StartTagToken && rawTextTag[t.name]
		case html.TextToken:
			t.rawText = inRaw
		}
		r.toks = append(r.toks, t)
	}
}

// at is the token at i, or an ErrorToken past the end.
func (r *reader) at(i int) tok {
	if i < len(r.toks) {
		return r.toks[i]
	}
	return tok{typ: html.ErrorToken, start: len(r.src), end: len(r.src)}
}

func (r *reader) pos() int { return r.at(r.i).start }

// space reports whether token i is text of white space only.
func (r *reader) space(i int) bool {
	t := r.at(i)
	return t.typ == html.TextToken && !t.rawText && strings.TrimLeft(t.raw(r.src), " \t\r\n\f") == ""
}

// skipSpace moves past white space and returns it.
func (r *reader) skipSpace() string {
	from := r.pos()
	for r.space(r.i) {
		r.i++
	}
	return r.src[from:r.pos()]
}

// tag consumes the tag at i and the white space after it, and returns
// them.
func (r *reader) tag() string {
	from := r.pos()
	r.i++
	r.skipSpace()
	return r.src[from:r.pos()]
}

// isEnd reports whether t ends one of the elements open around it.
func isEnd(t tok, open []string) bool {
	if t.typ != html.EndTagToken {
		return false
	}
	for _, n := range open {
		if n == t.name {
			return true
		}
	}
	return false
}

// blockTag are the elements read as blocks of their own kind.
var blockTag = map[string]bool{"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"ul": true, "ol": true, "blockquote": true, "table": true, "pre": true, "hr": true}

// htmlTag are the elements at the level of blocks kept whole as raw HTML.
var htmlTag = map[string]bool{"div": true, "section": true, "article": true, "aside": true, "nav": true,
	"header": true, "footer": true, "main": true, "figure": true, "dl": true, "form": true, "fieldset": true,
	"details": true, "address": true, "menu": true, "center": true, "svg": true, "math": true,
	"li": true, "tr": true, "td": true, "th": true, "thead": true, "tbody": true, "tfoot": true,
	"caption": true, "colgroup": true, "dd": true, "dt": true, "figcaption": true, "summary": true}

// blockStart reports whether t starts a block.
func blockStart(t tok) bool {
	switch t.typ {
	case html.CommentToken, html.DoctypeToken:
		return true
	case html.StartTagToken, html.SelfClosingTagToken:
		return blockTag[t.name] || htmlTag[t.name]
	}
	return false
}

// flow reads blocks until the end tag of an element in open, or the end.
func (r *reader) flow(open []string) []Block {
	var out []Block
	if len(open) == 0 {
		r.skipSpace() // white space before the first block is no block's
	}
	for {
		t := r.at(r.i)
		if t.typ == html.ErrorToken || isEnd(t, open) {
			return out
		}
		var b Block
		if len(open) == 0 && figureStart(t) {
			if f, ok := r.figure(); ok {
				out = append(out, f)
				continue
			}
		}
		switch {
		case blockStart(t):
			b = r.block(open)
		default:
			b = r.bare(open)
		}
		out = append(out, b)
	}
}

// block reads the block that starts at i.
func (r *reader) block(open []string) Block {
	t := r.at(r.i)
	from := r.i
	var b Block
	ok := true
	switch {
	case t.typ == html.SelfClosingTagToken && t.name == "hr":
		b = Block{Kind: "hr", Open: r.tag()}
		b.HTML = template.HTML(b.Open) //nolint:gosec // written by a template
	case t.typ != html.StartTagToken: // a comment, <div/>…
		ok = false
	case t.name == "p" || len(t.name) == 2 && t.name[0] == 'h' && t.name[1] >= '1' && t.name[1] <= '6':
		b = r.inlineBlock(open)
	case t.name == "ul" || t.name == "ol":
		b, ok = r.list(open)
	case t.name == "blockquote":
		b = r.quote(open)
	case t.name == "table":
		b, ok = r.table()
	case t.name == "pre":
		b, ok = r.pre()
	case t.name == "hr":
		b = Block{Kind: "hr", Open: r.tag()}
		b.HTML = template.HTML(b.Open) //nolint:gosec // written by a template
	default:
		ok = false
	}
	if !ok {
		r.i = from
		return r.rawBlock()
	}
	return b
}

// rawBlock reads the element (or the comment) at i whole, as Kind "html".
func (r *reader) rawBlock() Block {
	from := r.pos()
	r.element()
	r.skipSpace()
	h := r.src[from:r.pos()]
	return Block{Kind: "html", HTML: template.HTML(h), Text: textOf(h)} //nolint:gosec // written by a template
}

// textOf is the text of HTML h: its text tokens, unescaped, a line each
// block, without white space at either end of a line or empty lines.
func textOf(h string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(h))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		switch tt {
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			if n := string(name); n == "br" || blockTag[n] || htmlTag[n] {
				b.WriteByte('\n')
			}
		}
	}
	return lines(b.String())
}

// lines is s without white space at either end of its lines and without
// empty lines, as plainText gives a block's text.
func lines(s string) string {
	ls := strings.Split(s, "\n")
	out := ls[:0]
	for _, l := range ls {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// attr is the value of attribute key of t, and whether it has one.
func (t tok) attr(key string) (string, bool) {
	for _, a := range t.attrs {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// endTag consumes the end tag of name at i, if it is there, and the white
// space after it.
func (r *reader) endTag(name string) string {
	if t := r.at(r.i); t.typ == html.EndTagToken && t.name == name {
		return r.tag()
	}
	return ""
}

// inlineBlock reads a paragraph or a heading.
func (r *reader) inlineBlock(open []string) Block {
	from := r.pos()
	t := r.at(r.i)
	b := Block{Kind: t.name, Open: t.raw(r.src)}
	if t.name != "p" {
		b.Level = int(t.name[1] - '0')
	}
	r.i++
	p := r.runs(append(open[:len(open):len(open)], t.name), false)
	b.Close = r.endTag(t.name)
	p.Open, p.Close = b.Open, b.Close
	b.Para = p
	b.Text = runsText(p.Runs)
	b.HTML = template.HTML(r.src[from:r.pos()]) //nolint:gosec // written by a template
	return b
}

// bare reads text and inline elements outside any block element, up to
// the next block, as a Bare paragraph. White space at its end, before a
// block, is its Close.
func (r *reader) bare(open []string) Block {
	from := r.pos()
	p := r.runs(open, true)
	b := Block{Kind: "p", Bare: true, Para: p}
	if n := len(p.Runs); n > 0 && !p.Runs[n-1].Atomic {
		last := &p.Runs[n-1]
		if trimmed := strings.TrimRight(last.Text, " \t\r\n\f"); trimmed != last.Text && last.After == "" && len(last.Marks) == 0 {
			b.Close = last.Text[len(trimmed):]
			last.Text = trimmed
			if trimmed == "" {
				p.Runs = p.Runs[:n-1]
			}
		}
	}
	p.Close = b.Close
	b.Text = runsText(p.Runs)
	b.HTML = template.HTML(r.src[from:r.pos()]) //nolint:gosec // written by a template
	return b
}

// list reads a ul or an ol: its items, each with its kids. A list with
// anything but items in it is not one.
func (r *reader) list(open []string) (Block, bool) {
	from := r.pos()
	t := r.at(r.i)
	b := Block{Kind: t.name, Open: r.tag()}
	if t.name == "ol" {
		b.Start = 1
		if v, ok := t.attr("start"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				return b, false
			}
			b.Start = n
		}
	}
	in := append(open[:len(open):len(open)], t.name)
	for {
		u := r.at(r.i)
		if u.typ == html.EndTagToken && u.name == t.name {
			b.Close = r.tag()
			break
		}
		if u.typ != html.StartTagToken || u.name != "li" {
			return b, false
		}
		b.Items = append(b.Items, r.item(in))
	}
	var texts []string
	for _, it := range b.Items {
		if it.Text != "" {
			texts = append(texts, it.Text)
		}
	}
	b.Text, b.Rows = strings.Join(texts, "\n"), len(b.Items)
	b.HTML = template.HTML(r.src[from:r.pos()]) //nolint:gosec // written by a template
	return b, true
}

// item reads a li: its kids, and its runs when it is one line of text.
func (r *reader) item(open []string) Block {
	from := r.pos()
	b := Block{Kind: "li", Open: r.at(r.i).raw(r.src)}
	r.i++
	j := r.i
	for r.space(j) {
		j++
	}
	if j > r.i && blockStart(r.at(j)) { // white space before a block is the tag's
		r.i = j
		b.Open = r.src[from:r.pos()]
	}
	b.Kids = r.flow(append(open[:len(open):len(open)], "li"))
	b.Close = r.endTag("li")
	b.Text = kidsText(b.Kids)
	if len(b.Kids) == 1 && b.Kids[0].Bare && b.Kids[0].Close == "" {
		b.Para = &flow.Para{Runs: b.Kids[0].Para.Runs, Open: b.Open, Close: b.Close}
	}
	b.HTML = template.HTML(r.src[from:r.pos()]) //nolint:gosec // written by a template
	return b
}

// quote reads a blockquote and its kids.
func (r *reader) quote(open []string) Block {
	from := r.pos()
	b := Block{Kind: "blockquote", Open: r.tag()}
	b.Kids = r.flow(append(open[:len(open):len(open)], "blockquote"))
	b.Close = r.endTag("blockquote")
	b.Text = kidsText(b.Kids)
	b.HTML = template.HTML(r.src[from:r.pos()]) //nolint:gosec // written by a template
	return b
}

func kidsText(kids []Block) string {
	var texts []string
	for _, k := range kids {
		if k.Text != "" {
			texts = append(texts, k.Text)
		}
	}
	return strings.Join(texts, "\n")
}

// pre reads a code block: <pre><code…>, text, </code></pre>.
func (r *reader) pre() (Block, bool) {
	from := r.pos()
	if c := r.at(r.i + 1); c.typ != html.StartTagToken || c.name != "code" {
		return Block{}, false
	}
	r.i += 2
	b := Block{Kind: "pre", Open: r.src[from:r.pos()]}
	if class, ok := r.at(r.i - 1).attr("class"); ok {
		if lang, ok := strings.CutPrefix(class, "language-"); ok {
			b.Lang = lang
		}
	}
	start := r.pos()
	for r.at(r.i).typ == html.TextToken {
		r.i++
	}
	raw := r.src[start:r.pos()]
	b.Code = html.UnescapeString(raw)
	if flow.Escaped(b.Code) != raw || r.at(r.i).typ != html.EndTagToken || r.at(r.i).name != "code" ||
		r.at(r.i+1).typ != html.EndTagToken || r.at(r.i+1).name != "pre" {
		return Block{}, false
	}
	end := r.pos()
	r.i += 2
	r.skipSpace()
	b.Close = r.src[end:r.pos()]
	b.Text = lines(b.Code)
	b.HTML = template.HTML(r.src[from:r.pos()]) //nolint:gosec // written by a template
	return b, true
}
