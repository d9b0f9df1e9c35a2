package board

import (
	"bytes"
	"fmt"
	"math"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/output"
)

// Sheet is one printed page of a board, with what the print room reads
// of it (sheets.go): its date, fingerprint and take-down day.
type Sheet struct {
	Number, Total int
	Columns       []*Column

	Date     string       // 公开日期: the newest date on the sheet, 2026年11月27日; "" on an empty board
	Day      calendar.Day // Date as a day
	Print    string       // the fingerprint of what it shows: 8 hex digits
	Until    string       // the day it must come down or be reprinted: its first notice's last day; "" when none
	UntilDay calendar.Day // Until as a day
}

// Column is one column of a sheet, filled from the top.
type Column struct {
	Parts []*Part
	Used  float64 // mm taken, for the index and the tests
}

// Part is one thing placed in a column.
type Part struct {
	Kind  string // "item": an item's title, details, window and QR code; "cont": its title again, continued; "block"; "empty"
	Entry *Entry
	Full  bool    // "cont" at the top of a sheet: the whole header again, QR code included
	Sep   bool    // a rule above: another item ends above it
	Stack bool    // the QR code under the title, not beside it: a narrow column
	Block *Piece  // "block": what partials/board-block.html writes (made by pieces)
	Text  string  // "empty": what it says
	Class string  // a block's kind, for the stylesheet
	H     float64 // estimated height in mm, including the space below

	blk block // "block": the block, until pieces makes it Block
}

// pager lays items out into sheets, column by column.
type pager struct {
	g      *geometry
	sheets []*Sheet
	col    int
	used   float64
	fresh  bool    // the column holds nothing but a continued title
	short  float64 // when > 0, the height of every column from sheet last on (balancing)
	last   int     // the sheet from which short applies
}

func newPager(g *geometry) *pager {
	p := &pager{g: g}
	p.newSheet()
	return p
}

func (p *pager) newSheet() {
	s := &Sheet{Number: len(p.sheets) + 1}
	for range p.g.Columns {
		s.Columns = append(s.Columns, &Column{})
	}
	p.sheets = append(p.sheets, s)
	p.col, p.used, p.fresh = 0, 0, true
}

func (p *pager) nextColumn() {
	if p.col+1 < p.g.Columns {
		p.col++
		p.used, p.fresh = 0, true
		return
	}
	p.newSheet()
}

func (p *pager) column() *Column { return p.sheets[len(p.sheets)-1].Columns[p.col] }
func (p *pager) room() float64   { return p.colH() - p.used }

// colH is the height of the current column.
func (p *pager) colH() float64 {
	if p.short > 0 && len(p.sheets)-1 >= p.last {
		return p.short
	}
	return p.g.ColH
}
func (p *pager) empty() bool { return p.used == 0 }

func (p *pager) put(part *Part) {
	c := p.column()
	c.Parts = append(c.Parts, part)
	p.used += part.H
	c.Used = p.used
}

// add lays out one item: its header, kept with the start of its body, then
// its blocks, splitting a block that straddles the foot of a column and
// repeating the title (续) at the top of the next column.
func (p *pager) add(e *Entry, body []block) error {
	defer output.Name(p.g.board + ": " + e.File)
	head := p.header(e, "item", !p.empty())
	need := head.H + leadHeight(body)
	if !p.empty() && need > p.room() {
		p.nextColumn()
		head = p.header(e, "item", false)
	}
	p.put(head)
	p.fresh = false
	for i := 0; i < len(body); {
		b := body[i]
		keep := 0.0
		if b.keepWithNext() && i+1 < len(body) {
			keep = body[i+1].minHeight()
		}
		if b.height()+keep <= p.room() || (p.fresh && b.height() <= p.room()) {
			p.put(p.block(b))
			p.fresh = false
			i++
			continue
		}
		if h, t := b.split(p.room()); h != nil && !b.keepWithNext() {
			p.put(p.block(h))
			body[i] = t
		} else if p.fresh {
			return fmt.Errorf("%s: this block is taller than a whole column of the board (%.0f mm; a column holds %s) and cannot be split; shorten it or split it into several, or give the board larger paper or fewer columns",
				blockPlace(e, b), b.height(), size(p.room()))
		}
		p.nextColumn()
		p.put(p.header(e, "cont", false))
	}
	return nil
}

// leadHeight is what must follow an item's header in its column: the
// first block at its smallest, and before it the headings that stay with
// it.
func leadHeight(body []block) float64 {
	h := 0.0
	for _, b := range body {
		h += b.minHeight()
		if !b.keepWithNext() {
			break
		}
	}
	return h
}

func (p *pager) block(b block) *Part {
	return &Part{Kind: "block", blk: b, Class: kindOf(b), H: b.height()}
}

// pieces makes the Block of every block part of sheets. Only the layout
// kept needs them: a board tries up to six type sizes, and balancing
// paginates each some ten times more.
func pieces(sheets []*Sheet) {
	for _, s := range sheets {
		for _, c := range s.Columns {
			for _, part := range c.Parts {
				if part.blk != nil {
					part.Block, part.blk = part.blk.piece(), nil
				}
			}
		}
	}
}

// header is an item's header part: the full one, or its continuation.
func (p *pager) header(e *Entry, kind string, sep bool) *Part {
	part := &Part{Kind: kind, Entry: e, Sep: sep, Full: kind == "item" || p.col == 0 && p.empty(), Stack: p.g.stackQR()}
	part.H = p.g.headerHeight(e, kind == "cont", part.Full, sep)
	return part
}

// headerHeight measures an item's header as the stylesheet lays it out: the
// title, details and window beside the QR code; or, continued in a column
// of the same sheet, the title alone in small type.
func (g *geometry) headerHeight(e *Entry, cont, full, sep bool) float64 {
	h := g.Gap
	if sep {
		h += g.Rule + g.SepGap
	}
	title := e.Title
	if cont {
		title += contMark
	}
	if !full {
		return h + g.Small.line()*float64(g.Small.lines(title, g.ColW))
	}
	textW := g.ColW - g.QR - g.QRGap
	if g.stackQR() {
		textW = g.ColW
	}
	left := g.Title.line()*float64(g.Title.lines(title, textW)) + g.Small.line()*float64(g.Small.lines(e.Meta, textW))
	if e.Window != "" {
		left += g.SubGap + g.windowHeight(e.Window, textW)
	}
	right := g.QR + g.Small.line()
	if g.stackQR() {
		return h + left + g.QRGap + right
	}
	return h + math.Max(left, right)
}

// stackQR reports whether a column is too narrow for a title beside the QR
// code (fewer than ten characters of title a line): then the code goes
// under the title.
func (g *geometry) stackQR() bool {
	return g.Title.ems(g.ColW-g.QR-g.QRGap) < 10
}

// contMark follows a title repeated on the next column or sheet.
const contMark = "（续）"

// windowHeight is the boxed publicity window: bold, padded, ruled.
func (g *geometry) windowHeight(s string, w float64) float64 {
	padX, padY, border := g.Window.mm()*0.5, g.Window.mm()*0.15, 0.6
	return float64(g.Window.lines(s, w-2*padX-2*border))*g.Window.line() + 2*padY + 2*border
}

// emptyPart says that nothing is in force on the board.
func (p *pager) emptyPart(msg string) {
	p.put(&Part{Kind: "empty", Text: msg, H: p.g.Title.line()*float64(p.g.Title.lines(msg, p.g.ColW)) + p.g.Gap})
}

// finish numbers the sheets.
func (p *pager) finish() []*Sheet {
	for _, s := range p.sheets {
		s.Total = len(p.sheets)
	}
	return p.sheets
}

func kindOf(b block) string {
	switch v := b.(type) {
	case *para:
		return v.tag
	case *group:
		return v.tag
	case *table:
		return "table"
	case *figure:
		return "figure"
	case *pre:
		return "pre"
	case *rule:
		return "hr"
	}
	return "html"
}

// blockPlace is "content/x.md:12", the file and line where block b of e
// starts: found by its first words, as blocks do not keep their place in
// the file (the body's first line when they are not found).
func blockPlace(e *Entry, b block) string {
	if e.Item == nil {
		return e.File // a generated list
	}
	return fmt.Sprintf("%s:%d", e.File, blockLine(e, b))
}

func blockLine(e *Entry, b block) int {
	start := e.Item.BodyLine
	words := []rune(strings.TrimSpace(strings.SplitN(strings.TrimSpace(b.text()), "\n", 2)[0]))
	if len(words) == 0 {
		return start
	}
	if i := bytes.Index(e.Item.Body, []byte(string(words[:min(len(words), 12)]))); i >= 0 {
		return start + bytes.Count(e.Item.Body[:i], []byte("\n"))
	}
	return start
}
