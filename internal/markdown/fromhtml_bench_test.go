package markdown

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkFromHTML reads the board's power list as board-powers.html
// writes it, 200 and 2,000 rows: the cost per row stays the same.
func BenchmarkFromHTML(b *testing.B) {
	for _, n := range []int{200, 2000} {
		row := partials[1][strings.Index(partials[1], "<tr data-id"):strings.Index(partials[1], "</tbody>")]
		h := strings.Replace(partials[1], row, strings.Repeat(row, n), 1)
		b.Run(fmt.Sprintf("%d-rows", n), func(b *testing.B) {
			for b.Loop() {
				FromHTML(h)
			}
		})
	}
}
