// Package board makes the print-ready sheets of the fixed bulletin boards
// (固定公开栏): for every board of site.toml, boards/<NN>/index.html with one
// page of the board's paper per sheet, boards/index.html for the print
// room, and with --pdf boards/<NN>/board-<NN>.pdf printed by a local
// Chromium.
//
// # What a board carries
//
// Items takes a board's items through model.Site.InForce, so only items in
// force on --now reach a sheet (internal, draft and future items are not in
// the model at all), and only items whose channel includes "board". Items
// the board lists by id come first, in their order; then its categories in
// their order, notices ending soonest first, then the rest newest first.
// Check warns about listed items that are not published on boards (ids that
// name no item are the model's errors).
//
// # Layout at build time
//
// A sheet is decided here, not in the browser. geometry derives everything
// from the paper: the body size grows with the square root of the paper's
// area (about 22pt on A1, 31pt on A0, 16pt on A2), never below the board's
// smallest body size (config.Board.MinBody: characters 1/300 of its viewing
// distance high, or min_font when larger); titles, details, tables and the
// header and footer bands are sized from it. Without columns in site.toml,
// a board has as many columns as keep lines of body type 25 characters or
// longer (columnsFor), one fewer at a time while a table is squeezed or a
// drawing too small (layoutBoard). The stylesheet reads every
// length from custom properties that geometry writes on <body>, so the
// browser lays out exactly what was counted. When the last sheet would be
// less than half full, the board is laid out again with type up to 15%
// smaller (never below the smallest body size) if that saves the sheet.
//
// Each item is first laid out alone at the smallest body size
// (measureAlone): one that needs more than SheetBudget sheets is shown by
// its summary (partials/board-summary.html, data Brief) when it has one
// and a QR code, and Legibility tells check of the others, of sheets less
// than a quarter full and of columns set too many or too few.
//
// Each item is its header (title, details, the publicity window of an
// immediate item, its QR code to the item's page) followed by the blocks of
// its body (markdown.Doc.Blocks, a typed tree: paragraphs as flow runs,
// lists, quotes, tables, code). What the board generates (the power list,
// the risk register, an item's risk points, a decision's stages) is written
// by the theme's partials (partials/board-*.html, data PowerList,
// RiskRegister, RiskPoints and []Stage), which a site overrides file by
// file, and read back as the same typed blocks (markdown.FromHTML). The
// board never builds HTML: a column holds Pieces, which
// partials/board-block.html writes, and a part of a paragraph is its runs
// as package flow writes them.
// Telephone numbers are written in <span class="nb"> (package flow) so the
// browser keeps on one line what textfit measured as one unit. A block
// knows its height at the column width, measured with textfit, and how to
// split itself so that a head fits the room left in a column:
//
//	para    paragraphs, headings, list-item text: between lines, keeping two
//	        lines on each side; headings stay with what follows them
//	group   lists, list items, quotes: between children, and inside the child
//	        that straddles the break (an ordered list keeps its numbering)
//	table   between rows, repeating the header row; a row taller than a
//	        column is cut between lines
//	pre     between lines
//	figure  never split; moved to the next column, scaled down to a column
//	opaque  raw HTML the board cannot measure: never split
//
// What does not fit goes to the next column or sheet under the item's title
// again with （续）; at the top of a sheet that repeated header is the whole
// header, QR code included, so every sheet carries a QR code. Text is never
// shrunk below min_font and nothing is clipped: a block that cannot be
// split and is taller than a whole column is a build error naming the item.
//
// # Adding a kind of block
//
// A new kind of content implements the block interface (height, minHeight,
// split, piece, text, keepWithNext), is returned by builder.element for the
// markdown.Block that carries it, and gets a Kind of Piece that
// partials/board-block.html writes. Drawings already have one: figure. A
// power's flowchart (sized from its layout), a paragraph holding only a
// picture, and an editor's raw drawing (markdown's "figure": an <svg> with
// a viewBox, an <img>, alone or in a <figure>, <div> or <p> with an
// optional <figcaption>, sized by package markdown) are placed as
// figures: scaled to the column's width at their aspect ratio, never split,
// moved to the next column when they do not fit, and scaled down to fit an
// empty column. A flowchart's smallest type (known from its layout), scaled
// with it, must print at min_font or more, or the build fails naming the
// item.
//
// # Incremental builds
//
// Files lists the sheet pages and the index with the items whose bodies
// each shows (package output), and lays each board out once, through an
// output.Memo, for its page and the index alike. `gongkai serve` keeps the
// files and the layouts between builds, so a save lays out and renders
// again only the boards that carry the saved item, and the index. A crash
// laying out a board is an output.Panic naming the board and the item.
//
// # Printing
//
// Every sheet is a box of exactly the paper's size in mm with break-after:
// page, under @page { size: W H; margin: 0 }. With bleed, the page box is
// the trim plus the bleed on every side and the header and footer colours
// run into the bleed. On screen the same page shows the sheets scaled down
// on grey; print is exact. PrintPDF prints the page with
// preferCSSPageSize, then (press.go, with pdfcpu) declares the TrimBox and
// BleedBox and, with crop_marks, widens the MediaBox by a slug where it
// draws the crop marks, outside the bleed; printed, the sheet is set in a
// TrueType CJK font so the PDF embeds named fonts, not Type 3. With tile,
// tile.go cuts each sheet into pages of office paper. The HTML is
// byte-identical for the same input and --now, the PDFs are not (they
// carry the date they were written).
package board
