package board

import "html/template"

// Piece is a block as the board placed it in a column: the whole of a body
// block, or the part of it that fits. It is data: the theme's
// partials/board-block.html writes it, so a site restyles how bodies print
// on a sheet by overriding that file. Every piece is measured as the
// default theme writes it; a site may change classes and colours, not what
// takes room.
type Piece struct {
	// Kind is what the piece is, and which fields it uses:
	//
	//	p           a paragraph (Open, Inline, Cont: a continuation, not indented)
	//	h           a heading (Open, Inline, Close)
	//	text        the text of a tight list item, without an element (Inline)
	//	ul, ol      a list (Open, Kids: its items; Cont: continued, an ol from Start)
	//	li          a list item (Open, Kids; Cont: continued, without a second marker)
	//	blockquote  a quote (Open, Kids; Cont: continued)
	//	table       a table (Open, Cols, Head, Rows)
	//	figure      a drawing (Width, Height, Drawing, Caption)
	//	pre         preformatted text (Code)
	//	hr          a thematic break
	//	html        raw HTML the board cannot measure in detail (Inline)
	Kind string
	Cont bool

	// Open and Close are the element's tags as the Markdown renderer or
	// the theme's partial wrote them.
	Open, Close template.HTML

	// Inline is a paragraph's content as package flow wrote it for this
	// part: its runs, bold, links and telephone numbers kept on one line.
	Inline template.HTML

	Start int      // ol continued: the number of its first item
	Kids  []*Piece // ul, ol: the items; li, blockquote: the blocks inside

	Cols []string // table: the width of each column, in % of the table's
	Head *Row     // table: the header row, repeated on every part; nil when none
	Rows []Row    // table: the part's body rows

	Width, Height string        // figure: the drawing's box, in mm
	Drawing       template.HTML // figure: the drawing (an <svg> or an <img>)
	Caption       template.HTML // figure: the caption's inline content, "" when none

	Code string // pre: the lines of this part
}

// Row is a row of a table piece.
type Row struct {
	Open  template.HTML // <tr> as written
	Cells []Cell
}

// Cell is a cell of a row: its tags as written and its content.
type Cell struct {
	Open, Close template.HTML
	Inline      template.HTML
}
