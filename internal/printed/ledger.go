package printed

import (
	"bufio"
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
)

// File is the ledger's name in the site folder.
const File = "boards.printed"

// Sheet is one line of the ledger: a sheet of a board, its fingerprint,
// and the day it was printed (zero for a board's current sheet).
type Sheet struct {
	Board, Sheet int
	Print        string
	Day          calendar.Day
}

// Ledger is the sheets printed, by board and sheet.
type Ledger struct{ Sheets []Sheet }

// Parse reads a ledger; an error names the line and says what to write.
func Parse(data []byte) (*Ledger, error) {
	l := &Ledger{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		s, ok := parseLine(line)
		if !ok {
			return nil, fmt.Errorf("%s:%d: %q is not a sheet printed; write the board, the sheet, its fingerprint and the day, as 05 1 3f9a0c12 2026-11-27, or run gongkai boards printed", File, n, line)
		}
		l.Sheets = append(l.Sheets, s)
	}
	l.sort()
	return l, sc.Err()
}

// parseLine reads "05 1 3f9a0c12 2026-11-27".
func parseLine(line string) (Sheet, bool) {
	f := strings.Fields(line)
	if len(f) != 4 {
		return Sheet{}, false
	}
	b, err1 := strconv.Atoi(f[0])
	s, err2 := strconv.Atoi(f[1])
	d, err3 := calendar.Parse(f[3])
	if err1 != nil || err2 != nil || err3 != nil || b < 1 || s < 1 || f[2] == "" {
		return Sheet{}, false
	}
	return Sheet{Board: b, Sheet: s, Print: f[2], Day: d}, true
}

func (l *Ledger) sort() {
	slices.SortStableFunc(l.Sheets, func(a, b Sheet) int {
		if a.Board != b.Board {
			return a.Board - b.Board
		}
		return a.Sheet - b.Sheet
	})
}

// Format writes the ledger, with a comment saying what it is.
func (l *Ledger) Format() []byte {
	var b bytes.Buffer
	b.WriteString("# 公开栏打印记录（由 gongkai boards printed 写入）：每行一张，依次为公开栏编号、第几张、内容码、打印日期\n")
	for _, s := range l.Sheets {
		fmt.Fprintf(&b, "%02d %d %s %s\n", s.Board, s.Sheet, s.Print, s.Day)
	}
	return b.Bytes()
}

// Mark records the current sheets of the given boards as printed on day,
// in place of what the ledger said of those boards.
func (l *Ledger) Mark(current []Sheet, boards []int, day calendar.Day) {
	l.Sheets = slices.DeleteFunc(l.Sheets, func(s Sheet) bool { return slices.Contains(boards, s.Board) })
	for _, s := range current {
		if slices.Contains(boards, s.Board) {
			s.Day = day
			l.Sheets = append(l.Sheets, s)
		}
	}
	l.sort()
}
