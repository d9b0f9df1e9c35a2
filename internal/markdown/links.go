package markdown

import (
	"bytes"
	"sort"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

var linkKey = parser.NewContextKey()

type linkContext struct {
	resolve Resolver
	lines   *lineIndex
	links   []Link
}

// linkTransformer records every link and image and lets the build's resolver
// rewrite it (item.md → /section/item/).
type linkTransformer struct{}

func (t *linkTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	lc, _ := pc.Get(linkKey).(*linkContext)
	if lc == nil {
		return
	}
	src := reader.Source()
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var dest *[]byte
		switch v := n.(type) {
		case *ast.Link:
			dest = &v.Destination
		case *ast.Image:
			dest = &v.Destination
		default:
			return ast.WalkContinue, nil
		}
		line := lc.lines.line(nodeOffset(n, src))
		lc.links = append(lc.links, Link{Dest: string(*dest), Line: line})
		if lc.resolve != nil {
			if nd, ok := lc.resolve(string(*dest), line); ok {
				*dest = []byte(nd)
			}
		}
		return ast.WalkContinue, nil
	})
}

// nodeOffset finds a byte offset inside n's text, or in its block.
func nodeOffset(n ast.Node, src []byte) int {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t, ok := c.(*ast.Text); ok {
			return t.Segment.Start
		}
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return p.Lines().At(0).Start
		}
	}
	return 0
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
