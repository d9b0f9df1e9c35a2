package kiosk

import "html/template"

// Piece is the smallest thing a page holds: a paragraph, a list item, a
// table row, a figure. It is typed data that the theme's partials write
// (partials/kiosk-body.html and the partials it calls), so a site can
// restyle any of them by overriding one file. Exactly one of the fields
// under "what it shows" is set; the partials tell pieces apart by it.
type Piece struct {
	Height float64 // CSS px, including the space after it
	Block  int     // the body block it comes from, to keep the reader's place when the type size changes
	Keep   bool    // keep with the next piece (a heading is never the last thing on a page)
	Group  *Group  // the list or table it belongs to, or nil
	Start  int     // an item of an ordered list: its number
	Text   string  // plain text, for cutting a piece taller than a page between its lines

	// What it shows. Inline HTML is a paragraph's runs (or a part of
	// them) as package flow writes them, links made text and images their
	// description (offline): a kiosk is never left.
	P       *Inline  // a paragraph
	Head    *Inline  // the first part of a paragraph cut between pages
	Cont    *Inline  // a later part of a paragraph cut between pages
	Li      *Inline  // a list item of one line
	H       *Heading // a heading of a body or of kiosk-powers.html
	Tree    *Tree    // a block written from its parts: a quote, code, raw HTML, a list item of several blocks
	Cut     []string // a piece too tall for a page, cut between its lines: the lines
	Fact    *Fact    // a line of the contact page
	Rule    bool     // a rule
	Chart   *Box     // a flowchart
	Row     []string // a table row: its cells' text
	Card    *Card    // a table row as a record card
	Tiles   *Tiles   // a row of category tiles on a touch screen's home, or the contact tile
	Subhead string   // a heading the kiosk writes: 正在公示
	Entry   *Entry   // a button that opens an item
	Link    *Box     // a link of a body as a QR code
	Site    *Box     // the website's QR code
	Notice  *Entry   // an item of a display's notice panel

	// Split, when set, cuts the piece so that its head takes at most room
	// px, leaving at least two lines on each side; ok is false when it
	// cannot. Paragraphs can; list items, table rows and figures cannot.
	Split func(room float64) (head, tail *Piece, ok bool)

	// cutTall, when set, cuts a piece taller than a page (see cutTall).
	cutTall func(m Metrics) []*Piece

	level int // a heading's level, for a touch screen's table of contents; 0 for any other piece
}

// Inline is inline HTML: a paragraph's runs as package flow writes them,
// or a block written whole.
type Inline struct{ HTML template.HTML }

// Heading is a heading: its tags as the Markdown renderer (or the theme's
// kiosk-powers.html) wrote them, with its id, and its runs.
type Heading struct{ Open, HTML, Close template.HTML }

// Fact is a line of the contact page: a label ("反馈电话：") and its
// value, a telephone number kept on one line.
type Fact struct {
	Label string
	HTML  template.HTML
}

// Box is a drawing of a fixed size in CSS px (W, H as CSS numbers), with
// what a QR code's caption says: the link's text and address.
type Box struct {
	W, H      string
	SVG       template.HTML
	Text, URL string
}

// Card is a table row set as a record card: a heading and labelled fields.
type Card struct {
	Title  string
	Fields []Field
}

// Field is a field of a record card: its label ("名称：") and value; Wide
// when it is longer than a line, so it may wrap.
type Field struct {
	Key, Value string
	Wide       bool
}

// Tiles is a row of category tiles, Height px tall, or the tile that leads
// to the contact page (Contact).
type Tiles struct {
	Height  string
	Tiles   []Tile
	Contact *Tile
}

// Tile is a category of a touch screen's home: its key, its name and the
// number of its items; the contact tile has Label and Line instead.
type Tile struct {
	Key, Label, Line string
	Count            int
}

// Entry is an item as a button of a list, or as a line of a display's
// notice panel: its address, its last day ("" if none), title and the
// line under it (the date or the publicity window).
type Entry struct {
	ID, End, Title, Sub string
	Go                  string // where it leads when not to the item: a page of it (item:<id>@3)
}

// Group is a list or a table: its pieces on one page share one element,
// opened again on every page it appears on (an ordered list at the number
// of its first item there). Head is what the element adds to every page
// it appears on: a table's header row, the space after the list.
type Group struct {
	Head    float64
	Ordered bool       // an ordered list; a list otherwise, unless
	Table   *TableHead // a table
	Cards   bool       // a table set as a record card per row
}

// TableHead is what a table shows on every page: its width and its
// columns' in px, as CSS numbers, and its header row's cells.
type TableHead struct {
	Width  string
	Cols   []string
	Header []string
}

// Page is the pieces of one slide or touch page.
type Page struct {
	Pieces []*Piece
	Height float64 // what they take, at most the page's capacity
}

// First is the body block the page begins with.
func (p Page) First() int {
	if len(p.Pieces) == 0 {
		return 0
	}
	return p.Pieces[0].Block
}

// Paginate fills pages in order. capacity gives the body height of page i
// (a first slide has a taller header than the ones after it). Every piece
// must be at most the smallest capacity; fit's fitters make sure of that.
func Paginate(pieces []*Piece, capacity func(page int) float64) []Page {
	var pages []Page
	var cur Page
	room := capacity(0)
	for i, p := range pieces {
		h := cost(p, cur)
		need := h + kept(pieces[i:], room)
		if cur.Height+need > room && len(cur.Pieces) > 0 && p.Split != nil && !p.Keep {
			if head, tail, ok := p.Split(room - cur.Height); ok {
				cur.Height += head.Height
				cur.Pieces = append(cur.Pieces, head)
				p, h, need = tail, tail.Height, tail.Height
			}
		}
		if cur.Height+need > room && len(cur.Pieces) > 0 {
			pages = append(pages, cur)
			cur = Page{}
			room = capacity(len(pages))
			h = cost(p, cur)
		}
		cur.Pieces = append(cur.Pieces, p)
		cur.Height += h
	}
	if len(cur.Pieces) > 0 || len(pages) == 0 {
		pages = append(pages, cur)
	}
	return pages
}

// kept is the height of the pieces that must go on the page with ps[0]:
// a heading brings the next piece, and a run of headings all of them and
// the piece after the last. It stops counting past room, where the answer
// no longer changes, so a long run of headings costs no more than a page
// each.
func kept(ps []*Piece, room float64) float64 {
	h := 0.0
	for i := 0; i+1 < len(ps) && ps[i].Keep && h <= room; i++ {
		h += cost(ps[i+1], Page{Pieces: ps[i : i+1]})
	}
	return h
}

// cost is the height p adds to the page so far: a piece that opens its
// group on this page brings the group's head.
func cost(p *Piece, page Page) float64 {
	if p.Group == nil {
		return p.Height
	}
	if n := len(page.Pieces); n > 0 && page.Pieces[n-1].Group == p.Group {
		return p.Height
	}
	return p.Height + p.Group.Head
}

// Wrap is a run of a page's pieces: those of one group, which one element
// wraps (an ordered list starting at Start), or pieces outside any group
// (Group nil).
type Wrap struct {
	Group  *Group
	Start  int
	Pieces []*Piece
}

// Wraps is the page's pieces in runs of one group, as the theme's
// partials/kiosk-body.html writes them.
func (p Page) Wraps() []Wrap {
	var out []Wrap
	for _, pc := range p.Pieces {
		if n := len(out); n > 0 && out[n-1].Group == pc.Group {
			out[n-1].Pieces = append(out[n-1].Pieces, pc)
			continue
		}
		out = append(out, Wrap{Group: pc.Group, Start: pc.Start, Pieces: []*Piece{pc}})
	}
	return out
}
