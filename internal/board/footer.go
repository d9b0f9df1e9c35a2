package board

import (
	"html/template"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/textfit"
)

// The footer's lines are decided at build time, like the columns: its
// fields (the board's place, the date, the feedback contacts) follow one
// another an ideographic space apart, and footerLines breaks them into
// lines the stylesheet sets as they are (white-space: nowrap, a <br>
// between two). A field that does not fit the rest of a line starts the
// next, unless it is long (over half a line) and the rest holds its label
// and the start of its value: then it goes on from there, broken as text
// by textfit's rules (telephone numbers, dates and Latin words whole), as
// does a field longer than a whole line. So a label
// is never parted from its value, nor a telephone number broken, and the
// footer's height is counted, not guessed.

// FootSeg is a part of a line of the footer: a field, or the part of one
// that the line holds.
type FootSeg struct {
	Label string // the field's label, on the part that begins it; "" on a continuation
	Value string // the field's value, or the part of it on this line
	Date  bool   // the sheet's date (Sheet.Date), printed in place of Value
	Sep   bool   // an ideographic space before it: another field ends before it on this line
}

// Kept is the value as HTML, its telephone numbers and dates kept on one
// line (package flow), as textfit measured them.
func (s FootSeg) Kept() template.HTML { return keptHTML(s.Value) }

func keptHTML(s string) template.HTML {
	var b strings.Builder
	flow.WriteKept(&b, flow.Escaped(s))
	return template.HTML(b.String())
}

// footerLines breaks the fields into lines width em wide (see above).
func footerLines(fields []Field, width float64) [][]FootSeg {
	lines := [][]FootSeg{nil}
	x := 0.0
	put := func(s FootSeg, w float64) {
		lines[len(lines)-1] = append(lines[len(lines)-1], s)
		x += w
	}
	newLine := func() { lines, x = append(lines, nil), 0 }
	for _, f := range fields {
		text := fieldText(f)
		w := textfit.Width(text)
		sep := 0.0
		if x > 0 {
			sep = textfit.Width("\u3000")
		}
		switch {
		case x+sep+w <= width:
			put(FootSeg{Label: f.Label, Value: f.Value, Date: f.Date, Sep: sep > 0}, sep+w)
			continue
		case x > 0 && (w <= width/2 || !splits(f, width-x-sep)):
			newLine()
			if w <= width {
				put(FootSeg{Label: f.Label, Value: f.Value, Date: f.Date}, w)
				continue
			}
		}
		breakField(f, width, x, &lines, &x)
	}
	return lines
}

// splits reports whether the head of field f that fits in room em holds
// its label and the start of its value.
func splits(f Field, room float64) bool {
	if f.Date || room <= 0 {
		return false
	}
	head := textfit.Wrap(fieldText(f), room)
	return len(head) > 0 && len(head[0]) > len(f.Label+"：") && textfit.Width(head[0]) <= room+1e-9
}

// breakField puts field f, longer than what is left of the last line, on
// that line and the next: its head in the rest of the line (after a
// separator when the line holds something), the rest wrapped at width.
func breakField(f Field, width, x float64, lines *[][]FootSeg, at *float64) {
	room, sep := width, false
	if x > 0 {
		room, sep = width-x-textfit.Width("\u3000"), true
	}
	text := fieldText(f)
	head := textfit.Wrap(text, room)[0]
	last := len(*lines) - 1
	(*lines)[last] = append((*lines)[last], FootSeg{Label: f.Label, Value: strings.TrimPrefix(head, f.Label+"："), Sep: sep})
	rest := strings.TrimLeft(text[len(head):], " ")
	for _, l := range textfit.Wrap(rest, width) {
		*lines = append(*lines, []FootSeg{{Value: l}})
		*at = textfit.Width(l)
	}
}
