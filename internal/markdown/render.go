package markdown

import (
	"github.com/gongkai/gongkai/internal/link"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// safeLinks renders links and images, and checks their destination once
// more just before writing it: whatever reaches the renderer, an href or a
// src is written only when link.Allowed says so. goldmark's own filter is
// off (html.WithUnsafe, for raw_html) and knows only a few schemes.
// Destinations arrive decoded (see linkContext.rewrite).
type safeLinks struct{}

func (r *safeLinks) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindLink, r.link)
	reg.Register(ast.KindImage, r.image)
	reg.Register(ast.KindAutoLink, r.autoLink)
}

func (r *safeLinks) link(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Link)
	if !link.Allowed(string(n.Destination)) {
		return ast.WalkContinue, nil // the text alone
	}
	if !entering {
		_, _ = w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString(`<a href="`)
	_, _ = w.Write(util.EscapeHTML(util.URLEscape(n.Destination, false)))
	_ = w.WriteByte('"')
	writeTitle(w, n.Title)
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}

func (r *safeLinks) image(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Image)
	alt := altText(n, src)
	if !link.Allowed(string(n.Destination)) {
		_, _ = w.Write(util.EscapeHTML(alt))
		return ast.WalkSkipChildren, nil
	}
	_, _ = w.WriteString(`<img src="`)
	_, _ = w.Write(util.EscapeHTML(util.URLEscape(n.Destination, false)))
	_, _ = w.WriteString(`" alt="`)
	_, _ = w.Write(util.EscapeHTML(alt))
	_ = w.WriteByte('"')
	writeTitle(w, n.Title)
	_ = w.WriteByte('>')
	return ast.WalkSkipChildren, nil
}

// autoLink renders an autolink the transformer did not replace (it
// replaces them all): as text unless its address is allowed.
func (r *safeLinks) autoLink(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.AutoLink)
	label := util.EscapeHTML(n.Label(src))
	url := n.URL(src)
	if n.AutoLinkType == ast.AutoLinkEmail {
		url = append([]byte("mailto:"), url...)
	}
	if !link.Allowed(string(url)) {
		_, _ = w.Write(label)
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString(`<a href="`)
	_, _ = w.Write(util.EscapeHTML(util.URLEscape(url, false)))
	_, _ = w.WriteString(`">`)
	_, _ = w.Write(label)
	_, _ = w.WriteString("</a>")
	return ast.WalkContinue, nil
}

func writeTitle(w util.BufWriter, title []byte) {
	if title == nil {
		return
	}
	_, _ = w.WriteString(` title="`)
	html.DefaultWriter.Write(w, title)
	_ = w.WriteByte('"')
}

// altText is an image's description as plain text, entities and escapes
// resolved, as goldmark writes it.
func altText(n ast.Node, src []byte) []byte {
	var b []byte
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch v := c.(type) {
		case *ast.Text:
			seg := v.Segment.Value(src)
			if v.IsRaw() {
				b = append(b, seg...)
			} else {
				b = append(b, resolveText(seg)...)
			}
			if (v.SoftLineBreak() && !endsWide(seg)) || v.HardLineBreak() {
				b = append(b, '\n')
			}
		case *ast.String:
			if v.IsRaw() || v.IsCode() {
				b = append(b, v.Value...)
			} else {
				b = append(b, resolveText(v.Value)...)
			}
		}
		return ast.WalkContinue, nil
	})
	return b
}

func resolveText(s []byte) []byte {
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(s)))
}
