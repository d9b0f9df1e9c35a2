// Package textfit measures and wraps text at build time, so board sheets,
// kiosk slides and flowchart boxes can decide where to break without a
// browser. CJK text is regular: every ideograph and full-width mark is one
// em wide. Latin letters, digits and punctuation are measured with the
// advances of Noto Sans CJK SC, the font boards and kiosks are set in, read
// from the font files into a committed table (metrics_table.go, written by
// `go generate`: the build never reads a font, so its output is the same on
// every machine). Each advance is the wider of the regular and the bold
// face, rounded up to a hundredth of an em; characters the table lacks are
// counted by class at their widest common advance. A measure errs toward
// more lines, never fewer — content is moved to the next sheet rather than
// clipped.
package textfit

//go:generate go run ./gen -o metrics_table.go

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// RuneWidth is the advance of r in em, rounded up: the font's, or its
// class's (classWidth) where the font table lacks r.
func RuneWidth(r rune) float64 {
	if r < 0x100 {
		if a := latinAdvance[r]; a > 0 {
			return float64(a) / 100
		}
	} else if r >= 0x4E00 && r <= 0x9FFF {
		return 1 // CJK unified ideographs: most of any text
	} else if a, ok := fontAdvance[r]; ok {
		return float64(a) / 100
	}
	return classWidth(r)
}

// latinAdvance is fontAdvance for the first 256 characters, read without a
// map look-up; 0 where the table lacks the character.
var latinAdvance = func() (t [0x100]uint16) {
	for r, a := range fontAdvance {
		if r < 0x100 {
			t[r] = a
		}
	}
	return t
}()

// classWidth is the advance of r by its class, for characters the font
// table lacks: Latin at the widest common advance, CJK a full em.
func classWidth(r rune) float64 {
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
	return (r >= 0x4E00 && r <= 0x9FFF) || // CJK unified ideographs, all Han: most of any text, before the table search
		unicode.Is(unicode.Han, r) ||
		(r >= 0x3000 && r <= 0x30FF) || // CJK punctuation, kana
		(r >= 0xFF00 && r <= 0xFF60) || // full-width forms
		(r >= 0xFFE0 && r <= 0xFFE6) ||
		(r >= 0xAC00 && r <= 0xD7A3) || // hangul
		r == '—' || r == '…' || r == '“' || r == '”' || r == '‘' || r == '’' || r == '·' || r == '〔' || r == '〕'
}

// Width is the advance of s in em.
func Width(s string) float64 { return Noto.Width(s) }

// Metrics measures text: the advance of each character in em, and whether
// keep-together runs (Keeps) are one unit.
type Metrics struct {
	rune func(rune) float64
	keep bool
	memo *segMemo // the texts it has cut into units (Flow)
}

var (
	// Noto measures text set in Noto Sans CJK SC, as boards and kiosks
	// are (RuneWidth), which write keep-together runs in spans a browser
	// does not break. Width, Wrap, Lines and NewFlow measure with it.
	Noto = Metrics{rune: RuneWidth, keep: true, memo: newSegMemo(maxSegBytes)}
	// AnyFont measures text a reader's computer sets in whatever CJK font
	// it has (flowcharts name PingFang, YaHei and others before Noto):
	// by class only (classWidth), at the widest common advance. Its lines
	// are the build's own (a flowchart's boxes are narrow), so it keeps
	// no run together beyond a Latin word.
	AnyFont = Metrics{rune: classWidth, memo: newSegMemo(maxSegBytes)}
)

// RuneWidth is the advance of r in em.
func (m Metrics) RuneWidth(r rune) float64 { return m.rune(r) }

// Width is the advance of s in em.
func (m Metrics) Width(s string) float64 {
	w := 0.0
	for _, r := range s {
		w += m.rune(r)
	}
	return w
}

// noStart are marks that may not begin a line (避头): the browser carries
// the character before them down with them. They are the closing marks
// Chromium does not break before with line-break normal or auto (boards,
// kiosks). A dash (—, a run —— is one unit) and the middle dot (·) may
// begin a line there, so they are not among them.
const noStart = "，。、；：？！）》」』】〕〉”’…％］｝．〗〙々・‰℃°′″〞¢%,.;:?!)]}"

// noEnd are marks that may not end a line (避尾): the opening marks, and
// the currency and number signs, Chromium does not break after.
const noEnd = "（《「『【〔〈“‘［｛〖〘〝￥＄$£№([{"

// Wrap breaks s into lines at most width em wide, between any two CJK
// characters or at spaces between Latin words, keeping the CJK line-breaking
// rules for punctuation. Newlines in s always break. (The rule itself is
// Tail.next.)
func Wrap(s string, width float64) []string { return Noto.Wrap(s, width) }

// Wrap is Wrap measuring with m.
func (m Metrics) Wrap(s string, width float64) []string {
	var out []string
	for l := range m.NewFlow(s, width, nil).From(0).Lines() {
		out = append(out, valid(s[l.Start:l.End]))
	}
	return out
}

// Lines is the number of lines s takes at width em.
func Lines(s string, width float64) int { return Noto.Lines(s, width) }

// Lines is Lines measuring with m.
func (m Metrics) Lines(s string, width float64) int {
	n := 0
	for range m.NewFlow(s, width, nil).From(0).Lines() {
		n++
	}
	return n
}

// valid writes each byte of s that is not UTF-8 as U+FFFD, as ranging over
// s reads it.
func valid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r)
	}
	return b.String()
}
