package page

import (
	"html/template"
	"regexp"
	"strings"
)

// number is a run of digits, joined by hyphens; date a date written out in
// Chinese: year and month, with or without its day, or month and day.
var (
	number = regexp.MustCompile(`[0-9]+(?:-[0-9]+)*`)
	phone  = regexp.MustCompile(`^(?:0[0-9]{2,3}-[0-9]{5,8}|1[3-9][0-9]{9})$`)
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
	var b strings.Builder
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
	last := 0
	for _, m := range dates(text) {
		markPhones(b, text[last:m[0]])
		b.WriteString(`<span class="nb">` + text[m[0]:m[1]] + `</span>`)
		last = m[1]
	}
	markPhones(b, text[last:])
}

// markPhones writes text with its telephone numbers as tel: links.
func markPhones(b *strings.Builder, text string) {
	last := 0
	for _, m := range number.FindAllStringIndex(text, -1) {
		n := text[m[0]:m[1]]
		if !phone.MatchString(n) {
			continue
		}
		b.WriteString(text[last:m[0]])
		b.WriteString(`<a class="tel" href="tel:` + n + `">` + n + `</a>`)
		last = m[1]
	}
	b.WriteString(text[last:])
}

// dates finds the dates keepTogether keeps on one line, as the regular
// expression `[0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?|[0-9]{1,2}月[0-9]{1,2}日`
// would (TestDatesAsTheExpression), without its cost over every run of
// a body's text.
func dates(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		if !isDigit(s, i) {
			continue
		}
		if e := dateAt(s, i); e > 0 {
			out = append(out, [2]int{i, e})
			i = e - 1
		}
	}
	return out
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
