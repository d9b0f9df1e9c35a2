package kiosk

import (
	"html/template"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/markdown"
)

// Tree is a block a kiosk page shows whole, written from its parts by
// partials/kiosk-tree.html: a quote, a list item of several blocks, a
// table inside them, code, raw HTML. Open and Close are its element's
// tags as the Markdown renderer wrote them; inside is its inline content
// (HTML: runs made safe for a kiosk by offline, or code written whole),
// the blocks inside it (Kids), or, for raw HTML the kiosk cannot write
// from parts, its plain text (Text).
type Tree struct {
	Open, Close template.HTML
	HTML        template.HTML
	Kids        []*Tree
	Text        string
}

// treeOf is b as a Tree, its links and images as tags (the theme's
// kiosk-inline.html) says: no link or image is left in it.
func treeOf(b markdown.Block, tags *inlineTags) *Tree {
	switch {
	case b.Kind == "figure":
		return figureTree(b, tags)
	case b.Kind == "html":
		return rawTree(b, tags)
	case len(b.Kids) > 0:
		return &Tree{Open: template.HTML(b.Open), Close: template.HTML(b.Close), Kids: trees(b.Kids, tags)} //nolint:gosec // the renderer's tags
	case len(b.Items) > 0:
		return &Tree{Open: template.HTML(b.Open), Close: template.HTML(b.Close), Kids: trees(b.Items, tags)} //nolint:gosec // the renderer's tags
	case b.Table != nil:
		return tableTree(b, tags)
	case b.Para != nil:
		return &Tree{Open: template.HTML(b.Para.Open), Close: template.HTML(b.Para.Close), HTML: runsHTML(b.Para, tags)} //nolint:gosec // the renderer's tags
	case b.Kind == "pre" || b.Kind == "hr":
		return &Tree{HTML: b.HTML}
	}
	return &Tree{Text: strings.TrimSpace(b.Text)}
}

func trees(bs []markdown.Block, tags *inlineTags) []*Tree {
	out := make([]*Tree, len(bs))
	for i, b := range bs {
		out[i] = treeOf(b, tags)
	}
	return out
}

// tableTree is a table inside a quote or a list item, written whole from
// its cells' runs.
func tableTree(b markdown.Block, tags *inlineTags) *Tree {
	t := b.Table
	cells := func(ps []*flow.Para) []*Tree {
		out := make([]*Tree, len(ps))
		for i, p := range ps {
			out[i] = &Tree{Open: template.HTML(p.Open), Close: template.HTML(p.Close), HTML: runsHTML(p, tags)} //nolint:gosec // the renderer's tags
		}
		return out
	}
	head := &Tree{Open: template.HTML(t.HeadOpen), Close: template.HTML(t.HeadClose), Kids: cells(t.Head)} //nolint:gosec // the renderer's tags
	body := &Tree{Open: template.HTML(t.BodyOpen), Close: template.HTML(t.BodyClose)}                      //nolint:gosec // the renderer's tags
	for i, row := range t.Body {
		body.Kids = append(body.Kids, &Tree{Open: template.HTML(t.RowOpen[i]), Close: template.HTML(t.RowClose[i]), Kids: cells(row)}) //nolint:gosec // the renderer's tags
	}
	return &Tree{Open: template.HTML(b.Open), Close: template.HTML(b.Close), Kids: []*Tree{head, body}} //nolint:gosec // the renderer's tags
}

// rawTree is raw HTML (raw_html = true) as the blocks package markdown
// read in it (Block.Kids): headings, paragraphs, lists and tables are written
// from their parts, links and images made safe; an element it keeps whole
// (a div) shows its text, a drawing as figureTree says.
func rawTree(b markdown.Block, tags *inlineTags) *Tree {
	t := &Tree{}
	for _, k := range rawBlocks(b) {
		if k.Kind == "html" {
			t.Kids = append(t.Kids, &Tree{Text: strings.TrimSpace(k.Text)})
			continue
		}
		t.Kids = append(t.Kids, treeOf(k, tags))
	}
	return t
}

// figureTree is an editor's drawing (raw_html, markdown's "figure"), as
// a kiosk shows raw HTML it cannot write from parts, whatever wraps it: a
// picture its description (kiosk-inline.html), as in a paragraph, since a
// kiosk folder carries no files from content/; an svg its text; then its
// caption's text.
func figureTree(b markdown.Block, tags *inlineTags) *Tree {
	t := &Tree{}
	for _, k := range b.Kids {
		switch {
		case k.Picture && tags != nil:
			t.Kids = append(t.Kids, &Tree{HTML: template.HTML(tags.image(k.Text))}) //nolint:gosec // written by the theme's partial
		case strings.TrimSpace(k.Text) != "":
			t.Kids = append(t.Kids, &Tree{Text: strings.TrimSpace(k.Text)})
		}
	}
	return t
}

// rawBlocks are the blocks of raw HTML, which package markdown read
// (Block.Kids).
func rawBlocks(b markdown.Block) []markdown.Block { return b.Kids }
