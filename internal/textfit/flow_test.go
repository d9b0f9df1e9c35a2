package textfit

import (
	"math"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// pieces are what random texts are made of: CJK, the marks that may not
// start or end a line, Latin words, spaces of every kind (a double space,
// a tab, U+3000, a no-break space starting a word), newlines, a word
// wider than any line, a byte that is not UTF-8, and the makings of
// keep-together runs (numbers, hyphens, unit characters, the brackets of
// document numbers).
var pieces = []string{"政", "务", "公", "开", "，", "。", "、", "”", "“", "（", "）", "《", "》", "…", "—",
	"abc", "PPP", "2026", "年", "Word,", " ", " ", "  ", "\t", "\u3000", "\u00a0x", "\n", "\n\n",
	"https://www.example.gov.cn/a/very/long/path.html", "\xff", "%", "(", "●",
	"12", "3,200", "9:30", "-", "月", "日", "号", "万元", "〔", "〕", "第", "·", "％", "$"}

func randomText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(pieces[r.Intn(len(pieces))])
	}
	return b.String()
}

// rows is the board's count: a line wider than the width takes the rows
// the browser breaks it into.
func rowsAt(width float64) func(string) int {
	return func(l string) int { return max(1, int(math.Ceil(Width(l)/width-1e-9))) }
}

// TestFlowTailsWrapAsTheirOwnText: the tail of a Flow from any offset has
// exactly the lines and rows of its text wrapped anew (the reference is
// the rule as Wrap wrote it before Flow), whatever the tails asked before.
func TestFlowTailsWrapAsTheirOwnText(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for round := range 3000 {
		s := randomText(r, r.Intn(80))
		width := []float64{0.5, 1, 1.7, 2, 3, 5.5, 8, 20}[r.Intn(8)]
		f := NewFlow(s, width, rowsAt(width))
		var offs []int
		for i := range s {
			offs = append(offs, i)
		}
		offs = append(offs, len(s))
		r.Shuffle(len(offs), func(i, j int) { offs[i], offs[j] = offs[j], offs[i] })
		for _, off := range offs[:min(len(offs), 12)] {
			want := refWrap(s[off:], width)
			tail := f.From(off)
			var got []string
			rows := 0
			for l := range tail.Lines() {
				got = append(got, valid(s[l.Start:l.End]))
				rows += l.Rows
			}
			if !slices.Equal(got, want) {
				t.Fatalf("round %d: %q from %d at %g em:\n got %q\nwant %q", round, s, off, width, got, want)
			}
			wantRows := 0
			for _, l := range want {
				wantRows += rowsAt(width)(l)
			}
			if n := tail.Rows(); n != wantRows || rows != wantRows {
				t.Fatalf("round %d: %q from %d at %g em: Rows %d, lines' rows %d, want %d", round, s, off, width, n, rows, wantRows)
			}
		}
	}
}

// TestWrapIsTheReference: Wrap and Lines give the reference's lines, also
// for text that is not UTF-8.
func TestWrapIsTheReference(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for range 2000 {
		s := randomText(r, r.Intn(60))
		width := 1 + r.Float64()*12
		if got, want := Wrap(s, width), refWrap(s, width); !slices.Equal(got, want) {
			t.Fatalf("%q at %g em:\n got %q\nwant %q", s, width, got, want)
		}
		if got, want := Lines(s, width), len(refWrap(s, width)); got != want {
			t.Fatalf("%q at %g em: %d lines, want %d", s, width, got, want)
		}
	}
	if !utf8.ValidString(strings.Join(Wrap("a\xffb 政\xfe", 2), "")) {
		t.Error("Wrap returned bytes that are not UTF-8")
	}
}
