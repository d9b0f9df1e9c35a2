package page

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"testing"
)

// TestDatesAsTheExpression: dates finds what the regular expression it
// replaces finds, on texts made of the pieces dates are made of.
func TestDatesAsTheExpression(t *testing.T) {
	re := regexp.MustCompile(`[0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?|[0-9]{1,2}月[0-9]{1,2}日`)
	pieces := []string{"1", "2", "0", "9", "年", "月", "日", "至", "-", " ", "号", "2026", "11", "a"}
	r := rand.New(rand.NewPCG(1, 2))
	texts := []string{"", "2026年11月23日", "11月23日至12月1日", "12026年1月2日", "2026年1月", "2026年123月", "1982年7月生", "0791-8812000"}
	for range 20000 {
		var s string
		for range r.IntN(14) {
			s += pieces[r.IntN(len(pieces))]
		}
		texts = append(texts, s)
	}
	for _, s := range texts {
		var want [][2]int
		for _, m := range re.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		if got := dates(s); !slices.Equal(got, want) {
			t.Fatalf("dates(%q) = %v, the expression finds %v", s, got, want)
		}
	}
}
