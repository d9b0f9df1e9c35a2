package markdown

import (
	"html/template"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/yuin/goldmark/ast"
	"golang.org/x/net/html"
)

// An editor's drawing (raw HTML, with raw_html = true) is a block of its
// own, Kind "figure", so that a channel sizes it without reading HTML: an
// <svg> with a viewBox (or a width and a height) or an <img>, alone or
// alone in a <figure>, <div> or <p>, with an optional <figcaption>. Its
// Kids are the drawing, Kind "html" with its Width and Height (an <img>
// of unknown size is 4:3, letterboxed), and its caption, Kind
// "figcaption" with its runs. Drawings are recognised at the top level of
// a body (Render) and of HTML read by FromHTML, so both give the same
// blocks. An <img> of unknown size in a <p> is no drawing: it is a
// paragraph holding a picture, as Markdown writes one.

// figureStart reports whether t may start a drawing.
func figureStart(t tok) bool {
	switch t.typ {
	case html.StartTagToken:
		return t.name == "figure" || t.name == "div" || t.name == "p" || t.name == "svg" || t.name == "img"
	case html.SelfClosingTagToken:
		return t.name == "svg" || t.name == "img"
	}
	return false
}

// figure reads the drawing that starts at i, at the top level, or
// reports false and reads nothing. Open + Kids + Close is its HTML: the
// white space between the drawing and its caption is the caption's Open.
func (r *reader) figure() (Block, bool) {
	from, start := r.pos(), r.i
	fail := func() (Block, bool) { r.i = start; return Block{}, false }
	b := Block{Kind: "figure"}
	wrapper := ""
	if t := r.at(r.i); t.typ == html.StartTagToken && t.name != "svg" && t.name != "img" {
		wrapper = t.name
		b.Open = r.tag()
	}
	drawing, caption := false, false
	ws := ""
	for done := false; !done; {
		t := r.at(r.i)
		switch {
		case wrapper != "" && t.typ == html.EndTagToken && t.name == wrapper:
			b.Close = ws + r.tag()
			done = true
		case !drawing && ws == "" && (t.name == "svg" || t.name == "img") && t.typ != html.EndTagToken:
			d, ok := r.drawing(wrapper)
			if !ok {
				return fail()
			}
			b.Kids, drawing = append(b.Kids, d), true
		case wrapper != "" && !caption && t.typ == html.StartTagToken && t.name == "figcaption":
			b.Kids, caption = append(b.Kids, r.caption(ws)), true
		case wrapper == "" && drawing && (t.typ == html.ErrorToken || blockStart(t)):
			b.Close = ws
			done = true
		default:
			return fail()
		}
		if !done {
			ws = r.skipSpace()
		}
	}
	if !drawing {
		return fail()
	}
	b.Text = kidsText(b.Kids)
	b.HTML = template.HTML(r.src[from:r.pos()]) //nolint:gosec // an editor's raw HTML, as the page has it
	return b, true
}

// drawing reads the svg or img at i, Kind "html" with its size; false if
// its size is not known and cannot be taken as 4:3.
func (r *reader) drawing(wrapper string) (Block, bool) {
	t := r.at(r.i)
	from := r.pos()
	r.element()
	h := r.src[from:r.pos()]
	w, ht := drawingSize(t)
	if w == 0 {
		if t.name == "svg" || wrapper == "p" {
			return Block{}, false
		}
		w, ht = 4, 3 // a picture of unknown size, letterboxed
	}
	d := Block{Kind: "html", HTML: template.HTML(h), Width: w, Height: ht, Text: textOf(h)} //nolint:gosec // an editor's raw HTML
	if t.name == "img" {
		d.Picture = true
		d.Text, _ = t.attr("alt")
	}
	return d, true
}

// element moves past the element at i, up to its end tag.
func (r *reader) element() {
	t := r.at(r.i)
	r.i++
	if t.typ != html.StartTagToken || voidTag[t.name] {
		return
	}
	for depth := 1; depth > 0 && r.i < len(r.toks); r.i++ {
		switch u := r.toks[r.i]; {
		case u.typ == html.StartTagToken && u.name == t.name:
			depth++
		case u.typ == html.EndTagToken && u.name == t.name:
			depth--
		}
	}
}

// caption reads the figcaption at i, ws the white space before it: its
// runs, the white space at either end of them its tags'.
func (r *reader) caption(ws string) Block {
	from := r.pos()
	c := Block{Kind: "figcaption", Open: ws + r.tag()}
	p := r.runs([]string{"figcaption"}, false)
	end := trimEnd(p)
	c.Close = end + r.endTag("figcaption")
	p.Open, p.Close = c.Open, c.Close
	c.Para, c.Text = p, runsText(p.Runs)
	c.HTML = template.HTML(ws + r.src[from:r.pos()]) //nolint:gosec // an editor's raw HTML
	return c
}

// trimEnd takes the white space at the end of p's last run, when it is
// plain text, out of it and returns it.
func trimEnd(p *flow.Para) string {
	n := len(p.Runs)
	if n == 0 || p.Runs[n-1].Atomic {
		return ""
	}
	last := &p.Runs[n-1]
	trimmed := strings.TrimRight(last.Text, " \t\r\n\f")
	if trimmed == last.Text || last.After != "" || len(last.Marks) != 0 {
		return ""
	}
	end := last.Text[len(trimmed):]
	last.Text = trimmed
	if trimmed == "" {
		p.Runs = p.Runs[:n-1]
	}
	return end
}

// drawingSize is the size of a drawing from its start tag: an svg's
// viewBox, else its width and height; 0, 0 when it has none.
func drawingSize(t tok) (w, h float64) {
	vb, _ := t.attr("viewbox")
	if f := strings.Fields(strings.ReplaceAll(vb, ",", " ")); len(f) == 4 {
		w, _ = strconv.ParseFloat(f[2], 64)
		h, _ = strconv.ParseFloat(f[3], 64)
		if w > 0 && h > 0 {
			return w, h
		}
	}
	ws, _ := t.attr("width")
	hs, _ := t.attr("height")
	w, _ = strconv.ParseFloat(strings.TrimSuffix(ws, "px"), 64)
	h, _ = strconv.ParseFloat(strings.TrimSuffix(hs, "px"), 64)
	if w > 0 && h > 0 {
		return w, h
	}
	return 0, 0
}

// figure makes b, top-level block n, the figure it is when it is an
// editor's drawing (raw_html = true): raw HTML, or a paragraph of raw
// inline HTML (an <svg> written on one line), read as FromHTML reads it.
func (r *Renderer) figure(b *Block, n ast.Node) {
	if !r.raw {
		return
	}
	switch n.(type) {
	case *ast.HTMLBlock:
	case *ast.Paragraph:
		if !hasRawHTML(n) {
			return
		}
	default:
		return
	}
	if bs := FromHTML(string(b.HTML)); len(bs) == 1 && bs[0].Kind == "figure" && bs[0].HTML == b.HTML {
		*b = bs[0]
	}
}

// hasRawHTML reports whether paragraph n holds raw inline HTML.
func hasRawHTML(n ast.Node) bool {
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		if _, ok := k.(*ast.RawHTML); ok {
			return true
		}
	}
	return false
}
