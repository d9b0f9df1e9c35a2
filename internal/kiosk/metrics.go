package kiosk

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/gongkai/gongkai/internal/textfit"
)

// Metrics are the type sizes of one page layout, in CSS px, and the width of
// the column the body is set in. The page receives the same numbers as CSS
// custom properties (Vars), so the browser lays out exactly what was
// measured here.
type Metrics struct {
	Width     float64 // the body column
	Font      float64 // body type
	MaxHeight float64 // the tallest one piece may be: the smallest page's body

	tags  *inlineTags // what links and images inside paragraphs become
	cells *cellMemo   // tables' cells measured, for all sizes of a touch kiosk; nil: measure each time
}

// Proportions of every size to the body type. The theme's kiosk CSS uses
// only the variables Vars derives from them.
const (
	lineHeight = 1.6  // body line height
	gapEm      = 0.5  // space after a block
	headScale  = 1.15 // headings inside a body
	headLine   = 1.4
	tableScale = 0.9 // table type
	tableLine  = 1.4
	cellPadX   = 0.35 // table cell padding, in table type em, each side
	cellPadY   = 0.2
	indentEm   = 1.8 // list indent
	itemGapEm  = 0.2 // space after a list item
	quoteEm    = 1.2 // blockquote indent and rule
	cardPadEm  = 0.4 // record card padding
	preScale   = 0.9
	smallScale = 0.8 // chips, meta lines, captions
	smallLine  = 1.4
)

func (m Metrics) line() float64        { return m.Font * lineHeight }
func (m Metrics) gap() float64         { return m.Font * gapEm }
func (m Metrics) em(w float64) float64 { return w / m.Font }

// lines is how many lines text takes at size px in a column w px wide.
func lines(text string, size, w float64) int {
	if w <= size {
		w = size
	}
	return textfit.Lines(text, w/size)
}

// Vars are the CSS custom properties for a page set in m.
func (m Metrics) Vars() template.CSS {
	f := m.Font
	vars := []struct {
		name string
		val  float64
		px   bool
	}{
		{"f", f, true}, {"lh", lineHeight, false}, {"gap", f * gapEm, true},
		{"hf", f * headScale, true}, {"hlh", headLine, false},
		{"tf", f * tableScale, true}, {"tlh", tableLine, false},
		{"tpx", f * tableScale * cellPadX, true}, {"tpy", f * tableScale * cellPadY, true},
		{"indent", f * indentEm, true}, {"ligap", f * itemGapEm, true},
		{"quote", f * quoteEm, true}, {"cardpad", f * cardPadEm, true},
		{"pref", f * preScale, true}, {"sf", f * smallScale, true}, {"slh", smallLine, false},
		{"colw", m.Width, true},
	}
	var b strings.Builder
	for _, v := range vars {
		unit := ""
		if v.px {
			unit = "px"
		}
		fmt.Fprintf(&b, "--%s:%s%s;", v.name, num(v.val), unit)
	}
	return template.CSS(b.String())
}

// num formats a CSS number without float noise: 46, 50.4, 12.25.
func num(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
