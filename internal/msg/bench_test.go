package msg

import "testing"

// BenchmarkTranslate: a diagnostic, and a text no format makes (the
// slowest: every format is tried).
func BenchmarkTranslate(b *testing.B) {
	for _, c := range []struct{ name, text string }{
		{"known", "content/x.md:4: " + `unknown category "cadres" (did you mean "cadre"?)`},
		{"unknown", "content/x.md:4: something gongkai's catalogue does not know: at all, in any way"},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				Translate(Zh, c.text)
			}
		})
	}
}
