package kiosk

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitInline cuts the inline HTML of a paragraph after its n-th character
// that is not a space, closing the elements open at the cut in head and
// opening them again at the start of tail, so a bold name or a link's text
// stays formatted on both slides. It reads only what goldmark writes:
// tags, entities and text.
func splitInline(s string, n int) (head, tail string) {
	var open []string
	i := 0
	for i < len(s) && n > 0 {
		switch s[i] {
		case '<':
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				j = len(s) - i - 1
			}
			open = track(open, s[i:i+j+1])
			i += j + 1
		case '&':
			j := strings.IndexByte(s[i:], ';')
			if j < 1 || j > 10 {
				j = 0
			}
			i += j + 1
			n--
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				n--
			}
			i += size
		}
	}
	for strings.HasPrefix(s[i:], "</") { // an element that ends right at the cut ends in head
		j := strings.IndexByte(s[i:], '>')
		open = track(open, s[i:i+j+1])
		i += j + 1
	}
	var closers strings.Builder
	for k := len(open) - 1; k >= 0; k-- {
		closers.WriteString("</" + tagName(open[k]) + ">")
	}
	rest := strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	for strings.HasPrefix(rest, "<br>") {
		rest = strings.TrimLeftFunc(strings.TrimPrefix(rest, "<br>"), unicode.IsSpace)
	}
	return s[:i] + closers.String(), strings.Join(open, "") + rest
}

// track updates the open elements for one tag.
func track(open []string, tag string) []string {
	name := tagName(tag)
	switch {
	case strings.HasPrefix(tag, "</"):
		for k := len(open) - 1; k >= 0; k-- {
			if tagName(open[k]) == name {
				return open[:k]
			}
		}
		return open
	case strings.HasSuffix(tag, "/>") || name == "br" || name == "img" || name == "wbr" || name == "hr":
		return open
	}
	return append(open, tag)
}

func tagName(tag string) string {
	t := strings.TrimLeft(tag, "</")
	end := strings.IndexAny(t, " \t\n/>")
	if end < 0 {
		return t
	}
	return strings.ToLower(t[:end])
}
