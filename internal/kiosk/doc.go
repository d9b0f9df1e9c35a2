// Package kiosk renders the pages for the electronic display screens
// (电子显示屏) and touch screens (触摸屏) that site.toml declares under
// [[kiosks]]: kiosk/<name>/index.html and kiosk/<name>/manifest.json.
//
// A kiosk runs unattended for months, so everything that can be decided at
// build time is: which items it carries (Select: in force, published on
// kiosks, matching its categories, terms and items), how each item is cut
// into slides or touch pages for the configured screen size, and every type
// size. The page's script only sequences what is already laid out: it shows
// one precomputed slide at a time on a fixed schedule, hides an item the day
// after its window ends, polls manifest.json and swaps a new build in at a
// slide boundary; new page code (Code) it loads at the start of a round. Each folder is self-contained (CSS and script inline, QR
// codes as inline SVG, system CJK fonts), so it also runs from file://.
//
// A display's round lasts at most its round (config.Kiosk.RoundSeconds):
// the round's slides are shared out among the items at build time
// (slideCaps), an item over its share shows its summary or first slides
// and sends the reader to the full text by its QR code, and no item in
// force is ever dropped. A long touch item gets a table of contents by
// heading (touchnav.go).
//
// Files lists each kiosk's page and manifest with the items they show (see
// package output), so `gongkai serve` lays out again only the kiosks that
// carry a saved item. A crash laying out a kiosk, in any of its goroutines,
// is an output.Panic naming the kiosk and the item.
//
// # Cutting bodies into pages
//
// Every top-level block of a body (markdown.Block) becomes one or more
// Pieces through the Fitter registered for its kind (fitters): paragraphs
// and headings are one piece, lists one piece per item, tables one piece per
// row (or per record card when the table is too wide for the screen). A
// paragraph is cut between slides on its runs (markdown.Block.Para, package
// flow), which write the HTML of each part: no HTML is read back.
// A Piece knows its height in CSS px, measured with textfit for the page's
// width and type size; Paginate fills pages with pieces and never lets a
// page's pieces exceed its height. A piece taller than a whole page is cut
// between its text lines.
//
// A Piece is typed data, not HTML: what it shows (a paragraph or a part of
// one, a heading, a list item, a table row, a record card, a tile, a QR
// code…) and the numbers the browser needs (column widths in px). After
// layout, each page's pieces are written in one call of the theme's
// partials/kiosk-body.html and the partials it calls, which a site
// overrides file by file. Links become text and images their description
// from the runs (offline); nothing is read with regular expressions.
//
// What an item carries outside its body (a power's steps on display
// screens, risk points, a decision's stages) is the theme's partial
// kiosk-powers.html over typed data (Extras), rendered once per item and
// kiosk, read back as blocks by markdown.FromHTML and cut like a body.
//
// Extension point: a block that cannot be split, such as a flowchart drawn
// as SVG, registers a Fitter for its kind that returns a single
// Piece whose height is its width divided by its aspect ratio, scaled down
// to at most Metrics.MaxHeight when taller. Nothing else changes.
package kiosk
