package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// A signature block (落款: the issuing body and the date, set right) is
// written as a paragraph whose first line starts with "落款：":
//
//	落款：中共青山县委组织部\
//	2026年11月23日
//
// The mark is taken out and the paragraph gets class="signature", which
// the theme sets right-aligned. An editor needs no HTML and nothing else
// changes: the text, the search index and the sheets read the paragraph
// without the mark.

// SignatureClass is the class of a signature paragraph.
const SignatureClass = "signature"

// signatureMarks start a signature paragraph: the full-width colon editors
// type, and the ASCII one.
var signatureMarks = [][]byte{[]byte("落款："), []byte("落款:")}

type signatures struct{}

// Transform marks the body's top-level signature paragraphs.
func (signatures) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if p, ok := n.(*ast.Paragraph); ok && unmarkSignature(p, src) {
			p.SetAttributeString("class", []byte(SignatureClass))
		}
	}
}

// unmarkSignature takes the mark off the start of p, reporting whether it
// was there.
func unmarkSignature(p *ast.Paragraph, src []byte) bool {
	t, ok := p.FirstChild().(*ast.Text)
	if !ok {
		return false
	}
	seg := t.Segment.Value(src)
	for _, m := range signatureMarks {
		if bytes.HasPrefix(seg, m) {
			t.Segment = t.Segment.WithStart(t.Segment.Start + len(m))
			return true
		}
	}
	return false
}
