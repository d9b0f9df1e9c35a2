package textfit

import (
	"bytes"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/textfit/metricsgen"
)

// TestTableMatchesFont: regenerating the table from the installed fonts
// gives metrics_table.go byte for byte, so the committed table is the
// font's and a font update is noticed.
func TestTableMatchesFont(t *testing.T) {
	for _, p := range metricsgen.Files {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s is not installed (Debian: apt-get install fonts-noto-cjk): the committed table cannot be compared with the font", p)
		}
	}
	src, err := metricsgen.Generate(metricsgen.Files)
	if err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile("metrics_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, committed) {
		t.Errorf("metrics_table.go differs from the installed %s: run go generate ./internal/textfit and review the widths that changed", metricsgen.Family)
	}
}

// TestLatinWidthsAreTheFonts: digits, letters and marks count as Noto Sans
// CJK SC draws them (bold, the wider face), not by class: digits are
// narrower than the class's 0.62 em, m, W and % wider than its 0.8 em.
func TestLatinWidthsAreTheFonts(t *testing.T) {
	for _, c := range []struct {
		r rune
		w float64
	}{{'0', 0.59}, {'7', 0.59}, {' ', 0.23}, {'i', 0.31}, {'m', 0.97}, {'w', 0.87}, {'W', 0.92}, {'M', 0.86}, {'%', 0.97}, {'-', 0.37}, {'.', 0.33}} {
		if w := RuneWidth(c.r); math.Abs(w-c.w) > 1e-9 {
			t.Errorf("%q counts %v em; Noto Sans CJK SC Bold draws it %v em", c.r, w, c.w)
		}
	}
	if w := Width("0999-7654000"); math.Abs(w-(11*0.59+0.37)) > 1e-9 {
		t.Errorf("0999-7654000 counts %v em, want 11 digits of 0.59 and a hyphen of 0.37", w)
	}
	for _, r := range "，。、（）《》“”—…〔〕％" {
		if w := RuneWidth(r); w != 1 && r != '—' {
			t.Errorf("%c counts %v em; the SC face draws it a full em", r, w)
		}
	}
}

// TestDigitsFillTheLine: ten digits and three ideographs take 8.9 em, so
// they fit a line of 9 em (counted at the class's 0.62 em they took 9.2 em
// and a second line).
func TestDigitsFillTheLine(t *testing.T) {
	if n := Lines("共计1234567890元", 9); n != 1 {
		t.Errorf("共计1234567890元 in 9 em takes %d lines, want 1", n)
	}
	if n := Lines("mmmmmmmmmm", 9); n != 1 {
		t.Fatalf("a word is one unit")
	}
	if w := Width("mmmmmmmmmm"); w <= 9 {
		t.Errorf("ten m count %v em; the font draws them 9.7 em", w)
	}
}

// TestFallbackOutsideTheTable: characters the table lacks keep their
// class's width.
func TestFallbackOutsideTheTable(t *testing.T) {
	for _, c := range []struct {
		r rune
		w float64
	}{{'\t', 2}, {'▲', 1}, {'☺', 1.2}, {'Ω', 0.7}, {'中', 1}, {'가', 1}} {
		if w := RuneWidth(c.r); w != c.w {
			t.Errorf("%q counts %v em, want %v", c.r, w, c.w)
		}
	}
}

// TestAnyFontIsByClass: flowcharts, drawn in whatever CJK font a reader's
// computer has, are measured by class as before, not with Noto's advances.
func TestAnyFontIsByClass(t *testing.T) {
	for _, c := range []struct {
		r rune
		w float64
	}{{'1', 0.62}, {'m', 0.8}, {'a', 0.62}, {' ', 0.34}, {'中', 1}, {'，', 1}} {
		if w := AnyFont.RuneWidth(c.r); w != c.w {
			t.Errorf("AnyFont: %q counts %v em, want %v", c.r, w, c.w)
		}
	}
	if AnyFont.Lines("共计1234567890元", 9) != 2 || Noto.Lines("共计1234567890元", 9) != 1 {
		t.Errorf("the two measures wrap 共计1234567890元 in 9 em alike")
	}
	if got := strings.Join(AnyFont.Wrap("ABC-2026-0001号文件", 8), "|"); got != "ABC-2026-0001|号文件" {
		t.Errorf("AnyFont keeps 0001号 together: %s", got)
	}
}
