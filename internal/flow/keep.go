package flow

import "strings"

// keepOpen and keepClose wrap a keep-together run.
const (
	keepOpen  = `<span class="nb">`
	keepClose = `</span>`
)

// Span is a range of bytes [Start, End) of a text.
type Span struct{ Start, End int }

// Keeps are the keep-together runs of s: ASCII digit groups joined by
// hyphens (0999-7654000, 2026-11-27), not part of a longer word. It reads
// s once.
func Keeps(s string) []Span {
	var out []Span
	for i := 0; i < len(s); {
		if !isDigit(s[i]) || i > 0 && isWord(s[i-1]) {
			i++
			continue
		}
		end, groups := digits(s, i), 1
		for end+1 < len(s) && s[end] == '-' && isDigit(s[end+1]) {
			end, groups = digits(s, end+1), groups+1
		}
		if groups > 1 && (end == len(s) || !isWord(s[end]) && s[end] != '-') {
			out = append(out, Span{Start: i, End: end})
		}
		i = end
	}
	return out
}

// digits is the end of the run of digits that starts at i.
func digits(s string, i int) int {
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

// writeText writes s escaped as the Markdown renderer escapes text, with
// keep-together runs wrapped when keep is set.
func writeText(b *strings.Builder, s string, keep bool) {
	if !keep {
		escape(b, s)
		return
	}
	last := 0
	for _, k := range Keeps(s) {
		escape(b, s[last:k.Start])
		b.WriteString(keepOpen)
		b.WriteString(s[k.Start:k.End])
		b.WriteString(keepClose)
		last = k.End
	}
	escape(b, s[last:])
}

// escape writes s with &, <, > and " escaped, as goldmark does.
func escape(b *strings.Builder, s string) {
	for {
		i := strings.IndexAny(s, `&<>"`)
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		switch s[i] {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteString("&quot;")
		}
		s = s[i+1:]
	}
}

// Escaped is s escaped as text (see escape): a run whose HTML is this is a
// text run that can be cut anywhere.
func Escaped(s string) string {
	var b strings.Builder
	escape(&b, s)
	return b.String()
}

// Plain reports whether after, what a renderer wrote after a run's text,
// is only white space and line breaks, which a cut may drop.
func Plain(after string) bool {
	return strings.TrimSpace(strings.ReplaceAll(after, "<br>", "")) == ""
}

// WriteKept writes text that is already HTML with its keep-together runs
// wrapped (a character reference is never one: its digits follow "#").
func WriteKept(b *strings.Builder, html string) {
	last := 0
	for _, k := range Keeps(html) {
		b.WriteString(html[last:k.Start])
		b.WriteString(keepOpen)
		b.WriteString(html[k.Start:k.End])
		b.WriteString(keepClose)
		last = k.End
	}
	b.WriteString(html[last:])
}
