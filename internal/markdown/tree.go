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
// code block's text. The parts written again are b.HTML byte for byte.
func (pb *paraBuilder) tree(b *Block, n ast.Node) {
	full := string(b.HTML)
	switch v := n.(type) {
	case *ast.Paragraph, *ast.Heading, *ast.TextBlock:
		if b.Para != nil {
			b.Open, b.Close = b.Para.Open, b.Para.Close
		}
		_, b.Bare = n.(*ast.TextBlock)
	case *ast.List, *ast.Blockquote: // made by top, without their HTML
		cut(b, full, 0)
	case *east.Table:
		pb.table(b, v)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		pb.code(b, n)
	case *ast.ThematicBreak:
		b.Open = full
	}
}

// items are the items of list n, each with its kids. An item that is one
// line of text has its runs, shared with its bare text.
func (pb *paraBuilder) items(n ast.Node) []Block {
	var out []Block
	for li := n.FirstChild(); li != nil; li = li.NextSibling() {
		out = append(out, pb.container(li, "li"))
		if it := &out[len(out)-1]; len(it.Kids) == 1 && it.Kids[0].Bare && it.Kids[0].Para != nil {
			it.Para = &flow.Para{Runs: it.Kids[0].Para.Runs, Open: it.Open, Close: it.Close}
		}
	}
	return out
}

// kids are the blocks inside n, each with its parts.
func (pb *paraBuilder) kids(n ast.Node) []Block {
	var out []Block
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		out = append(out, pb.block(c))
	}
	return out
}

// container is n, a list, a list item or a quote, with its items or kids,
// its tags (tags) and its text made of theirs. Its HTML, and that of the
// containers inside it, is cut from the HTML of the block it is in (cut)
// once that is whole: no node inside it is rendered or copied again for
// each container it is in, so the cost stays linear however deep blocks
// nest.
func (pb *paraBuilder) container(n ast.Node, kind string) Block {
	b := Block{Kind: kind}
	var kids []Block
	if kind == "ul" || kind == "ol" {
		pb.r.parts(&b, n, pb.src)
		b.Items = pb.items(n)
		kids = b.Items
	} else {
		b.Kids = pb.kids(n)
		kids = b.Kids
	}
	b.Open, b.Close = pb.tags(n)
	var texts []string
	for _, k := range kids {
		if k.Text != "" {
			texts = append(texts, k.Text)
		}
	}
	b.Text = strings.Join(texts, "\n") // as plainText gives it: a line a block
	return b
}

// cut gives b, a block that begins at offset from of h, the HTML of
// the block it is in, and the containers inside b their HTML cut from h,
// and returns where b ends. A block that is no container has its own.
func cut(b *Block, h string, from int) int {
	switch b.Kind {
	case "ul", "ol", "li", "blockquote":
	default:
		return from + len(b.HTML)
	}
	end := from + len(b.Open)
	for i := range b.Items {
		end = cut(&b.Items[i], h, end)
	}
	for i := range b.Kids {
		end = cut(&b.Kids[i], h, end)
	}
	end = min(end+len(b.Close), len(h))
	from = min(from, end)
	b.HTML = template.HTML(h[from:end]) //nolint:gosec // rendered Markdown
	return end
}

// tags renders container n's start and end tags: n is rendered with a
// sentinel block for its children (a text of the same kind as its first
// child's, which decides what the renderer writes after the start tag),
// which are then put back.
func (pb *paraBuilder) tags(n ast.Node) (open, close string) {
	if n.FirstChild() == nil {
		return around(pb.render(n), "")
	}
	var kids []ast.Node
	for k := n.FirstChild(); k != nil; k = k.NextSibling() {
		kids = append(kids, k)
	}
	var s ast.Node = ast.NewParagraph()
	if _, ok := kids[0].(*ast.TextBlock); ok {
		s = ast.NewTextBlock()
	}
	s.AppendChild(s, ast.NewString([]byte(sentinel)))
	n.RemoveChildren(n)
	n.AppendChild(n, s)
	inner := pb.render(s)
	h := pb.render(n)
	n.RemoveChildren(n)
	for _, k := range kids {
		n.AppendChild(n, k)
	}
	open, close, _ = strings.Cut(h, inner)
	return open, close
}

// block is n, a block inside a list item or a quote, with all its parts.
func (pb *paraBuilder) block(n ast.Node) Block {
	switch n.(type) {
	case *ast.List, *ast.Blockquote:
		return pb.container(n, kindOf(n))
	}
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
	rawKids(&b)
	return b
}

// rawKids gives b, when it is a body's raw HTML, the blocks FromHTML
// reads in it as its Kids.
func rawKids(b *Block) {
	if b.Kind == "html" {
		b.Kids = FromHTML(string(b.HTML))
	}
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
			tb.HeadOpen, rest = tagsAt(rest, 2) // <thead>, <tr>
			_, tb.HeadRow = tagAt(tb.HeadOpen)
			tb.Head, rest = pb.cells(row, rest)
			tb.HeadClose, rest = tagsAt(rest, 2)
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

// tagsAt cuts n tags from s.
func tagsAt(s string, n int) (string, string) {
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
		pb.runs, pb.raw = nil, false
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
		} else {
			pb.reread(p)
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
