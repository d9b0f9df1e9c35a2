package board

import (
	"fmt"
	"math"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
)

// What `gongkai check` says of boards laid out, besides what site.toml
// alone tells (check.boardType, CheckPaper).
const (
	// leastFill: a sheet filled less than this is nearly empty.
	leastFill = 0.25
	// A line of an explicit column count holding fewer or more characters
	// than these is noted (the default keeps lines 25 to 40 long).
	shortLineEms = 15
	longLineEms  = 45
)

// Legibility is what check says of the boards laid out: a warning at an
// item's file for an item that needs more than SheetBudget sheets of its
// board and has no summary to show instead (Entry.needs); notes at the
// board in site.toml for a sheet after the first less than a quarter full
// and for columns
// the board sets whose lines are too short or too long to read.
func Legibility(boards []*Board) (warnings, notes []diag.Diagnostic) {
	for _, b := range boards {
		warnings = append(warnings, b.tooLong()...)
		notes = append(notes, b.nearlyEmpty()...)
		if n := b.lineNote(); n != nil {
			notes = append(notes, *n)
		}
	}
	return warnings, notes
}

// tooLong warns of the items that need more sheets than SheetBudget.
func (b *Board) tooLong() []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, e := range b.Entries {
		if e.needs <= SheetBudget || e.brief {
			continue
		}
		out = append(out, diag.Diagnostic{File: e.File, Line: e.Line("title"), Severity: diag.Warning,
			Msg: fmt.Sprintf("needs %d sheets on board %s at its smallest type (%gpt, legible from %s), more than %d; add a summary (shown on boards and kiosks with a QR code to the full text), or split the item, or give the board larger paper",
				e.needs, b.NN, b.Config.MinBody(), config.FormatDistance(b.Config.DistanceMM), SheetBudget)})
	}
	return out
}

// nearlyEmpty notes the sheets after a board's first filled less than
// leastFill: sheets printed and posted for a few lines. A board of one
// sheet, however empty, prints nothing in vain: it waits for content.
func (b *Board) nearlyEmpty() []diag.Diagnostic {
	var out []diag.Diagnostic
	for _, s := range b.Sheets[1:] {
		f := b.fill(s)
		if f >= leastFill {
			continue
		}
		out = append(out, diag.Diagnostic{File: config.File, Line: b.line("paper"),
			Msg: fmt.Sprintf("board %s: sheet %d of %d is only %d%% filled; give the board larger paper or more columns so that its items need a sheet fewer, or more categories to fill it",
				b.NN, s.Number, s.Total, int(math.Round(f*100)))})
	}
	return out
}

// lineNote notes columns the board sets whose lines hold fewer than
// shortLineEms or more than longLineEms characters of body type.
func (b *Board) lineNote() *diag.Diagnostic {
	if b.Config.Columns == 0 {
		return nil
	}
	ems := b.geo.Body.ems(b.geo.ColW)
	if ems >= shortLineEms && ems <= longLineEms {
		return nil
	}
	auto := *b.Config
	auto.Columns = 0
	return &diag.Diagnostic{File: config.File, Line: b.line("columns"),
		Msg: fmt.Sprintf("board %s: with columns = %d a line holds about %.0f characters of its %gpt type, and 25 to 40 read best; remove columns to have %d",
			b.NN, b.Config.Columns, ems, b.geo.Body.Pt, columnsFor(&auto))}
}

// line is the line of the board's key in site.toml, else of the board.
func (b *Board) line(key string) int {
	if n := b.Site.Config.Meta.Line(fmt.Sprintf("boards[%d].%s", b.Config.Index, key)); n > 0 {
		return n
	}
	return b.Site.Config.Meta.Line(fmt.Sprintf("boards[%d]", b.Config.Index))
}
