package markdown

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// escapeRawHTML renders raw HTML as text, so "<script>" in a body shows as
// written instead of running. goldmark's own safe mode drops it silently,
// which hides the editor's text from readers.
type escapeRawHTML struct{}

func (e *escapeRawHTML) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHTMLBlock, e.block)
	reg.Register(ast.KindRawHTML, e.inline)
}

func (e *escapeRawHTML) block(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString("<p>")
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		if i > 0 {
			_, _ = w.WriteString("<br>")
		}
		_, _ = w.Write(util.EscapeHTML([]byte(strings.TrimRight(string(seg.Value(src)), "\n"))))
	}
	if b := n.(*ast.HTMLBlock); b.HasClosure() {
		_, _ = w.Write(util.EscapeHTML(b.ClosureLine.Value(src)))
	}
	_, _ = w.WriteString("</p>\n")
	return ast.WalkSkipChildren, nil
}

func (e *escapeRawHTML) inline(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	segs := n.(*ast.RawHTML).Segments
	for i := 0; i < segs.Len(); i++ {
		seg := segs.At(i)
		_, _ = w.Write(util.EscapeHTML(seg.Value(src)))
	}
	return ast.WalkSkipChildren, nil
}

// headingIDs makes ids that keep Chinese characters ("一、总体要求" becomes
// "一总体要求"), where goldmark's default would reduce them to "heading".
type headingIDs struct {
	seen map[string]int
}

func newHeadingIDs() *headingIDs { return &headingIDs{seen: map[string]int{}} }

func (h *headingIDs) Generate(value []byte, kind ast.NodeKind) []byte {
	var b strings.Builder
	for _, r := range strings.ToLower(string(value)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '_':
			b.WriteByte('-')
		}
	}
	id := strings.Trim(b.String(), "-")
	if id == "" {
		id = "section"
	}
	n := h.seen[id]
	h.seen[id] = n + 1
	if n > 0 {
		id += "-" + strconv.Itoa(n)
	}
	return []byte(id)
}

func (h *headingIDs) Put(value []byte) {
	h.seen[string(value)]++
}

// tableCells renders table cells as goldmark's table extension does with
// its default (style) alignment, without its side effect: goldmark adds
// the text-align style to the cell's attributes each time it renders it,
// so a cell rendered again (a list item alone, a block's parts) would
// write the style twice.
type tableCells struct{}

func (r *tableCells) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(east.KindTableCell, r.cell)
}

func (r *tableCells) cell(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*east.TableCell)
	tag := "td"
	if n.Parent().Kind() == east.KindTableHeader {
		tag = "th"
	}
	if !entering {
		_, _ = w.WriteString("</")
		_, _ = w.WriteString(tag)
		_, _ = w.WriteString(">\n")
		return ast.WalkContinue, nil
	}
	_ = w.WriteByte('<')
	_, _ = w.WriteString(tag)
	if n.Alignment != east.AlignNone {
		_, _ = w.WriteString(` style="text-align:`)
		_, _ = w.WriteString(n.Alignment.String())
		_ = w.WriteByte('"')
	}
	if n.Attributes() != nil {
		filter := extension.TableTdCellAttributeFilter
		if tag == "th" {
			filter = extension.TableThCellAttributeFilter
		}
		html.RenderAttributes(w, n, filter)
	}
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}
