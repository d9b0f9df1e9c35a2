package printed

import (
	"reflect"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
)

var day = calendar.Date(2026, 11, 27)

// TestLedgerRoundTrip: what Format writes, Parse reads back; Mark replaces
// only the boards it names.
func TestLedgerRoundTrip(t *testing.T) {
	l := &Ledger{}
	cur := []Sheet{{Board: 5, Sheet: 1, Print: "aaaaaaaa"}, {Board: 5, Sheet: 2, Print: "bbbbbbbb"}, {Board: 8, Sheet: 1, Print: "cccccccc"}}
	l.Mark(cur, []int{5, 8}, day)
	cur[0].Print = "dddddddd"
	l.Mark(cur, []int{8}, day.AddDays(1))
	got, err := Parse(l.Format())
	if err != nil {
		t.Fatal(err)
	}
	want := []Sheet{{5, 1, "aaaaaaaa", day}, {5, 2, "bbbbbbbb", day}, {8, 1, "cccccccc", day.AddDays(1)}}
	if !reflect.DeepEqual(got.Sheets, want) {
		t.Errorf("got %v, want %v", got.Sheets, want)
	}
	if !strings.Contains(string(l.Format()), "\n05 1 aaaaaaaa 2026-11-27\n") {
		t.Errorf("format:\n%s", l.Format())
	}
}

// TestParseRefuses names the line that is not a sheet.
func TestParseRefuses(t *testing.T) {
	_, err := Parse([]byte("# note\n05 1 aaaaaaaa 2026-11-27\n05 x\n"))
	if err == nil || !strings.Contains(err.Error(), "boards.printed:3:") {
		t.Errorf("err = %v", err)
	}
}

// TestReprints names exactly the sheets whose fingerprint changed or that
// are new, a board never printed once, and nothing when all is as printed.
func TestReprints(t *testing.T) {
	l := &Ledger{Sheets: []Sheet{{5, 1, "a", day}, {5, 2, "b", day}, {8, 1, "c", day}, {8, 2, "d", day}, {8, 3, "e", day}, {9, 1, "f", day}}}
	cur := []Sheet{{Board: 3, Sheet: 1, Print: "x"}, {Board: 3, Sheet: 2, Print: "y"}, {Board: 5, Sheet: 1, Print: "A"}, {Board: 5, Sheet: 2, Print: "b"},
		{Board: 8, Sheet: 1, Print: "c"}, {Board: 8, Sheet: 2, Print: "D"}, {Board: 8, Sheet: 3, Print: "E"}, {Board: 8, Sheet: 4, Print: "F"}, {Board: 9, Sheet: 1, Print: "f"}}
	got := strings.Join(Parts(Reprints(l, cur)), ", ")
	if want := "board 03 never printed, board 05 sheet 1, board 08 sheets 2–4"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if rs := Reprints(l, l.Sheets); len(rs) != 0 {
		t.Errorf("nothing changed, got %v", rs)
	}
	if got := ranges([]int{1, 3, 4, 5, 7}); got != "1,3–5,7" {
		t.Errorf("ranges = %q", got)
	}
}
