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
	date   = regexp.MustCompile(`[0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?|[0-9]{1,2}月[0-9]{1,2}日`)
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
	for _, m := range date.FindAllStringIndex(text, -1) {
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
