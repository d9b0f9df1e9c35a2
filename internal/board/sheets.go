package board

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/printed"
)

// What the print room reads of a sheet, decided from what the sheet shows
// and never from the build's date, so that a rebuild on the next day with
// nothing entering or leaving gives the same sheets byte for byte:
//
//	Day    the newest date of what it shows: its items' dates and updates
//	       (a list's: of every power or risk point it is made from); zero
//	       on an empty board
//	Print  8 hex digits of a hash of everything it shows (the board's
//	       name, number, location, paper and type, its footer, its
//	       columns piece by piece, its number and the sheet count): two
//	       sheets with the same Print look the same
//	Until  the earliest last day of the publicity windows of the notices
//	       it shows: the day it must be taken down or reprinted; zero when
//	       it shows none
//
// Day is also the date it last changed: its content can only change with
// a newer date on it, an item leaving it, or a notice's window ending.

// dateWidest is the widest date the footer may show, which the footer is
// measured with, so that the layout does not depend on the sheet's date.
const dateWidest = "0000年00月00日"

// stamp sets what the print room reads of each sheet of b (see above), and
// b.Date, the newest of its sheets' dates.
func stamp(b *Board) {
	var newest calendar.Day
	for _, s := range b.Sheets {
		shown := entriesOn(s)
		s.Day, s.UntilDay = newestDay(shown), untilDay(shown)
		s.Date = chinese(s.Day)
		s.Until = chinese(s.UntilDay)
		s.Print = fingerprint(b, s)
		if s.Day.After(newest) {
			newest = s.Day
		}
	}
	b.Date = chinese(newest)
}

// chinese is d as 2026年11月27日, "" when zero.
func chinese(d calendar.Day) string {
	if d.IsZero() {
		return ""
	}
	return d.Chinese()
}

// entriesOn are the entries a sheet shows, each once, in order.
func entriesOn(s *Sheet) []*Entry {
	var out []*Entry
	seen := map[*Entry]bool{}
	for _, c := range s.Columns {
		for _, p := range c.Parts {
			if p.Entry != nil && !seen[p.Entry] {
				seen[p.Entry] = true
				out = append(out, p.Entry)
			}
		}
	}
	return out
}

// newestDay is the newest date or update of the items the entries show.
func newestDay(es []*Entry) calendar.Day {
	var best calendar.Day
	newer := func(it *model.Item) {
		if it == nil {
			return
		}
		for _, d := range []calendar.Day{it.Date, it.Updated} {
			if d.After(best) {
				best = d
			}
		}
	}
	for _, e := range es {
		newer(e.Item)
		if e.rows != nil {
			for _, p := range e.rows.powers {
				newer(p)
			}
			for _, r := range e.rows.risks {
				newer(r.Item)
			}
		}
	}
	return best
}

// untilDay is the earliest last day of the windows of the notices shown.
func untilDay(es []*Entry) calendar.Day {
	var first calendar.Day
	for _, e := range es {
		if e.Window == "" || e.End.IsZero() {
			continue
		}
		if first.IsZero() || e.End.Before(first) {
			first = e.End
		}
	}
	return first
}

// fingerprint is 8 hex digits of a hash of what sheet s of b shows.
func fingerprint(b *Board, s *Sheet) string {
	h := sha256.New()
	cb := b.Config
	fmt.Fprintf(h, "%d\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00%d/%d\x00", cb.Number, cb.Name, cb.Location, cb.Paper, cb.Orientation, b.Kicker, b.Style, b.Page, s.Number, s.Total)
	fmt.Fprintf(h, "%s\x00%s\x00", s.Date, s.Until)
	for _, f := range b.Footer {
		fmt.Fprintf(h, "%s\x00%s\x00", f.Label, f.Value)
	}
	for _, c := range s.Columns {
		io.WriteString(h, "\x01")
		for _, p := range c.Parts {
			hashPart(h, p)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:8]
}

// hashPart writes what a part shows into h.
func hashPart(h io.Writer, p *Part) {
	fmt.Fprintf(h, "\x02%s\x00%t%t%t\x00%s\x00%s\x00%.2f\x00", p.Kind, p.Full, p.Sep, p.Stack, p.Text, p.Class, p.H)
	if e := p.Entry; e != nil {
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00", e.ID, e.Title, e.Meta, e.Window, e.QR)
	}
	if p.Block != nil {
		data, _ := json.Marshal(p.Block) // a Piece is data: strings and slices of them
		h.Write(data)
	}
}

// Printed are the current sheets of bs as the print room's ledger names
// them (package printed), in the boards' order.
func Printed(bs []*Board) []printed.Sheet {
	var out []printed.Sheet
	for _, b := range bs {
		for _, s := range b.Sheets {
			out = append(out, printed.Sheet{Board: b.Config.Number, Sheet: s.Number, Print: s.Print})
		}
	}
	return out
}
