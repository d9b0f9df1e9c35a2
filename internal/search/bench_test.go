package search

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/synth"
)

// benchItems is the number of synthetic items the benchmarks index.
const benchItems = 1000

// benchTexts are the titles and the bodies' text (as markdown.Doc.Text) of
// a synthetic site.
func benchTexts() (titles, texts []string) {
	md := markdown.New(markdown.Options{})
	for _, f := range synth.Files(benchItems, 1) {
		front, body, _ := strings.Cut(string(f.Data)[3:], "+++\n")
		titles = append(titles, front[:strings.IndexByte(front, '\n')])
		texts = append(texts, md.Render([]byte(body), 1, nil).Text)
	}
	return titles, texts
}

// BenchmarkSearchDict numbers the tokens of every body, as the body
// workers of a build do (model.Drop).
func BenchmarkSearchDict(b *testing.B) {
	_, texts := benchTexts()
	b.ReportAllocs()
	for b.Loop() {
		d := NewDict()
		for _, t := range texts {
			d.Add(t)
		}
	}
}

// BenchmarkSearchIndex makes the index of the bodies numbered and every
// shard's bytes, as the website's search files do.
func BenchmarkSearchIndex(b *testing.B) {
	titles, texts := benchTexts()
	d := NewDict()
	words := make([]Words, len(texts))
	for i, t := range texts {
		words[i] = d.Add(t)
	}
	b.ReportAllocs()
	for b.Loop() {
		x := NewIndex(d)
		for i := range texts {
			x.Add(words[i], func(add func(string)) {
				Tokens(titles[i], add)
				add("#c:cadre")
			})
		}
		x.Split(ShardsFor(len(texts)))
	}
}
