package markdown

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/synth"
)

// BenchmarkRenderSynth renders the bodies of a synthetic site of 200
// items, HTML and text, as the build's body workers do.
func BenchmarkRenderSynth(b *testing.B) {
	var srcs [][]byte
	for _, f := range synth.Files(200, 1) {
		_, body, _ := strings.Cut(string(f.Data)[3:], "+++\n")
		srcs = append(srcs, []byte(body))
	}
	r := New(Options{})
	b.ReportAllocs()
	for b.Loop() {
		for _, src := range srcs {
			r.Render(src, 1, nil)
		}
	}
}
