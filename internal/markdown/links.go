package markdown

import (
	"bytes"
	"sort"

	"github.com/gongkai/gongkai/internal/link"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

var linkKey = parser.NewContextKey()

type linkContext struct {
	resolve  Resolver
	raw      bool // raw_html = true: raw HTML is cleaned (rawhtml.go), not escaped
	lines    *lineIndex
	links    []Link
	problems []Problem
}

// linkTransformer sends every link, image and autolink (<https://…>, and
// the addresses GFM finds in text) through the build's resolver: it
// rewrites them (item.md → /section/item/) or unlinks them, so that a
// link is published only as the resolver allows and only with an allowed
// scheme (link.Allowed). An unlinked link shows its text, an unlinked
// image its description.
type linkTransformer struct{}

func (t *linkTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	lc, _ := pc.Get(linkKey).(*linkContext)
	if lc == nil {
		return
	}
	src := reader.Source()
	var found []ast.Node // the tree changes below: collect first
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n.(type) {
		case *ast.Link, *ast.Image, *ast.AutoLink:
			if entering {
				found = append(found, n)
			}
		case *ast.RawHTML, *ast.HTMLBlock:
			if entering && lc.raw {
				found = append(found, n)
			}
		}
		return ast.WalkContinue, nil
	})
	for _, n := range found {
		switch n.(type) {
		case *ast.RawHTML, *ast.HTMLBlock:
			lc.cleanRaw(n, src)
		default:
			lc.rewrite(n, src)
		}
	}
}

// rewrite resolves one link. Destinations are kept decoded from here on
// (entities and backslash escapes resolved), which is what the resolver
// judges and what the renderer writes.
func (lc *linkContext) rewrite(n ast.Node, src []byte) {
	line := lc.lines.line(nodeOffset(n, src))
	var dest *[]byte
	switch v := n.(type) {
	case *ast.AutoLink:
		l := autoLink(v, src)
		n, dest = l, &l.Destination
	case *ast.Link:
		v.Destination = decodeDest(v.Destination)
		dest = &v.Destination
	case *ast.Image:
		v.Destination = decodeDest(v.Destination)
		dest = &v.Destination
	}
	out, live := lc.resolveOne(string(*dest), line)
	if !live {
		unwrap(n)
		return
	}
	*dest = []byte(out)
}

// resolveOne records a link and resolves it: the destination to publish,
// or false when the link must not be published.
func (lc *linkContext) resolveOne(dest string, line int) (string, bool) {
	lc.links = append(lc.links, Link{Dest: dest, Line: line})
	out, live := dest, true
	if lc.resolve != nil {
		out, live = lc.resolve(dest, line)
	}
	if !live || !link.Allowed(out) {
		return "", false
	}
	return out, true
}

// decodeDest resolves what CommonMark resolves in a link destination.
func decodeDest(d []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(d)))
}

// autoLink replaces an autolink by the plain link it stands for, so one
// code path resolves and renders every link.
func autoLink(a *ast.AutoLink, src []byte) *ast.Link {
	l := ast.NewLink()
	l.Destination = a.URL(src)
	if a.AutoLinkType == ast.AutoLinkEmail && !bytes.HasPrefix(bytes.ToLower(l.Destination), []byte("mailto:")) {
		l.Destination = append([]byte("mailto:"), l.Destination...)
	}
	label := ast.NewString(a.Label(src))
	label.SetRaw(true) // shown as written, escaped
	l.AppendChild(l, label)
	a.Parent().ReplaceChild(a.Parent(), a, l)
	return l
}

// unwrap puts a link's text (an image's description) where the link was.
func unwrap(n ast.Node) {
	parent := n.Parent()
	if parent == nil {
		return
	}
	for c := n.FirstChild(); c != nil; c = n.FirstChild() {
		parent.InsertBefore(parent, n, c)
	}
	parent.RemoveChild(parent, n)
}

// nodeOffset finds a byte offset inside n's text, or in its block.
func nodeOffset(n ast.Node, src []byte) int {
	if a, ok := n.(*ast.AutoLink); ok {
		if off, ok := offsetIn(src, a.Label(src)); ok {
			return off
		}
	}
	offset := -1
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			offset = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	if offset >= 0 {
		return offset
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return p.Lines().At(0).Start
		}
	}
	return 0
}

// offsetIn returns where sub starts in src when sub is a slice of src's
// memory (goldmark hands out slices of the source).
func offsetIn(src, sub []byte) (int, bool) {
	if len(sub) == 0 {
		return 0, false
	}
	off := cap(src) - cap(sub)
	if off < 0 || off+len(sub) > len(src) || &src[off] != &sub[0] {
		return 0, false
	}
	return off, true
}

// lineIndex turns byte offsets in a body into line numbers in its file.
type lineIndex struct {
	starts []int
	first  int
}

func newLineIndex(src []byte, firstLine int) *lineIndex {
	li := &lineIndex{starts: []int{0}, first: firstLine}
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		li.starts = append(li.starts, i)
	}
	return li
}

func (li *lineIndex) line(offset int) int {
	i := sort.Search(len(li.starts), func(i int) bool { return li.starts[i] > offset })
	return li.first + i - 1
}
