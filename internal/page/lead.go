package page

import "strings"

// LongestSummary is the most runes a summary the built-in theme writes
// shows: the feed's (base.html's description shows 100).
const LongestSummary = 120

// Lead is the start of a body's text that Summary reads for any n up to
// LongestSummary: the text up to and with its (LongestSummary+1)-th rune
// that is not white space, the one that tells Summary the text goes on. It
// is a copy, so a build that keeps only the lead lets the text go.
func Lead(text string) string {
	count := 0
	for i, r := range text {
		if space(r) {
			continue
		}
		if count == LongestSummary+1 {
			return strings.Clone(text[:i])
		}
		count++
	}
	return text
}

// space reports whether Summary reads r as white space.
func space(r rune) bool { return r == '\n' || r == '\t' || r == ' ' }
