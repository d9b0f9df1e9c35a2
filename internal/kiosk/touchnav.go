package kiosk

import (
	"fmt"
	"html/template"
	"math"

	"github.com/gongkai/gongkai/internal/model"
)

// A long item on a touch screen gets a table of contents: a screen of
// buttons, one for each heading, each leading to the page where the
// heading starts (the script reads data-go="item:<id>@<page>").
const (
	tocPages    = 3 // an item of at least this many pages gets one
	tocHeadings = 2 // if it has at least this many headings
	tocLevel    = 3 // headings down to this level are listed
)

// toc lays out the table of contents of an item whose pages are given,
// in the builder's type size: nil when the item is short or has too few
// headings. Its screens are pruned with the item (End).
func (b touchBuilder) toc(it *model.Item, pages []*Screen) []*Screen {
	if len(pages) < tocPages {
		return nil
	}
	var pieces []*Piece
	for i, sc := range pages {
		for _, p := range sc.page.Pieces {
			if p.level > 0 && p.level <= tocLevel && p.Text != "" {
				pieces = append(pieces, b.tocEntry(it, p.Text, i+1, len(pieces)))
			}
		}
	}
	if len(pieces) < tocHeadings {
		return nil
	}
	meta := []string{fmt.Sprintf("全文共 %d 页，点按标题转到该页", len(pages))}
	proto := Screen{View: "toc:" + it.ID, Kind: "toc", End: LastDay(it).String(), Chips: []string{"目录"}, Title: it.Title}
	proto.words, _ = words(meta, b.small(), b.l.ColW)
	return b.screens(proto, b.header(proto.Chips, it.Title, meta, b.l.ColW), pieces)
}

// tocEntry is the button of a heading in a table of contents.
func (b touchBuilder) tocEntry(it *model.Item, heading string, page, index int) *Piece {
	e := &Entry{ID: it.ID, Title: heading, Sub: fmt.Sprintf("第 %d 页", page), Go: fmt.Sprintf("item:%s@%d", it.ID, page)}
	return &Piece{Entry: e, Height: b.buttonHeight(e.Title, e.Sub), Block: index}
}

// buttonHeight is the height an entry's button takes with the space
// after it: its title in body type over its line in small type.
func (b touchBuilder) buttonHeight(title, sub string) float64 {
	w := b.l.ColW - 2*entryPadXEm*b.f - entryArrow*b.f - 2
	n := float64(lines(title, b.f, w))*b.f*entryLine + float64(lines(sub, b.small(), w))*b.small()*entryLine
	return n + 2*entryPadYEm*b.f + 2 + entryGapEm*b.f
}

// minQREm is the smallest QR code beside an item's header, in the
// chrome's type: some 6 cm on a 43-inch screen, scanned from arm's length.
const minQREm = 3

// dock sizes the QR code beside an item's header of height head: as
// tall as the header allows, between minQREm and the layout's QR size,
// so that a short header (a short title in small type) leaves no empty
// band above its rule. It returns the code's side and the height of the
// code with its caption.
func (l touchLayout) dock(head float64) (qr, dock float64) {
	caption := l.Dock - l.QR
	qr = math.Max(math.Round(minQREm*l.B), math.Min(l.QR, math.Floor(head-caption)))
	return qr, qr + caption
}

// dockStyle is the CSS of an item's screens that sizes the header to the
// QR code beside it.
func dockStyle(dock float64) template.CSS {
	return template.CSS("--dock:" + num(dock) + "px") //nolint:gosec // a number
}
