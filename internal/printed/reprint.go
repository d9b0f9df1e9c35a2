package printed

import (
	"fmt"
	"strconv"
	"strings"
)

// Reprint is a board with sheets to print again: those whose fingerprint
// is not the ledger's (or that it lacks), or all of them when the ledger
// has no sheet of the board (Never).
type Reprint struct {
	Board  int
	Sheets []int
	Never  bool
}

// Reprints compares the current sheets of the boards with the ledger, in
// the boards' order. A board whose sheets are all as printed is not there.
func Reprints(l *Ledger, current []Sheet) []Reprint {
	printed := map[[2]int]string{}
	boards := map[int]bool{}
	for _, s := range l.Sheets {
		printed[[2]int{s.Board, s.Sheet}] = s.Print
		boards[s.Board] = true
	}
	var out []Reprint
	for _, s := range current {
		if len(out) == 0 || out[len(out)-1].Board != s.Board {
			out = append(out, Reprint{Board: s.Board, Never: !boards[s.Board]})
		}
		r := &out[len(out)-1]
		if !r.Never && printed[[2]int{s.Board, s.Sheet}] != s.Print {
			r.Sheets = append(r.Sheets, s.Sheet)
		}
	}
	kept := out[:0]
	for _, r := range out {
		if r.Never || len(r.Sheets) > 0 {
			kept = append(kept, r)
		}
	}
	return kept
}

// Parts are the reprints as English messages, one a board:
// "board 05 sheet 1", "board 08 sheets 2–3", "board 03 never printed".
func Parts(rs []Reprint) []string {
	var out []string
	for _, r := range rs {
		nn := fmt.Sprintf("%02d", r.Board)
		switch {
		case r.Never:
			out = append(out, fmt.Sprintf("board %s never printed", nn))
		case len(r.Sheets) == 1:
			out = append(out, fmt.Sprintf("board %s sheet %s", nn, ranges(r.Sheets)))
		default:
			out = append(out, fmt.Sprintf("board %s sheets %s", nn, ranges(r.Sheets)))
		}
	}
	return out
}

// ranges writes ascending numbers as runs: "1,3–5".
func ranges(ns []int) string {
	var parts []string
	for i := 0; i < len(ns); {
		j := i
		for j+1 < len(ns) && ns[j+1] == ns[j]+1 {
			j++
		}
		if j == i {
			parts = append(parts, strconv.Itoa(ns[i]))
		} else {
			parts = append(parts, strconv.Itoa(ns[i])+"–"+strconv.Itoa(ns[j]))
		}
		i = j + 1
	}
	return strings.Join(parts, ",")
}
