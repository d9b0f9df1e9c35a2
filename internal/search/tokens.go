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
