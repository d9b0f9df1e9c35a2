package markdown

import (
	"html/template"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// tree gives b, rendered from n, its parts as a tree: its element's tags,
// the blocks inside a list item or a quote, a table's cells as runs, a
// code block's text. Every part is cut from HTML the renderer wrote, so
// the parts written again are b.HTML byte for byte.
func (pb *paraBuilder) tree(b *Block, n ast.Node) {
	full := string(b.HTML)
	switch v := n.(type) {
	case *ast.Paragraph, *ast.Heading:
		if b.Para != nil {
			b.Open, b.Close = b.Para.Open, b.Para.Close
		}
	case *ast.TextBlock:
		b.Bare = true
		if b.Para != nil {
			b.Open, b.Close = b.Para.Open, b.Para.Close
		}
	case *ast.List:
		i := 0
		var inner strings.Builder
		for li := n.FirstChild(); li != nil && i < len(b.Items); li, i = li.NextSibling(), i+1 {
			pb.item(&b.Items[i], li)
			inner.WriteString(string(b.Items[i].HTML))
		}
		b.Open, b.Close = around(full, inner.String())
	case *ast.Blockquote:
		b.Kids = pb.kids(n)
		b.Open, b.Close = around(full, kidsHTML(b.Kids))
	case *east.Table:
		pb.table(b, v)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		pb.code(b, n)
	case *ast.ThematicBreak:
		b.Open = full
	}
}

// item gives a list item its kids and tags. A tight item of one line
// shares its runs with its bare text.
func (pb *paraBuilder) item(it *Block, li ast.Node) {
	if _, ok := li.FirstChild().(*ast.TextBlock); ok && li.ChildCount() == 1 && it.Para != nil {
		p := &flow.Para{Runs: it.Para.Runs}
		it.Kids = []Block{{Kind: "p", HTML: template.HTML(p.Whole(false)), Text: it.Text, Bare: true, Para: p}} //nolint:gosec // cut from rendered Markdown
		it.Open, it.Close = it.Para.Open, it.Para.Close
		return
	}
	it.Kids = pb.kids(li)
	it.Open, it.Close = around(string(it.HTML), kidsHTML(it.Kids))
}

// kids are the blocks inside n, each with its parts.
func (pb *paraBuilder) kids(n ast.Node) []Block {
	var out []Block
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		out = append(out, pb.block(c))
	}
	return out
}

// block is n, a block inside a list item or a quote, with all its parts.
func (pb *paraBuilder) block(n ast.Node) Block {
	b := Block{Kind: kindOf(n), HTML: template.HTML(pb.render(n)), Text: plainText(n, pb.src)} //nolint:gosec // rendered Markdown
	pb.r.parts(&b, n, pb.src)
	if tb, ok := n.(*ast.TextBlock); ok {
		close := ""
		if tb.NextSibling() != nil && tb.FirstChild() != nil {
			close = "\n" // what the renderer writes before the next block
		}
		b.Para = pb.para(n, string(b.HTML), close)
	}
	pb.paras(&b, n)
	pb.tree(&b, n)
	return b
}

func kidsHTML(kids []Block) string {
	var b strings.Builder
	for _, k := range kids {
		b.WriteString(string(k.HTML))
	}
	return b.String()
}

// around splits full, an element written around inner, into its start
// tag (with the white space after it) and its end tag: inner is found
// after full's first tag.
func around(full, inner string) (open, close string) {
	k := strings.IndexByte(full, '>') + 1
	i := strings.Index(full[k:], inner)
	if i < 0 {
		return full, ""
	}
	if inner == "" { // an empty element: the white space after its start tag is its own
		i = len(full[k:]) - len(strings.TrimLeft(full[k:], " \t\r\n"))
	}
	return full[:k+i], full[k+i+len(inner):]
}

// table gives b, a table, its cells as runs and the tags between them,
// cut from its HTML in order: no part of it is rendered again.
func (pb *paraBuilder) table(b *Block, t *east.Table) {
	tb := &Table{}
	for _, a := range t.Alignments {
		tb.Align = append(tb.Align, alignOf(a))
	}
	rest := string(b.HTML)
	var tag string
	b.Open, rest = tagAt(rest)
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		if _, head := row.(*east.TableHeader); head {
			tb.HeadOpen, rest = tags(rest, 2) // <thead>, <tr>
			tb.Head, rest = pb.cells(row, rest)
			tb.HeadClose, rest = tags(rest, 2)
			continue
		}
		if tb.Body == nil {
			tb.BodyOpen, rest = tagAt(rest)
		}
		tag, rest = tagAt(rest)
		tb.RowOpen = append(tb.RowOpen, tag)
		var cells []*flow.Para
		cells, rest = pb.cells(row, rest)
		tb.Body = append(tb.Body, cells)
		tag, rest = tagAt(rest)
		tb.RowClose = append(tb.RowClose, tag)
	}
	if tb.Body != nil {
		tb.BodyClose, rest = tagAt(rest)
	}
	b.Close = rest
	b.Table = tb
}

// tagAt cuts the tag s starts with, and the white space after it, from s.
func tagAt(s string) (tag, rest string) {
	i := strings.IndexByte(s, '>') + 1
	rest = strings.TrimLeft(s[i:], " \t\r\n")
	return s[:len(s)-len(rest)], rest
}

// tags cuts n tags from s.
func tags(s string, n int) (string, string) {
	rest := s
	for range n {
		_, rest = tagAt(rest)
	}
	return s[:len(s)-len(rest)], rest
}

// cells are a row's cells as runs, cut from h, which starts with them;
// rest is what follows them.
func (pb *paraBuilder) cells(row ast.Node, h string) (out []*flow.Para, rest string) {
	for c := row.FirstChild(); c != nil; c = c.NextSibling() {
		open := h[:strings.IndexByte(h, '>')+1]
		h = h[len(open):]
		close := "</td>\n"
		if strings.HasPrefix(open, "<th") {
			close = "</th>\n"
		}
		pb.runs = nil
		pb.inline(c, nil)
		p := &flow.Para{Runs: pb.runs, Open: open, Close: close}
		inner := p.HTML(flow.At{}, p.End(), false)
		if !strings.HasPrefix(h, inner+close) { // one atomic run, written as it is
			i := strings.Index(h, close)
			if i < 0 {
				i = len(h)
			}
			inner = h[:i]
			p.Runs = []flow.Run{{Text: plainText(c, pb.src), HTML: inner, Atomic: true}}
		}
		out = append(out, p)
		h = h[min(len(h), len(inner)+len(close)):]
	}
	return out, h
}

func alignOf(a east.Alignment) string {
	switch a {
	case east.AlignLeft:
		return "left"
	case east.AlignCenter:
		return "center"
	case east.AlignRight:
		return "right"
	}
	return ""
}

// code gives b, a code block, its text and language.
func (pb *paraBuilder) code(b *Block, n ast.Node) {
	var code strings.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		code.Write(seg.Value(pb.src))
	}
	b.Code = code.String()
	if f, ok := n.(*ast.FencedCodeBlock); ok && f.Info != nil {
		b.Lang = string(f.Language(pb.src))
	}
	full, esc := string(b.HTML), flow.Escaped(b.Code)
	if i := strings.LastIndex(full, "</code>"); i >= len(esc) && full[i-len(esc):i] == esc {
		b.Open, b.Close = full[:i-len(esc)], full[i:]
	}
}
