package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Runs splits text into runs of units (the package comment).
func Runs(text string) [][]string {
	var runs [][]string
	var run []string
	end := func() {
		if len(run) > 0 {
			runs = append(runs, run)
			run = nil
		}
	}
	var word strings.Builder
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		r = fold(r)
		switch {
		case unicode.Is(unicode.Han, r):
			if word.Len() > 0 {
				run = append(run, word.String())
				word.Reset()
			}
			run = append(run, string(r))
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			word.WriteRune(unicode.ToLower(r))
		default:
			if word.Len() > 0 {
				run = append(run, word.String())
				word.Reset()
			}
			end()
		}
	}
	if word.Len() > 0 {
		run = append(run, word.String())
	}
	end()
	return runs
}

// fold maps a full-width form (Ａ, １, ＃) to its ASCII character.
func fold(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		return r - 0xFEE0
	}
	return r
}

// Tokens calls add with every token of text: each unit and each pair of
// neighbouring units in a run. A token may come more than once.
func Tokens(text string, add func(string)) {
	for _, run := range Runs(text) {
		for i, u := range run {
			add(u)
			if i > 0 {
				add(run[i-1] + u)
			}
		}
	}
}

// pairs calls add with the tokens of text that the others follow from: each
// pair of neighbouring units, and each unit alone in its run (expand gives
// back the units of a pair).
func pairs(text string, add func(string)) {
	for _, run := range Runs(text) {
		if len(run) == 1 {
			add(run[0])
		}
		for i := 1; i < len(run); i++ {
			add(run[i-1] + run[i])
		}
	}
}

// expand calls add with a token of pairs and, if it is a pair, its two
// units. A pair holds a Han character (two words are never neighbours)
// and more than one character; a unit alone is a Han character or a word
// without one.
func expand(t string, add func(string)) {
	add(t)
	first, n := utf8.DecodeRuneInString(t)
	if n == len(t) {
		return
	}
	if unicode.Is(unicode.Han, first) {
		add(t[:n])
		add(t[n:])
		return
	}
	last, m := utf8.DecodeLastRuneInString(t)
	if unicode.Is(unicode.Han, last) {
		add(t[:len(t)-m])
		add(t[len(t)-m:])
	}
}
