package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unit is a unit of a text (the package comment) and where it is.
type unit struct {
	s          string
	start, end int  // its bytes in the text
	raw        bool // s is text[start:end], not folded
}

// scan calls f with each run of units of text, in order; f must not keep
// the slice. Units are slices of text where folding changed nothing, so
// scanning a body allocates little.
func scan(text string, f func(run []unit)) {
	var run []unit
	word := -1 // where the word being read starts
	endWord := func(at int) {
		if word >= 0 {
			w := text[word:at]
			s := foldWord(w)
			run = append(run, unit{s: s, start: word, end: at, raw: s == w})
			word = -1
		}
	}
	for i := 0; i < len(text); {
		r, n := decode(text, i)
		switch fr := fold(r); {
		case isHan(fr):
			endWord(i)
			run = append(run, unit{s: text[i : i+n], start: i, end: i + n, raw: true})
		case isWord(fr):
			if word < 0 {
				word = i
			}
		default:
			endWord(i)
			if len(run) > 0 {
				f(run)
				run = run[:0]
			}
		}
		i += n
	}
	endWord(len(text))
	if len(run) > 0 {
		f(run)
	}
}

// decode is the rune at i and its length, as utf8.DecodeRuneInString
// gives them, a character of three bytes (every Han character of the
// main block) read in place.
func decode(text string, i int) (rune, int) {
	if c := text[i]; c&0xF0 == 0xE0 && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
		r := rune(c&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(text[i:])
}

// isHan says whether r is a Han character; most are in one block.
func isHan(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF:
		return true
	case r < 0x2E80: // the first Han range
		return false
	}
	return unicode.Is(unicode.Han, r)
}

// isWord says whether r is a letter or digit of a word (not Han).
func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// fold maps a full-width form (Ａ, １, ＃) to its ASCII character.
func fold(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		return r - 0xFEE0
	}
	return r
}

// foldWord is a word folded to ASCII where full-width and lower-cased; w
// itself when that changes nothing.
func foldWord(w string) string {
	same := true
	for _, r := range w {
		if fold(r) != r || unicode.ToLower(r) != r {
			same = false
			break
		}
	}
	if same {
		return w
	}
	var b strings.Builder
	for _, r := range w {
		b.WriteRune(unicode.ToLower(fold(r)))
	}
	return b.String()
}

// Runs splits text into runs of units (the package comment).
func Runs(text string) [][]string {
	var runs [][]string
	scan(text, func(run []unit) {
		r := make([]string, len(run))
		for i, u := range run {
			r[i] = u.s
		}
		runs = append(runs, r)
	})
	return runs
}

// Tokens calls add with every token of text: each unit and each pair of
// neighbouring units in a run. A token may come more than once, and may be
// a slice of text: add keeps a copy (strings.Clone) if it keeps one.
func Tokens(text string, add func(string)) {
	scan(text, func(run []unit) {
		for i, u := range run {
			add(u.s)
			if i > 0 {
				add(pair(text, run[i-1], u))
			}
		}
	})
}

// pair is two neighbouring units as one token.
func pair(text string, a, b unit) string {
	if a.raw && b.raw {
		return text[a.start:b.end]
	}
	return a.s + b.s
}

// split gives the two units of a token a Dict keeps (gatherer) that is a
// pair. A pair
// holds a Han character (two words are never neighbours) and more than one
// character; a unit alone is a Han character or a word without one.
func split(t string) (a, b string, ok bool) {
	first, n := utf8.DecodeRuneInString(t)
	if n == len(t) {
		return "", "", false
	}
	if isHan(first) {
		return t[:n], t[n:], true
	}
	last, m := utf8.DecodeLastRuneInString(t)
	if isHan(last) {
		return t[:len(t)-m], t[len(t)-m:], true
	}
	return "", "", false
}
