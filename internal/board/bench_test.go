package board_test

import (
	"testing"

	"github.com/gongkai/gongkai/internal/board"
)

// BenchmarkLayoutExample lays out the example site's ten boards.
func BenchmarkLayoutExample(b *testing.B) {
	s := built(b, "example")
	for b.Loop() {
		if _, err := board.Layout(s.res.Site); err != nil {
			b.Fatal(err)
		}
	}
}
