package markdown

import (
	"bufio"
	"bytes"
	"fmt"
	stdhtml "html"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/link"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/util"
)

// sentinel stands for an element's children while its start and end tags
// are rendered on their own: a private-use character no renderer escapes.
const sentinel = "\uE000"

// paraBuilder turns a paragraph's inline nodes into flow runs, each written
// by the same renderer as the page (its links, images and raw HTML rules
// included), so the runs' HTML joined is the paragraph's HTML byte for byte.
type paraBuilder struct {
	r    *Renderer
	src  []byte
	buf  bytes.Buffer
	w    *bufio.Writer
	runs []flow.Run
	raw  bool // the runs hold raw inline HTML (reread)
	read bool // the last para's runs were read again from its HTML
}

// newParaBuilder is a paraBuilder for the blocks of one body, src.
func (r *Renderer) newParaBuilder(src []byte) *paraBuilder {
	pb := &paraBuilder{r: r, src: src}
	pb.w = bufio.NewWriter(&pb.buf)
	return pb
}

// para is n, a block of inline content whose HTML is full and ends with
// close, as a flow.Para. It is nil unless its runs give full byte for
// byte: what a channel cuts is always what the page shows.
func (pb *paraBuilder) para(n ast.Node, full, close string) *flow.Para {
	pb.runs, pb.raw, pb.read = nil, false, false
	pb.inline(n, nil)
	p := &flow.Para{Runs: pb.runs}
	inner := p.HTML(flow.At{}, p.End(), false)
	if !strings.HasSuffix(full, inner+close) {
		return nil
	}
	p.Open, p.Close = full[:len(full)-len(inner)-len(close)], close
	pb.reread(p)
	return p
}

// paras gives b, rendered from n, its runs: a paragraph's, a heading's
// (a list item's are its text's: tree.go). Where raw inline HTML was read
// into runs (reread), b's Text is the text they show, without the tags.
func (pb *paraBuilder) paras(b *Block, n ast.Node) {
	switch v := n.(type) {
	case *ast.Paragraph:
		b.Para = pb.para(n, string(b.HTML), "</p>\n")
	case *ast.Heading:
		b.Para = pb.para(n, string(b.HTML), fmt.Sprintf("</h%d>\n", v.Level))
	}
	if b.Para != nil && pb.read { // raw tags show nothing: the text is what the runs show
		b.Text = runsText(b.Para.Runs)
	}
}

func (pb *paraBuilder) render(n ast.Node) string {
	pb.buf.Reset()
	_ = pb.r.md.Renderer().Render(pb.w, pb.src, n) // rendering into memory does not fail
	return pb.buf.String()
}

// inline adds the runs of n's children, inside marks.
func (pb *paraBuilder) inline(n ast.Node, marks []*flow.Mark) {
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		switch v := k.(type) {
		case *ast.Text:
			pb.text(v, marks)
		case *ast.Emphasis, *ast.Link, *east.Strikethrough:
			if m := pb.mark(k); m != nil {
				if l, ok := k.(*ast.Link); ok && link.Allowed(string(l.Destination)) {
					m.Href = string(util.URLEscape(l.Destination, false)) // as safeLinks writes it
				}
				pb.inline(k, append(marks[:len(marks):len(marks)], m))
				continue
			}
			pb.atomic(k, marks)
		case *ast.Image:
			pb.atomic(k, marks)
			if link.Allowed(string(v.Destination)) { // written as an <img> by safeLinks
				r := &pb.runs[len(pb.runs)-1]
				r.Image, r.Alt = true, string(altText(v, pb.src))
			}
		case *ast.String: // an autolink's label
			pb.str(v, marks)
		case *ast.CodeSpan:
			pb.codeSpan(k, marks)
		case *ast.RawHTML:
			pb.raw = true
			pb.atomic(k, marks)
		default:
			pb.atomic(k, marks)
		}
	}
}

// text adds a text node: a run that can be cut where its HTML is its text
// escaped followed by white space or a line break, an atomic run where it
// is not (a character reference written as such, raw text).
func (pb *paraBuilder) text(t *ast.Text, marks []*flow.Mark) {
	seg := t.Segment.Value(pb.src)
	if !t.IsRaw() && !t.SoftLineBreak() && !t.HardLineBreak() && !bytes.ContainsAny(seg, "\\&<>\"\x00") {
		// written as it is: nothing to escape or resolve, no break after it
		pb.runs = append(pb.runs, flow.Run{Text: string(seg), Marks: marks})
		return
	}
	h := pb.render(t)
	s := shown(t, t.Segment.Value(pb.src))
	if after, ok := strings.CutPrefix(h, flow.Escaped(s)); ok && !t.IsRaw() && flow.Plain(after) {
		pb.runs = append(pb.runs, flow.Run{Text: s, After: after, Marks: marks})
		return
	}
	pb.runs = append(pb.runs, flow.Run{Text: s, HTML: h, Atomic: true, Marks: marks})
}

// str adds a string (an autolink's label, shown as written): a text run
// where the renderer wrote it escaped as flow escapes it.
func (pb *paraBuilder) str(s *ast.String, marks []*flow.Mark) {
	if h := pb.render(s); !s.IsCode() && h == flow.Escaped(string(s.Value)) {
		pb.runs = append(pb.runs, flow.Run{Text: string(s.Value), Marks: marks})
		return
	}
	pb.atomic(s, marks)
}

// codeSpan adds a code span: a <code> mark around a text run, as FromHTML
// reads it, where its text written escaped is what the renderer wrote.
func (pb *paraBuilder) codeSpan(n ast.Node, marks []*flow.Mark) {
	h := pb.render(n)
	inner, ok := strings.CutPrefix(h, "<code>")
	inner, ok2 := strings.CutSuffix(inner, "</code>")
	text := stdhtml.UnescapeString(inner)
	if !ok || !ok2 || inner == "" || flow.Escaped(text) != inner {
		pb.atomic(n, marks)
		return
	}
	m := &flow.Mark{Open: "<code>", Close: "</code>"}
	pb.runs = append(pb.runs, flow.Run{Text: text, Marks: append(marks[:len(marks):len(marks)], m)})
}

// reread reads the runs of p, inline content holding raw inline HTML
// (raw_html = true), from its HTML as FromHTML reads inline HTML: a raw
// tag's element is a mark (a link's with its Href) around its runs, an
// image a run with its description, so no channel reads HTML again. Runs
// read so write the same HTML, a character reference as its character.
func (pb *paraBuilder) reread(p *flow.Para) {
	if !pb.raw {
		return
	}
	pb.raw, pb.read = false, true
	r := &reader{src: p.HTML(flow.At{}, p.End(), false)}
	r.tokenize()
	p.Runs = r.runs(nil, false).Runs
}

func (pb *paraBuilder) atomic(n ast.Node, marks []*flow.Mark) {
	pb.runs = append(pb.runs, flow.Run{Text: plainText(n, pb.src), HTML: pb.render(n), Atomic: true, Marks: marks})
}

// mark renders element n's start and end tags: n is rendered with a
// sentinel for its children, which are then put back. It is nil when the
// renderer does not write the children between two tags.
func (pb *paraBuilder) mark(n ast.Node) *flow.Mark {
	var kids []ast.Node
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		kids = append(kids, k)
	}
	n.RemoveChildren(n)
	n.AppendChild(n, ast.NewString([]byte(sentinel)))
	h := pb.render(n)
	n.RemoveChildren(n)
	for _, k := range kids {
		n.AppendChild(n, k)
	}
	open, end, ok := strings.Cut(h, sentinel)
	if !ok || strings.Contains(end, sentinel) {
		return nil
	}
	return &flow.Mark{Open: open, Close: end}
}
