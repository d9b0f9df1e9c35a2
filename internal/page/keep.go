package page

import (
	"html/template"
	"strings"
)

// WebBody is a rendered body as the website shows it: tables labelled for
// phones (TableLabels), telephone numbers as tel: links and dates in
// <span class="nb">, so that neither is cut at the end of a line. Text in
// links, code and preformatted blocks is left as it is.
func WebBody(h template.HTML) template.HTML {
	return template.HTML(keepTogether(string(TableLabels(h)))) //nolint:gosec // the renderer's HTML, with tags of our own
}

// keepTogether marks telephone numbers and dates in the text of s, which
// is HTML as the Markdown renderer writes it.
func keepTogether(s string) string {
	if !hasDigit(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	skip := 0 // depth inside <a>, <code>, <pre>
	for s != "" {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			lt = len(s)
		}
		if skip == 0 {
			markText(&b, s[:lt])
		} else {
			b.WriteString(s[:lt])
		}
		s = s[lt:]
		if s == "" {
			break
		}
		gt := strings.IndexByte(s, '>')
		if gt < 0 {
			gt = len(s) - 1
		}
		t := s[:gt+1]
		switch name := tagName(t); name {
		case "a", "code", "pre":
			skip++
		case "/a", "/code", "/pre":
			skip = max(skip-1, 0)
		}
		b.WriteString(t)
		s = s[gt+1:]
	}
	return b.String()
}

// tagName is the name of the tag t ("a", "/a"), lower case.
func tagName(t string) string {
	t = strings.TrimPrefix(t, "<")
	end := strings.IndexAny(t, " \t\n/>")
	if strings.HasPrefix(t, "/") {
		end = strings.IndexAny(t[1:], " \t\n>") + 1
	}
	if end <= 0 {
		return ""
	}
	return strings.ToLower(t[:end])
}

// markText writes text with its telephone numbers linked and its dates kept
// together.
func markText(b *strings.Builder, text string) {
	if !hasDigit(text) {
		b.WriteString(text)
		return
	}
	last := 0
	for start, end := nextDate(text, 0); start >= 0; start, end = nextDate(text, end) {
		markPhones(b, text[last:start])
		b.WriteString(`<span class="nb">`)
		b.WriteString(text[start:end])
		b.WriteString(`</span>`)
		last = end
	}
	markPhones(b, text[last:])
}

// markPhones writes text with its telephone numbers as tel: links: of its
// runs of digits joined by hyphens, those that are a number with an area
// code or a mobile number (isPhone), as the regular expressions
// `[0-9]+(?:-[0-9]+)*` and `^(?:0[0-9]{2,3}-[0-9]{5,8}|1[3-9][0-9]{9})$`
// would (TestPhonesAsTheExpression).
func markPhones(b *strings.Builder, text string) {
	last := 0
	for i := 0; i < len(text); {
		if !isDigit(text, i) {
			i++
			continue
		}
		e := numberEnd(text, i)
		if n := text[i:e]; isPhone(n) {
			b.WriteString(text[last:i])
			b.WriteString(`<a class="tel" href="tel:`)
			b.WriteString(n)
			b.WriteString(`">`)
			b.WriteString(n)
			b.WriteString(`</a>`)
			last = e
		}
		i = e
	}
	b.WriteString(text[last:])
}

// numberEnd is the end of the run of digits joined by hyphens at i.
func numberEnd(s string, i int) int {
	for isDigit(s, i) {
		i++
	}
	for i+1 < len(s) && s[i] == '-' && isDigit(s, i+1) {
		for i++; isDigit(s, i); i++ {
		}
	}
	return i
}

// isPhone says whether n, digits joined by hyphens, is a telephone
// number: 0, two or three digits, a hyphen and five to eight digits; or
// 1, a digit from 3 to 9 and nine digits.
func isPhone(n string) bool {
	if len(n) == 11 && n[0] == '1' && n[1] >= '3' && allDigits(n) {
		return true
	}
	area, local, ok := strings.Cut(n, "-")
	return ok && n[0] == '0' && len(area) >= 3 && len(area) <= 4 && len(local) >= 5 && len(local) <= 8 && allDigits(local)
}

// allDigits says whether s is all ASCII digits.
func allDigits(s string) bool {
	for i := range len(s) {
		if !isDigit(s, i) {
			return false
		}
	}
	return true
}

// hasDigit says whether s has an ASCII digit: without one, there is
// neither date nor telephone number to mark.
func hasDigit(s string) bool {
	for i := range len(s) {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// dates finds the dates keepTogether keeps on one line (nextDate).
func dates(s string) [][2]int {
	var out [][2]int
	for start, end := nextDate(s, 0); start >= 0; start, end = nextDate(s, end) {
		out = append(out, [2]int{start, end})
	}
	return out
}

// nextDate finds the first date at or after from, as the regular
// expression `[0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?|[0-9]{1,2}月[0-9]{1,2}日`
// would (TestDatesAsTheExpression), without its cost over every run of
// a body's text; start is -1 when there is none.
func nextDate(s string, from int) (start, end int) {
	for i := from; i < len(s); i++ {
		if !isDigit(s, i) {
			continue
		}
		if e := dateAt(s, i); e > 0 {
			return i, e
		}
	}
	return -1, -1
}

// dateAt is the end of the date starting at i, or -1.
func dateAt(s string, i int) int {
	if i+4 <= len(s) && isDigit(s, i+1) && isDigit(s, i+2) && isDigit(s, i+3) && strings.HasPrefix(s[i+4:], "年") {
		if m := digitsThen(s, i+4+len("年"), "月"); m > 0 {
			if d := digitsThen(s, m, "日"); d > 0 {
				return d
			}
			return m
		}
	}
	if m := digitsThen(s, i, "月"); m > 0 {
		return digitsThen(s, m, "日")
	}
	return -1
}

// digitsThen is the end of one or two digits at i followed by word, or -1.
func digitsThen(s string, i int, word string) int {
	if !isDigit(s, i) {
		return -1
	}
	if isDigit(s, i+1) && strings.HasPrefix(s[i+2:], word) {
		return i + 2 + len(word)
	}
	if strings.HasPrefix(s[i+1:], word) {
		return i + 1 + len(word)
	}
	return -1
}

func isDigit(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }
