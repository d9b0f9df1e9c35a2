package search

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// unit is a unit of a text (the package comment): where it is, and
// whether folding changed it. It holds no pointer, so that a scan's runs
// are appended without write barriers.
type unit struct {
	start, end int32 // its bytes in the text
	fold       int32 // its folded form in the scanner's folded, or -1: it is text[start:end]
}

// raw says the unit is its bytes of the text as they are.
func (u unit) raw() bool { return u.fold < 0 }

// scanner splits texts into runs of units; its buffers serve text after
// text.
type scanner struct {
	run    []unit
	folded []string // the units folding changed, of the text being scanned
}

// str is the unit u of text as a token.
func (sc *scanner) str(text string, u unit) string {
	if u.raw() {
		return text[u.start:u.end]
	}
	return sc.folded[u.fold]
}

// scan calls f with each run of units of text, in order; f must not keep
// the slice. Units are slices of text where folding changed nothing, so
// scanning a body allocates little.
func (sc *scanner) scan(text string, f func(run []unit)) {
	run := sc.run[:0]
	clear(sc.folded) // let go of the last text's strings
	sc.folded = sc.folded[:0]
	word := -1 // where the word being read starts
	endWord := func(at int) {
		if word >= 0 {
			w := text[word:at]
			u := unit{start: int32(word), end: int32(at), fold: -1}
			if s := foldWord(w); s != w {
				u.fold = int32(len(sc.folded))
				sc.folded = append(sc.folded, s)
			}
			run = append(run, u)
			word = -1
		}
	}
	for i := 0; i < len(text); {
		r, n := decode(text, i)
		switch fr := fold(r); {
		case isHan(fr):
			endWord(i)
			run = append(run, unit{start: int32(i), end: int32(i + n), fold: -1})
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
	sc.run = run
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
	var sc scanner
	sc.scan(text, func(run []unit) {
		r := make([]string, len(run))
		for i, u := range run {
			r[i] = sc.str(text, u)
		}
		runs = append(runs, r)
	})
	return runs
}

// Tokens calls add with every token of text: each unit and each pair of
// neighbouring units in a run. A token may come more than once, and may be
// a slice of text: add keeps a copy (strings.Clone) if it keeps one.
func Tokens(text string, add func(string)) {
	sc := scanners.Get().(*scanner)
	defer scanners.Put(sc)
	sc.scan(text, func(run []unit) {
		for i, u := range run {
			add(sc.str(text, u))
			if i > 0 {
				add(sc.pair(text, run[i-1], u))
			}
		}
	})
}

var scanners = sync.Pool{New: func() any { return new(scanner) }}

// pair is two neighbouring units as one token.
func (sc *scanner) pair(text string, a, b unit) string {
	if a.raw() && b.raw() {
		return text[a.start:b.end]
	}
	return sc.str(text, a) + sc.str(text, b)
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
