// Package markdown turns an item's Markdown body into HTML with goldmark, set
// up once per build: GFM tables, heading ids that keep Chinese characters, the
// CJK extension with the CSS3-draft east-asian line-break style (a line break
// inside a Chinese paragraph is not a space), and raw HTML escaped unless the
// site opts in (raw_html = true), when it is tokenized, checked and written
// out again (rawhtml.go).
//
// Every link, image and autolink, and every address in raw HTML, goes
// through the build's Resolver, which rewrites it (item.md → /section/item/)
// or refuses it; a refused link shows its text. Whatever the resolver says,
// no href or src is written that link.Allowed refuses (render.go): only
// http, https, mailto, tel and addresses without a scheme.
//
// Besides the page HTML and plain text, Doc.Blocks gives each top-level
// block on its own with its plain text, so board sheets and kiosk slides
// can split long items between blocks without parsing HTML again; it is
// made on first call, by parsing the body again (blocks.go), since only
// the items a board or a kiosk carries need it. A block is a typed tree (tree.go): its
// element's tags as written, the blocks inside a list item or a quote, a
// table's cells and a paragraph's inline content as flow runs, a code
// block's text; written again from its parts it is its HTML byte for byte.
// FromHTML (fromhtml.go) reads HTML a theme template wrote into the same
// tree, with golang.org/x/net/html's tokenizer; the same reader gives an
// editor's raw HTML (raw_html = true) typed: a raw block's Kids, inline
// raw tags as marks, a drawing as a sized "figure" (figure.go).
package markdown
