package markdown

import (
	"strings"
	"unicode"
)

// Text writes plain text (a title, a label, a field of the front matter)
// as Markdown that shows exactly that text, on one line, wherever a line's
// inline content goes: a paragraph, a heading, a list item, a table cell.
// It escapes with a backslash every character that Markdown or GFM give a
// meaning inside a line (\ ` * _ ~ [ ] < > & # |), and what makes GFM link
// an address by itself: "@" (e-mail addresses), ":" before "/" (https://)
// and the "." of "www.". Line breaks and other control characters become
// spaces, so the text cannot start a block of its own.
func Text(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i, r := range s {
		switch {
		case unicode.IsControl(r) || r == '\u2028' || r == '\u2029':
			b.WriteByte(' ')
			continue
		case strings.ContainsRune("\\`*_~[]<>&#|@", r),
			r == ':' && strings.HasPrefix(s[i+1:], "/"),
			r == '.' && i >= 3 && strings.EqualFold(s[i-3:i], "www"):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
