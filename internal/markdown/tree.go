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

// table gives b, a table, its cells as runs and the tags between them.
func (pb *paraBuilder) table(b *Block, t *east.Table) {
	tb := &Table{}
	for _, a := range t.Alignments {
		tb.Align = append(tb.Align, alignOf(a))
	}
	var rows strings.Builder
	var headHTML string
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		h := pb.render(row)
		cells, inner := pb.cells(row)
		open, close := around(h, inner)
		if _, head := row.(*east.TableHeader); head {
			tb.Head, tb.HeadOpen, tb.HeadClose, headHTML = cells, open, close, h
			continue
		}
		tb.Body = append(tb.Body, cells)
		tb.RowOpen, tb.RowClose = append(tb.RowOpen, open), append(tb.RowClose, close)
		rows.WriteString(h)
	}
	// The header row writes <tbody> after it, the last row </tbody>.
	if i := strings.Index(tb.HeadClose, "<tbody"); i >= 0 {
		tb.HeadClose, tb.BodyOpen = tb.HeadClose[:i], tb.HeadClose[i:]
	}
	if last := len(tb.RowClose) - 1; last >= 0 {
		if i := strings.Index(tb.RowClose[last], "</tbody"); i >= 0 {
			tb.RowClose[last], tb.BodyClose = tb.RowClose[last][:i], tb.RowClose[last][i:]
		}
	}
	full := string(b.HTML)
	b.Open = full[:max(0, strings.Index(full, headHTML))]
	b.Close = full[min(len(full), len(b.Open)+len(headHTML)+rows.Len()):]
	b.Table = tb
}

// cells are a row's cells as runs, and their HTML joined.
func (pb *paraBuilder) cells(row ast.Node) ([]*flow.Para, string) {
	var out []*flow.Para
	var all strings.Builder
	for c := row.FirstChild(); c != nil; c = c.NextSibling() {
		h := pb.render(c)
		all.WriteString(h)
		close := h[strings.LastIndex(h, "</"):]
		p := pb.para(c, h, close)
		if p == nil { // one atomic run, written as it is
			open, _ := around(h, "")
			inner := h[len(open) : len(h)-len(close)]
			p = &flow.Para{Runs: []flow.Run{{Text: plainText(c, pb.src), HTML: inner, Atomic: true}}, Open: open, Close: close}
		}
		out = append(out, p)
	}
	return out, all.String()
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
	b.Open, b.Close = around(string(b.HTML), flow.Escaped(b.Code))
}
