package flow

import (
	"strings"

	"github.com/gongkai/gongkai/internal/textfit"
)

// keepOpen and keepClose wrap a keep-together run.
const (
	keepOpen  = `<span class="nb">`
	keepClose = `</span>`
)

// Span is a range of bytes [Start, End) of a text.
type Span = textfit.Span

// Keeps are the keep-together runs of s (textfit.Keeps: numbers joined by
// hyphens, dates such as 2026年11月27日, amounts such as 3,200万元, the
// year and number of 〔2026〕12号), which textfit measures as one unit. It
// reads s once.
func Keeps(s string) []Span { return textfit.Keeps(s) }

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
// wrapped (a character reference is never one: its digits end in ";").
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
