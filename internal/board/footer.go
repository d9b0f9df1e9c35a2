package board

import "github.com/gongkai/gongkai/internal/textfit"

// The footer sets its fields as the items of a wrapping flex row, one em
// apart: each on one line with its label (white-space: nowrap), so a label
// is never split from its value nor a telephone number across lines. A
// field wider than the whole line (Long) has lines of its own, wrapped as
// text. footerLines counts the lines the same way.

// footerLines is how many lines the fields take in width em.
func footerLines(fields []string, width float64) int {
	lines, x := 1, 0.0
	for _, f := range fields {
		w := textfit.Width(f)
		switch {
		case w > width:
			if x > 0 {
				lines++
			}
			lines += textfit.Lines(f, width) - 1
			x = width // the next field starts a line of its own
		case x == 0:
			x = w
		case x+1+w <= width:
			x += 1 + w
		default:
			lines++
			x = w
		}
	}
	return lines
}

// markLong marks the fields wider than the footer's line (Field.Long).
func markLong(g *geometry, place *Field, fs []Field) {
	width := g.Small.ems(g.footerText())
	place.Long = textfit.Width(fieldText(*place)) > width
	for i := range fs {
		fs[i].Long = textfit.Width(fieldText(fs[i])) > width
	}
}
