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
				out = cutAll(b, md.Render(src, 1, nil).Blocks()[0])
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

// BenchmarkFlowLongTable chooses the column widths of a table of 200 and
// 2,000 rows of five columns, measured as a kiosk measures them, both
// ways (FewestLines for boards, LikeBrowser for kiosks). Its cost is
// linear in the rows: ns/row stays flat, so 10× rows take about 10× the
// time: go test -run '^$' -bench LongTable ./internal/flow
func BenchmarkFlowLongTable(b *testing.B) {
	for _, share := range []struct {
		name string
		s    flow.Sharing
	}{{"FewestLines", flow.FewestLines}, {"LikeBrowser", flow.LikeBrowser}} {
		for _, n := range []int{200, 2000} {
			rows := measure(longTable(n))
			b.Run(fmt.Sprintf("%s/rows=%d", share.name, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if w, stack := flow.Columns(flow.Table{Rows: rows, Pad: 0.7, Slack: 0.2, MaxLeast: 8, Headed: true, Share: share.s}, 40); stack || len(w) != 5 {
						b.Fatalf("widths %v, stack %v", w, stack)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/row")
			})
		}
	}
}

// longTable is a header and n rows of projects whose cells vary in length.
func longTable(n int) [][]string {
	cells := [][]string{{"序号", "项目名称", "建设内容及规模", "责任单位", "形象进度"}}
	for i := range n {
		cells = append(cells, []string{fmt.Sprint(i + 1), "第" + fmt.Sprint(i+1) + "号" + strings.Repeat("重点", i%7+1) + "项目",
			strings.Repeat("标准厂房及配套设施建设，", i%5+1), "县直第" + fmt.Sprint(i%40) + "单位", strings.Repeat("主体封顶", i%3+1)})
	}
	return cells
}
