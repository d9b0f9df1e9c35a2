package textfit

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a range of bytes [Start, End) of a text.
type Span struct{ Start, End int }

// Keeps are the keep-together runs of s: pieces a reader reads as one that
// a browser would break (checked in Chromium, line-break normal and auto).
// Textfit measures each as one unit, and boards and kiosks write each in a
// <span class="nb"> their stylesheets set white-space: nowrap, so the
// browser keeps together what the build measured together:
//
//   - numbers joined by hyphens, dashes or tildes, not part of a longer
//     word: telephone numbers 0999-7654000, dates 2026-11-27, times
//     9:00-17:30 and 8:30—12:00, years 2026～2027 (a browser breaks after
//     the hyphen, and before and after the dash);
//   - a number with its unit characters, and a chain of them: dates
//     2026年11月27日, 11月27日, 2026年11月, times 9时30分, amounts
//     3,200万元 (a browser breaks between a number and an ideograph);
//   - a document number (文号): its year and number, 〔2026〕12号,
//     [2026]12号 (a browser breaks after the closing bracket and before
//     号), with the issuer's short name before it, 县政办发〔2026〕12号
//     (up to four ideographs ending in 发, 函, 字…: docPrefix);
//   - a label and its value: a short label (two to six ideographs after
//     a mark or a space) and a colon before any of these, or before a
//     number of three digits or more: 举报电话：0999-7654000, 邮编：330100,
//     公示期：2026年11月23日 (a browser breaks after the colon).
//
// A number alone (12.5%, 3,200, 9:00) needs none: a browser does not break
// it. It reads s once.
func Keeps(s string) []Span {
	var out []Span
	last := 0 // where the last keep ended: a label or a prefix starts no earlier
	for i := 0; i < len(s); {
		if end := docNumber(s, i); end > i {
			start := docPrefix(s, i, last)
			out = append(out, Span{Start: labelStart(s, start, last), End: end})
			i, last = end, end
			continue
		}
		if !isDigit(s[i]) {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		end, skip := numberKeep(s, i, i == 0 || !isWord(s[i-1]))
		start := labelStart(s, i, last)
		if start < i && end <= i && number(s, i)-i >= 3 {
			end = number(s, i) // a number alone after its label
		}
		if end > i {
			out = append(out, Span{Start: start, End: end})
			skip, last = end, end
		}
		i = skip
	}
	return out
}

// labelStart is the start of the label whose value starts at i: a colon
// (： or :) just before i, after two to six ideographs that follow a mark,
// a space, the start of s or floor (the end of the last keep). It is i
// when there is no such label.
func labelStart(s string, i, floor int) int {
	j := i
	switch {
	case strings.HasSuffix(s[floor:i], "："):
		j -= len("：")
	case strings.HasSuffix(s[floor:i], ":"):
		j--
	default:
		return i
	}
	start, n := ideographsBefore(s, j, floor, 7)
	if n < 2 || n > 6 {
		return i
	}
	return start
}

// docPrefix is the start of the issuer's short name before the document
// number at i (县政办发 in 县政办发〔2026〕12号): up to four ideographs, no
// further back than floor, the last of them one that ends such a name.
// It is i when there is none.
func docPrefix(s string, i, floor int) int {
	r, _ := utf8.DecodeLastRuneInString(s[floor:i])
	if !strings.ContainsRune(docEnds, r) {
		return i
	}
	start, _ := ideographsBefore(s, i, floor, 4)
	return start
}

// docEnds end the issuer's short name of a document number.
const docEnds = "发函字办文电令"

// ideographsBefore is the start of the run of CJK ideographs that ends at
// i, going back no further than floor nor over more than most of them, and
// how many it holds: most+1 when the run is longer.
func ideographsBefore(s string, i, floor, most int) (start, n int) {
	start = i
	for start > floor {
		r, size := utf8.DecodeLastRuneInString(s[floor:start])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		if n == most {
			return start, most + 1
		}
		start -= size
		n++
	}
	return start, n
}

// numberKeep is the end of the keep-together run that starts with the
// number at i, or i when there is none; skip is where to look on from.
// Numbers joined by hyphens count only if hyphens is set: not inside a
// longer word (v1.2-3, abc-12). Dashes, and a unit after a number, count
// anywhere, so that the rest of a text from inside a run has its keeps end
// where the run's do.
func numberKeep(s string, i int, hyphens bool) (end, skip int) {
	first := number(s, i)
	end, groups := first, 1
	for {
		j := joiner(s, end, hyphens)
		if j == end || j == len(s) || !isDigit(s[j]) {
			break
		}
		end, groups = number(s, j), groups+1
	}
	if groups == 1 {
		return units(s, i, first), first
	}
	if end == len(s) || !isWord(s[end]) && joiner(s, end, true) == end {
		return units(s, end, end), end
	}
	return i, end
}

// joiner is the end of the mark that joins two numbers at i (a hyphen, a
// dash or a tilde: 0999-7654000, 8:30—12:00, 2026～2027), or i. The
// ASCII ones (- ~) count only with ascii: they continue a Latin word.
func joiner(s string, i int, ascii bool) int {
	for k, j := range joiners {
		if (ascii || k > 1) && strings.HasPrefix(s[i:], j) {
			return i + len(j)
		}
	}
	return i
}

var joiners = []string{"-", "~", "—", "–", "～"}

// units is the end of a chain of numbers and unit characters that starts
// with the number [start, end) (2026年11月27日), or start when no unit
// character follows the number.
func units(s string, start, end int) int {
	last := start
	for {
		u := unitRun(s, end)
		if u == end {
			break
		}
		last = u
		if u == len(s) || !isDigit(s[u]) {
			break
		}
		end = number(s, u)
	}
	return last
}

// unitRun is the end of the unit characters at i (年, 万元), i if none.
func unitRun(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune(unitChars, r) {
			break
		}
		i += size
	}
	return i
}

// unitChars follow a number as its unit: dates and times, and amounts.
const unitChars = "年月日号时点分秒万亿千百元角"

// docNumber is the end of a document number's year and number at i
// (〔2026〕12号, also with 第 before the number), or i.
func docNumber(s string, i int) int {
	if c := s[i]; c != '[' && c != 0xE3 && c != 0xEF { // the first byte of every bracket
		return i
	}
	for _, b := range docBrackets {
		if !strings.HasPrefix(s[i:], b[0]) {
			continue
		}
		j := i + len(b[0])
		y := digitsEnd(s, j)
		if y-j != 4 || !strings.HasPrefix(s[y:], b[1]) {
			return i
		}
		j = y + len(b[1])
		j += len("第") * boolInt(strings.HasPrefix(s[j:], "第"))
		n := digitsEnd(s, j)
		if n == j || !strings.HasPrefix(s[n:], "号") {
			return i
		}
		return n + len("号")
	}
	return i
}

// docBrackets are the brackets written around a document number's year.
var docBrackets = [][2]string{{"〔", "〕"}, {"[", "]"}, {"【", "】"}, {"［", "］"}}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// number is the end of the number at i: digits, with , . or : between
// digits (3,200, 12.5, 9:30).
func number(s string, i int) int {
	i = digitsEnd(s, i)
	for i+1 < len(s) && (s[i] == ',' || s[i] == '.' || s[i] == ':') && isDigit(s[i+1]) {
		i = digitsEnd(s, i+1)
	}
	return i
}

// digitsEnd is the end of the run of digits that starts at i.
func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWord reports whether c continues a Latin word or number.
func isWord(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '.' || c == '/'
}

// Longest is the width of the widest unit of s that a line never breaks:
// a Latin word, a keep-together run, a CJK character (without the marks a
// line carries with it, which Wrap(s, 0) counts too).
func Longest(s string) float64 {
	w := 0.0
	f := NewFlow(s, 0, nil)
	for _, u := range f.units {
		w = max(w, u.w)
	}
	return w
}
