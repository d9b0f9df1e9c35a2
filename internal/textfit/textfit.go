// Package textfit measures and wraps text at build time, so board sheets,
// kiosk slides and flowchart boxes can decide where to break without a
// browser. CJK text is regular: every ideograph and full-width mark is one
// em wide. Latin letters and digits vary by font; they are counted at their
// widest common advance, so a measure errs toward more lines, never fewer —
// content is moved to the next sheet rather than clipped.
package textfit

import (
	"strings"
	"unicode"
)

// RuneWidth is the advance of r in em, rounded up.
func RuneWidth(r rune) float64 {
	switch {
	case r == '\t':
		return 2
	case r == ' ':
		return 0.34
	case r < 0x80:
		if unicode.IsUpper(r) || r == 'm' || r == 'w' || r == '@' || r == '%' {
			return 0.8
		}
		return 0.62
	case isWide(r):
		return 1
	case r >= 0x2600 && r <= 0x26FF && wideSymbols[r]:
		return 1.2
	case fullWidthSymbol(r):
		return 1
	}
	return 0.7
}

// fullWidthSymbol reports whether CJK fonts draw r a full em wide, though
// it is no CJK character: geometric shapes (▲■●◆, the risk levels' mark),
// stars and other symbols (★☆☎), circled and bracketed numbers (①⑴),
// arrows, box drawing, Roman numerals, ※ ℃ № × ÷ and enclosed CJK (㈠㊀㎡).
// Measured in Noto Sans CJK SC: most are exactly 1 em, a few narrower
// (counting them wide only breaks a line early, never lets one overflow).
func fullWidthSymbol(r rune) bool {
	return r >= 0x25A0 && r <= 0x25FF || // geometric shapes
		r >= 0x2600 && r <= 0x26FF || // miscellaneous symbols
		r >= 0x2460 && r <= 0x24FF || // enclosed alphanumerics
		r >= 0x2500 && r <= 0x257F || // box drawing
		r >= 0x2190 && r <= 0x21FF || // arrows
		r >= 0x2160 && r <= 0x218F || // number forms: Ⅰ Ⅱ Ⅲ
		r >= 0x2100 && r <= 0x214F || // letterlike symbols: ℃ №
		r >= 0x3200 && r <= 0x33FF || // enclosed CJK letters, CJK compatibility
		r >= 0xFE30 && r <= 0xFE4F || // CJK compatibility forms
		r == '※' || r == '×' || r == '÷'
}

// wideSymbols are the few miscellaneous symbols drawn wider than an em
// (up to 1.17 em): faces, and the pictographs of 26A3–26A4.
var wideSymbols = map[rune]bool{0x260D: true, 0x2639: true, 0x263A: true, 0x263B: true, 0x26A3: true, 0x26A4: true}

// isWide reports whether r is a full-width character: CJK ideographs, kana,
// hangul, full-width forms and CJK punctuation.
func isWide(r rune) bool {
	return unicode.Is(unicode.Han, r) ||
		(r >= 0x3000 && r <= 0x30FF) || // CJK punctuation, kana
		(r >= 0xFF00 && r <= 0xFF60) || // full-width forms
		(r >= 0xFFE0 && r <= 0xFFE6) ||
		(r >= 0xAC00 && r <= 0xD7A3) || // hangul
		r == '—' || r == '…' || r == '“' || r == '”' || r == '‘' || r == '’' || r == '·' || r == '〔' || r == '〕'
}

// Width is the advance of s in em.
func Width(s string) float64 {
	w := 0.0
	for _, r := range s {
		w += RuneWidth(r)
	}
	return w
}

// noStart are marks that may not begin a line (避头): the browser carries
// the character before them down with them.
const noStart = "，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}"

// noEnd are marks that may not end a line (避尾).
const noEnd = "（《「『【〔〈“‘([{"

// Wrap breaks s into lines at most width em wide, between any two CJK
// characters or at spaces between Latin words, keeping the CJK line-breaking
// rules for punctuation. Newlines in s always break.
func Wrap(s string, width float64) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		out = append(out, wrapLine(para, width)...)
	}
	return out
}

// Lines is the number of lines s takes at width em.
func Lines(s string, width float64) int { return len(Wrap(s, width)) }

func wrapLine(s string, width float64) []string {
	units := segment(s)
	if len(units) == 0 {
		return []string{""}
	}
	var lines []string
	var cur []string
	w := 0.0
	for i := 0; i < len(units); i++ {
		u := units[i]
		uw := Width(u)
		if w+uw <= width || len(cur) == 0 {
			cur = append(cur, u)
			w += uw
			continue
		}
		// u does not fit. If it may not start a line, carry the last unit down with it.
		if strings.ContainsAny(firstRune(u), noStart) && len(cur) > 1 {
			last := cur[len(cur)-1]
			cur = cur[:len(cur)-1]
			lines = append(lines, strings.TrimRight(strings.Join(cur, ""), " "))
			cur, w = []string{last, u}, Width(last)+uw
			continue
		}
		// The line may not end with an opening mark: move it down too.
		if n := len(cur); n > 1 && strings.ContainsAny(lastRune(cur[n-1]), noEnd) {
			last := cur[n-1]
			lines = append(lines, strings.TrimRight(strings.Join(cur[:n-1], ""), " "))
			cur, w = []string{last, u}, Width(last)+uw
			continue
		}
		lines = append(lines, strings.TrimRight(strings.Join(cur, ""), " "))
		if u == " " {
			cur, w = nil, 0
			continue
		}
		cur, w = []string{u}, uw
	}
	if len(cur) > 0 {
		lines = append(lines, strings.TrimRight(strings.Join(cur, ""), " "))
	}
	return lines
}

// segment splits s into unbreakable units: one per CJK character, one per
// Latin word (with its trailing punctuation), one per space.
func segment(s string) []string {
	var units []string
	var word strings.Builder
	flush := func() {
		if word.Len() > 0 {
			units = append(units, word.String())
			word.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t':
			flush()
			units = append(units, string(r))
		case isWide(r) || r >= 0x2E80:
			flush()
			units = append(units, string(r))
		default:
			word.WriteRune(r)
		}
	}
	flush()
	return units
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

func lastRune(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}
