package page_test

import (
	"html/template"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/synth"
)

// BenchmarkWebBody makes the website's form of every rendered body of a
// synthetic site (tables labelled, telephone numbers linked, dates kept
// together), as the item pages do.
func BenchmarkWebBody(b *testing.B) {
	md := markdown.New(markdown.Options{})
	var bodies []template.HTML
	for _, f := range synth.Files(1000, 1) {
		_, body, _ := strings.Cut(string(f.Data)[3:], "+++\n")
		bodies = append(bodies, md.Render([]byte(body), 1, nil).HTML)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, h := range bodies {
			page.WebBody(h)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(bodies)), "ns/body")
}
