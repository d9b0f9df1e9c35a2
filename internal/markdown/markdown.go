package markdown

import (
	"bufio"
	"bytes"
	stdhtml "html"
	"html/template"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Options configure the renderer for one build.
type Options struct {
	RawHTML bool // pass raw HTML through instead of escaping it
}

// Renderer renders Markdown bodies. It is safe for concurrent use.
type Renderer struct {
	md  goldmark.Markdown
	raw bool
}

// New builds the goldmark pipeline once.
func New(opts Options) *Renderer {
	// Links, images, autolinks and raw HTML are rendered by gongkai's own
	// renderers below, so goldmark's html.WithUnsafe (which turned off its
	// filter of script links) is not needed: should these renderers ever be
	// left out, goldmark's safe defaults apply.
	rendererOpts := []renderer.Option{
		renderer.WithNodeRenderers(util.Prioritized(&safeLinks{}, 100)),
		renderer.WithNodeRenderers(util.Prioritized(&tableCells{}, 100)),
	}
	if opts.RawHTML {
		rendererOpts = append(rendererOpts, renderer.WithNodeRenderers(util.Prioritized(&rawHTML{}, 100)))
	} else {
		rendererOpts = append(rendererOpts, renderer.WithNodeRenderers(util.Prioritized(&escapeRawHTML{}, 100)))
	}
	md := goldmark.New(
		goldmark.WithExtensions(
			extension.GFM,
			extension.NewCJK(extension.WithEastAsianLineBreaks(extension.EastAsianLineBreaksCSS3Draft), extension.WithEscapedSpace()),
		),
		goldmark.WithParserOptions(
			parser.WithAutoHeadingID(),
			parser.WithASTTransformers(util.Prioritized(&linkTransformer{}, 100), util.Prioritized(signatures{}, 200)),
			parser.WithInlineParsers(util.Prioritized(cjkEmphasis{}, 499)),
		),
		goldmark.WithRendererOptions(rendererOpts...),
	)
	return &Renderer{md: md, raw: opts.RawHTML}
}

// Block is one top-level block of a body.
type Block struct {
	Kind  string        // p, h1…h6, ul, ol, table, blockquote, pre, hr, html, figure (figure.go)
	HTML  template.HTML // the block alone
	Text  string        // its plain text
	Rows  int           // table: body rows; list: items
	Level int           // heading level

	// The parts a long block can be split between, so a sheet or a slide
	// can end inside a list or a table instead of clipping it.
	Start int        // ordered list: the number of its first item
	Items []Block    // list: each item alone, Kind "li", HTML "<li>…</li>"
	Cells [][]string // table: the plain text of every cell, header row first

	// Para is the inline content of a paragraph, a heading or a list item
	// that is one line of text, as flow runs, which board sheets and kiosk
	// slides cut between lines without parsing HTML; nil for other blocks.
	Para *flow.Para

	// Width and Height are the intrinsic size in px of a flowchart or of
	// an editor's drawing (the Kind "html" drawing of a "figure"), the
	// size its drawing is scaled from; zero for other blocks.
	Width, Height float64
	// Picture marks a figure's drawing that is a picture (an <img>): its
	// Text is the picture's description.
	Picture bool

	// The block as a tree (tree.go): what a channel needs to lay it out and
	// to write it again without parsing HTML. Open+parts+Close is HTML.
	//
	// Open and Close are the block element's start and end tags as the
	// renderer wrote them, each with the white space written after it:
	// "<p>" and "</p>\n", `<h2 id="一总体要求">`, `<ol start="3">`+"\n",
	// "<li>" (or "<li>\n" before a block), "<blockquote>\n"; "<hr>\n" and
	// "" for a rule. A bare text (Bare) has none: Open "", Close "" or the
	// "\n" written before a nested block. Raw HTML (Kind "html") has none
	// either: its HTML is written whole.
	Open, Close string
	// Kids are the blocks inside a list item (each of Items) and inside a
	// quote, in order: paragraphs, nested lists with their Items, quotes,
	// tables, code. A tight list item's text is a Kind "p" block with
	// Bare set. Every kid of inline content (p, h1…h6) has its Para. A
	// body's raw HTML (Kind "html") has as Kids the blocks FromHTML reads
	// in it, so no channel reads an editor's HTML (its own Kind "html"
	// blocks, elements kept whole, have none); a figure has its drawing and
	// caption (figure.go).
	Kids []Block
	// Bare marks inline content written without an element of its own:
	// the text of a tight list item, or (FromHTML) text and inline
	// elements outside any block element.
	Bare bool
	// Table is a table's cells as flow runs, with the tags between them.
	Table *Table
	// Code and Lang are a code block's text as written (unescaped) and the
	// language its fence names ("" if none).
	Code, Lang string
}

// Table is a table's cells as flow runs, and the tags around them as
// written (each with the white space after it), so a channel can lay out
// and reopen a table it cuts between rows. The HTML is Open + HeadOpen +
// Head + HeadClose + BodyOpen + (RowOpen[i] + Body[i] + RowClose[i])… +
// BodyClose + Close.
type Table struct {
	// Head are the header row's cells (th), Body the body rows' (td). A
	// cell's Para writes the cell: Open its start tag as written (<th>,
	// <td style="text-align:right">), Close "</td>\n"; runs keep links,
	// bold and code. A cell whose inline content does not come back from
	// runs is one atomic run.
	Head []*flow.Para
	Body [][]*flow.Para
	// Align is every column's alignment as GFM gives it: "", "left",
	// "center" or "right".
	Align []string
	// HeadOpen and HeadClose are around the header cells ("<thead>\n<tr>\n"
	// and "</tr>\n</thead>\n"); BodyOpen and BodyClose around the body rows
	// ("<tbody>\n", "</tbody>\n"; "" without body rows); RowOpen[i] and
	// RowClose[i] around body row i's cells ("<tr>\n", "</tr>\n").
	HeadOpen, HeadClose string
	// HeadRow is the header row's start tag as written, the end of HeadOpen.
	HeadRow             string
	BodyOpen, BodyClose string
	RowOpen, RowClose   []string
	// FixedMM is, for each column, the side in mm of the drawing of a fixed
	// size its cells hold (a QR code), which a theme's partial says with
	// data-mm="18" on any cell of the column (FromHTML); 0 for a free
	// column. A board makes such a column that wide and its body rows at
	// least that tall. nil when no column asks for it (always, for a body's
	// tables).
	FixedMM []float64
}

// Link is a link found in a body, with the line it is on in the file.
type Link struct {
	Dest string
	Line int
}

// Doc is a rendered body: its HTML, its plain text and its links. Its
// block tree (Blocks) is made only when asked for, from the same source:
// only the items a board sheet or a kiosk carries need it.
type Doc struct {
	HTML     template.HTML
	Text     string // plain text of the whole body, blocks separated by newlines
	Links    []Link
	Problems []Problem // raw HTML that is not published (raw_html = true); links report through the Resolver

	tree *lazyBlocks // how to make Blocks (blocks.go); nil for an empty Doc
}

// Resolver decides what a link destination (of a link, an image or an
// autolink, entities and escapes resolved) becomes: it returns the
// destination to publish and whether to publish the link at all. A link
// that is not published shows its text, an image its description; so does
// a link whose destination has a scheme link.Allowed refuses, whatever the
// resolver says. Problems are reported by the resolver itself, with the
// line given. A nil Resolver publishes every allowed destination as it is.
type Resolver func(dest string, line int) (string, bool)

// Render renders src. firstLine is the line number of src's first line in
// its file, so link lines point at the file, not at the body. The Doc's
// Blocks are made later, on demand, with the resolver's answers as they
// were given here (the resolver is not called again).
func (r *Renderer) Render(src []byte, firstLine int, resolve Resolver) *Doc {
	src = validUTF8(src)
	rec := newRecorder(resolve)
	root, lt := r.parse(src, firstLine, rec.resolver())
	doc := &Doc{}
	var html, txt strings.Builder
	// the HTML is about the source's size, and a little more
	html.Grow(len(src) + len(src)/4)
	w := bufWriters.Get().(*bufio.Writer) // one for every block: goldmark makes one per call otherwise, and flushes it at the end of each
	w.Reset(&html)
	defer func() {
		w.Reset(nil)
		bufWriters.Put(w)
	}()
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if err := r.md.Renderer().Render(w, src, n); err != nil {
			continue // rendering into memory does not fail
		}
		if txt.Len() > 0 {
			txt.WriteByte('\n')
		}
		txt.WriteString(plainText(n, src))
	}
	doc.HTML, doc.Text = template.HTML(html.String()), txt.String() //nolint:gosec // rendered Markdown
	doc.Links, doc.Problems = lt.links, lt.problems
	doc.tree = &lazyBlocks{r: r, src: src, firstLine: firstLine, calls: rec.done()}
	return doc
}

// bufWriters are the writers bodies are rendered through, from body to
// body.
var bufWriters = sync.Pool{New: func() any { return bufio.NewWriter(nil) }}

// validUTF8 is src, or a copy with invalid bytes replaced: content/
// refuses such files; goldmark can crash on them (util.ToRune), so
// anything else that renders is kept safe too.
func validUTF8(src []byte) []byte {
	if utf8.Valid(src) {
		return src
	}
	return bytes.ToValidUTF8(src, []byte("\uFFFD"))
}

// parse parses src with a fresh context: heading ids and the links' record.
func (r *Renderer) parse(src []byte, firstLine int, resolve Resolver) (ast.Node, *linkContext) {
	ctx := parser.NewContext(parser.WithIDs(newHeadingIDs()))
	lt := &linkContext{resolve: resolve, raw: r.raw, lines: newLineIndex(src, firstLine)}
	ctx.Set(linkKey, lt)
	return r.md.Parser().Parse(text.NewReader(src), parser.WithContext(ctx)), lt
}

// blocks makes the typed block tree of src, which is valid UTF-8: every
// top-level block with its HTML, as Render writes it, and its text.
func (r *Renderer) blocks(src []byte, firstLine int, resolve Resolver) []Block {
	root, _ := r.parse(src, firstLine, resolve)
	var out []Block
	var html, txt strings.Builder
	type span struct{ h0, h1, t0, t1 int }
	var spans []span
	var nodes []ast.Node
	pb := r.newParaBuilder(src)
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		var sp span
		sp.h0, sp.t0 = html.Len(), txt.Len()
		if err := r.md.Renderer().Render(&html, src, n); err != nil {
			continue // rendering into memory does not fail
		}
		if txt.Len() > 0 {
			txt.WriteByte('\n')
			sp.t0++
		}
		b, t := pb.top(n)
		txt.WriteString(t)
		sp.h1, sp.t1 = html.Len(), txt.Len()
		spans = append(spans, sp)
		out = append(out, b)
		nodes = append(nodes, n)
	}
	// Blocks share the memory of the whole: each is a slice of it.
	all, text := html.String(), txt.String()
	for i, sp := range spans {
		out[i].HTML = template.HTML(all[sp.h0:sp.h1]) //nolint:gosec // rendered Markdown
		out[i].Text = text[sp.t0:sp.t1]
		pb.paras(&out[i], nodes[i])
		pb.tree(&out[i], nodes[i])
		r.figure(&out[i], nodes[i])
		rawKids(&out[i])
	}
	return out
}

// top is top-level block n without its HTML, and its plain text. A list
// or a quote is made with its items or kids (container), and its text is
// theirs, as plainText would give it without walking them again.
func (pb *paraBuilder) top(n ast.Node) (Block, string) {
	b := Block{Kind: kindOf(n)}
	pb.r.parts(&b, n, pb.src)
	switch n.(type) {
	case *ast.List, *ast.Blockquote:
		c := pb.container(n, b.Kind)
		b.Items, b.Kids, b.Open, b.Close = c.Items, c.Kids, c.Open, c.Close
		return b, c.Text
	}
	return b, plainText(n, pb.src)
}

// parts fills in a heading's level, a list's start and number of items
// (its items are made with the tree: tree.go), a table's cells' text.
func (r *Renderer) parts(b *Block, n ast.Node, src []byte) {
	switch v := n.(type) {
	case *ast.Heading:
		b.Level = v.Level
	case *ast.List:
		b.Rows = v.ChildCount()
		if v.IsOrdered() {
			b.Start = v.Start
		}
	case *east.Table:
		b.Rows = max(0, n.ChildCount()-1)
		for row := n.FirstChild(); row != nil; row = row.NextSibling() {
			var cells []string
			for c := row.FirstChild(); c != nil; c = c.NextSibling() {
				cells = append(cells, plainText(c, src))
			}
			b.Cells = append(b.Cells, cells)
		}
	}
}

func kindOf(n ast.Node) string {
	switch v := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return "p"
	case *ast.Heading:
		return "h" + string(rune('0'+v.Level))
	case *ast.List:
		if v.IsOrdered() {
			return "ol"
		}
		return "ul"
	case *ast.Blockquote:
		return "blockquote"
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return "pre"
	case *ast.ThematicBreak:
		return "hr"
	case *ast.HTMLBlock:
		return "html"
	}
	if n.Kind().String() == "Table" {
		return "table"
	}
	return strings.ToLower(n.Kind().String())
}

// plainText collects the text of n: table cells and list items are separated
// by spaces and line breaks so the text reads like the rendered block.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		switch v := c.(type) {
		case *ast.Text:
			if entering {
				seg := v.Segment.Value(src)
				writeShown(&b, v, seg)
				switch {
				case v.HardLineBreak():
					b.WriteByte('\n')
				case v.SoftLineBreak() && !endsWide(seg):
					b.WriteByte(' ') // a break inside a Chinese paragraph is no space
				}
			}
		case *ast.String:
			if entering {
				b.Write(v.Value)
			}
		case *ast.RawHTML:
			if entering {
				for i := 0; i < v.Segments.Len(); i++ {
					seg := v.Segments.At(i)
					b.Write(seg.Value(src))
				}
			}
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
			if entering {
				lines := c.Lines()
				for i := 0; i < lines.Len(); i++ {
					seg := lines.At(i)
					b.Write(seg.Value(src))
				}
			}
		default:
			switch {
			case entering || c == n:
			case c.Kind().String() == "TableCell":
				b.WriteByte(' ')
			case c.Type() == ast.TypeBlock:
				b.WriteByte('\n')
			}
		}
		return ast.WalkContinue, nil
	})
	if !strings.Contains(b.String(), "\n") { // one line, as a paragraph mostly is
		return strings.TrimSpace(b.String())
	}
	lines := strings.Split(b.String(), "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// textWriter writes text as the page shows it: backslash escapes and
// character references resolved, "\ " (an escaped space) dropped.
var textWriter = html.NewWriter(html.WithEscapedSpace())

// shown is the text of t, whose source is seg, as the page shows it: what
// the HTML renderer writes, unescaped. A code span's text is as written.
func shown(t *ast.Text, seg []byte) string {
	if plainSeg(t, seg) {
		return string(seg)
	}
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	textWriter.Write(w, seg)
	_ = w.Flush()
	return stdhtml.UnescapeString(b.String())
}

// plainSeg reports whether the text t, whose source is seg, is shown as
// it is written: nothing to resolve (the writer would escape what
// unescaping restores).
func plainSeg(t *ast.Text, seg []byte) bool {
	_, code := t.Parent().(*ast.CodeSpan)
	return code || t.IsRaw() || !bytes.ContainsAny(seg, "\\&\x00")
}

// writeShown writes the text t as shown (shown) to b, without a copy
// when it is shown as written.
func writeShown(b *strings.Builder, t *ast.Text, seg []byte) {
	if plainSeg(t, seg) {
		b.Write(seg)
		return
	}
	b.WriteString(shown(t, seg))
}

// endsWide reports whether text ends with a CJK character or mark, after
// which a soft line break disappears (the CSS3-draft rule the HTML follows).
func endsWide(text []byte) bool {
	r, _ := utf8.DecodeLastRune(text)
	return isCJK(r)
}
