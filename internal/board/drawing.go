package board

import (
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/markdown"
	"golang.org/x/net/html"
)

// An editor's drawing in a body (raw HTML, with raw_html = true) is a
// block of raw HTML whose size the Markdown renderer does not give
// (markdown.Block.Width and Height are a flowchart's only): the board
// reads it from the drawing's start tag with golang.org/x/net/html's
// tokenizer. That is the one HTML the board reads; the rest comes as typed
// blocks and runs.

// rawDrawing is the figure block of raw HTML h when h is a drawing: an
// <svg> with a viewBox (or width and height), an <img>, or a <figure>,
// <p> or <div> holding one alone with an optional <figcaption>. Its
// drawing is a Kind "html" block with its size, its caption a
// "figcaption" block with runs. An <img> of unknown size is 4:3.
func rawDrawing(h string) (markdown.Block, bool) {
	t := tokens(h)
	i := t.skip(0)
	wrapper := ""
	if k := t.at(i); k.typ == html.StartTagToken && (k.name == "figure" || k.name == "p" || k.name == "div") {
		wrapper, i = k.name, t.skip(i+1)
	}
	var drawing, caption *span
	for i < len(t.toks) {
		k := t.at(i)
		switch {
		case wrapper != "" && k.typ == html.EndTagToken && k.name == wrapper:
			if t.skip(i+1) < len(t.toks) {
				return markdown.Block{}, false
			}
			i = len(t.toks)
		case drawing == nil && (k.name == "svg" || k.name == "img") && k.typ != html.EndTagToken:
			drawing = t.element(i)
			i = t.skip(drawing.next)
		case wrapper != "" && caption == nil && k.name == "figcaption" && k.typ == html.StartTagToken:
			caption = t.element(i)
			i = t.skip(caption.next)
		default:
			return markdown.Block{}, false
		}
	}
	if drawing == nil {
		return markdown.Block{}, false
	}
	w, ht := drawingSize(t.at(drawing.first))
	if w == 0 {
		if t.at(drawing.first).name == "svg" {
			return markdown.Block{}, false
		}
		w, ht = 4, 3 // a picture of unknown size, letterboxed
	}
	d := markdown.Block{Kind: "html", HTML: safeHTML(h[drawing.from:drawing.to]), Width: w, Height: ht}
	b := markdown.Block{Kind: "figure", Kids: []markdown.Block{d}}
	if caption != nil {
		inner := h[t.at(caption.first).end:t.at(caption.next-1).start]
		if cs := markdown.FromHTML(inner); len(cs) == 1 && cs[0].Bare && cs[0].Para != nil {
			b.Kids = append(b.Kids, markdown.Block{Kind: "figcaption", Para: cs[0].Para, Text: cs[0].Text})
		}
	}
	return b, true
}

// drawingSize is the size of a drawing from its start tag: an svg's viewBox, else
// its width and height; 0, 0 when it has none.
func drawingSize(k token) (w, h float64) {
	if vb := strings.Fields(strings.ReplaceAll(k.attrs["viewbox"], ",", " ")); len(vb) == 4 {
		w, _ = strconv.ParseFloat(vb[2], 64)
		h, _ = strconv.ParseFloat(vb[3], 64)
		if w > 0 && h > 0 {
			return w, h
		}
	}
	w, _ = strconv.ParseFloat(strings.TrimSuffix(k.attrs["width"], "px"), 64)
	h, _ = strconv.ParseFloat(strings.TrimSuffix(k.attrs["height"], "px"), 64)
	if w > 0 && h > 0 {
		return w, h
	}
	return 0, 0
}

// token is a token of raw HTML: its type, its element's name and
// attributes, and where it is.
type token struct {
	typ        html.TokenType
	name       string
	attrs      map[string]string
	start, end int
}

type tokenList struct {
	src  string
	toks []token
}

func tokens(h string) *tokenList {
	t := &tokenList{src: h}
	z := html.NewTokenizer(strings.NewReader(h))
	pos := 0
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		k := token{typ: tt, start: pos}
		pos += len(z.Raw())
		k.end = pos
		if tt == html.StartTagToken || tt == html.EndTagToken || tt == html.SelfClosingTagToken {
			name, more := z.TagName()
			k.name, k.attrs = string(name), map[string]string{}
			for more {
				var key, val []byte
				key, val, more = z.TagAttr()
				k.attrs[string(key)] = string(val)
			}
		}
		t.toks = append(t.toks, k)
	}
	return t
}

func (t *tokenList) at(i int) token {
	if i < len(t.toks) {
		return t.toks[i]
	}
	return token{typ: html.ErrorToken}
}

// skip is the first token from i that is not white space.
func (t *tokenList) skip(i int) int {
	for i < len(t.toks) && t.toks[i].typ == html.TextToken && strings.TrimSpace(t.src[t.toks[i].start:t.toks[i].end]) == "" {
		i++
	}
	return i
}

// span is an element: its first token, the token after its end, and its
// HTML's bytes.
type span struct {
	first, next int
	from, to    int
}

// element is the element that starts at token i, up to its end tag.
func (t *tokenList) element(i int) *span {
	k := t.at(i)
	s := &span{first: i, next: i + 1, from: k.start, to: k.end}
	if k.typ != html.StartTagToken || k.name == "img" {
		return s
	}
	for depth, j := 1, i+1; j < len(t.toks); j++ {
		switch u := t.toks[j]; {
		case u.typ == html.StartTagToken && u.name == k.name:
			depth++
		case u.typ == html.EndTagToken && u.name == k.name:
			depth--
		}
		if depth == 0 {
			s.next, s.to = j+1, t.toks[j].end
			return s
		}
	}
	s.next, s.to = len(t.toks), t.toks[len(t.toks)-1].end
	return s
}
