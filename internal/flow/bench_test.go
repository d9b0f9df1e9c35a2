package flow_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/textfit"
	"github.com/gongkai/gongkai/internal/textfit/textfittest"
)

// BenchmarkFlowLongParagraph builds the runs of one paragraph of chars
// characters from Markdown (with links, bold and telephone numbers),
// wraps it at 25 em and cuts it into parts of 20 lines, writing the HTML
// of every part, as a kiosk cuts a paragraph into slides. It is linear in
// the text: ns/char stays flat from 10,000 to 100,000 characters
// (bench/layout.sh prints the ratios).
func BenchmarkFlowLongParagraph(b *testing.B) {
	md := markdown.New(markdown.Options{})
	for _, chars := range []int{10000, 100000} {
		src := []byte(strings.ReplaceAll(textfittest.Paragraph(chars), "。", "，电话0791-8821520。"))
		b.Run(fmt.Sprintf("chars=%d", chars), func(b *testing.B) {
			b.ReportAllocs()
			out := 0
			for b.Loop() {
				out = cutAll(b, md.Render(src, 1, nil).Blocks[0])
			}
			if out < chars {
				b.Fatalf("%d bytes of HTML for %d characters", out, chars)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(chars), "ns/char")
		})
	}
}

// cutAll cuts the paragraph into parts of 20 lines and returns the length
// of their HTML.
func cutAll(b *testing.B, blk markdown.Block) int {
	if blk.Para == nil {
		b.Fatal("no runs")
	}
	wrap := textfit.NewFlow(blk.Text, 25, nil)
	p, at, off, out := blk.Para, flow.At{}, 0, 0
	for off < len(blk.Text) {
		end, k := off, 0
		for l := range wrap.From(off).Lines() {
			if end, k = l.End, k+1; k == 20 {
				break
			}
		}
		n := nonSpace(blk.Text[off:end])
		if n == 0 {
			break
		}
		var head string
		head, at = p.Cut(at, n, true)
		out += len(head)
		off = end
	}
	return out
}

func nonSpace(s string) int {
	n := 0
	for _, r := range s {
		if r != ' ' && r != '\n' && r != '\u3000' && r != '\t' {
			n++
		}
	}
	return n
}
