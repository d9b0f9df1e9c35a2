package kiosk

import (
	"html/template"
	"strings"
)

// Piece is the smallest thing a page holds: a paragraph, a list item, a
// table row, a figure.
type Piece struct {
	HTML   template.HTML
	Height float64 // CSS px, including the space after it
	Block  int     // the body block it comes from, to keep the reader's place when the type size changes
	Keep   bool    // keep with the next piece (a heading is never the last thing on a page)
	Group  *Group  // the list or table it belongs to, or nil
	Open   template.HTML
	Text   string // plain text, for cutting a piece taller than a page between its lines

	// Split, when set, cuts the piece so that its head takes at most room
	// px, leaving at least two lines on each side; ok is false when it
	// cannot. Paragraphs can; list items, table rows and figures cannot.
	Split func(room float64) (head, tail *Piece, ok bool)

	// cutTall, when set, cuts a piece taller than a page (see cutTall).
	cutTall func(m Metrics) []*Piece
}

// Group is a list or a table: its pieces on one page share one wrapper,
// opened by the first piece's Open (an ordered list restarts at that item's
// number) and closed by Close. Head is what the wrapper adds to every page
// it appears on: a table's header row, the space after the list.
type Group struct {
	Close template.HTML
	Head  float64
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

// HTML joins the page's pieces, wrapping each run of one group.
func (p Page) HTML() template.HTML {
	var b strings.Builder
	var open *Group
	for _, pc := range p.Pieces {
		if pc.Group != open {
			if open != nil {
				b.WriteString(string(open.Close))
			}
			if pc.Group != nil {
				b.WriteString(string(pc.Open))
			}
			open = pc.Group
		}
		b.WriteString(string(pc.HTML))
	}
	if open != nil {
		b.WriteString(string(open.Close))
	}
	return template.HTML(b.String())
}
