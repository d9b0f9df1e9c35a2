package kiosk

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// inlineAt is where a part of a paragraph's inline HTML begins: a byte
// index, and the elements open there, which the part opens again.
type inlineAt struct {
	i    int
	open []string
}

// html is the inline HTML of the part of s that begins at at.
func (at inlineAt) html(s string) string { return strings.Join(at.open, "") + s[at.i:] }

// splitInline cuts the inline HTML of a paragraph after its n-th character
// that is not a space, closing the elements open at the cut in head and
// opening them again at the start of tail, so a bold name or a link's text
// stays formatted on both slides.
func splitInline(s string, n int) (head, tail string) {
	head, next := cutInline(s, inlineAt{}, n)
	return head, next.html(s)
}

// cutInline cuts the part of s that begins at at after its n-th character
// that is not a space: head is the part up to the cut, its elements closed,
// and next is where the rest begins. It reads only the part it cuts off, so
// cutting a long paragraph into many costs its length once. It reads only
// what goldmark writes: tags, entities and text.
func cutInline(s string, at inlineAt, n int) (head string, next inlineAt) {
	if n == 0 && len(at.open) > 0 {
		return "", at // nothing to cut off: the part stays whole, its elements open
	}
	open := slices.Clone(at.open)
	i := at.i
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
			j := strings.IndexByte(s[i:min(len(s), i+11)], ';')
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
		if j < 0 {
			break
		}
		open = track(open, s[i:i+j+1])
		i += j + 1
	}
	var b strings.Builder
	b.WriteString(strings.Join(at.open, ""))
	b.WriteString(s[at.i:i])
	for k := len(open) - 1; k >= 0; k-- {
		b.WriteString("</" + tagName(open[k]) + ">")
	}
	rest := strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	for strings.HasPrefix(rest, "<br>") {
		rest = strings.TrimLeftFunc(strings.TrimPrefix(rest, "<br>"), unicode.IsSpace)
	}
	return b.String(), inlineAt{i: len(s) - len(rest), open: open}
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
