package textfit

import (
	"strings"
	"testing"
	"unicode"
)

func TestWrapCJKByWidth(t *testing.T) {
	lines := Wrap("一二三四五六七八九十一二三", 5)
	want := []string{"一二三四五", "六七八九十", "一二三"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("got %q", lines)
	}
}

func TestPunctuationNeverStartsALine(t *testing.T) {
	lines := Wrap("一二三四五，六七", 5)
	for _, l := range lines[1:] {
		if strings.ContainsAny(firstRune(l), noStart) {
			t.Errorf("line starts with closing mark: %q", lines)
		}
	}
	if strings.Join(lines, "") != "一二三四五，六七" {
		t.Errorf("text lost: %q", lines)
	}
}

func TestLatinWordsStayWhole(t *testing.T) {
	lines := Wrap("电话 0791-8812345 邮箱", 6)
	for _, l := range lines {
		if strings.Contains(l, "0791") && !strings.Contains(l, "0791-8812345") {
			t.Errorf("number split across lines: %q", lines)
		}
		if Width(l) > 6 && !strings.Contains(l, "0791-8812345") {
			t.Errorf("line %q wider than 6em", l)
		}
	}
}

func TestEveryLineFits(t *testing.T) {
	text := strings.Repeat("根据《党政领导干部选拔任用工作条例》，经县委常委会研究，拟任王建国同志为青石镇党委书记（正科级）。", 5)
	for _, w := range []float64{7, 13, 22.5, 40} {
		for _, l := range Wrap(text, w) {
			if Width(l) > w+1 { // a carried-down character may add one em
				t.Errorf("width %v: line %q is %v em", w, l, Width(l))
			}
		}
	}
}

// TestSymbolsCJKFontsDrawWide: shapes, stars, circled numbers and the like
// take a full em in CJK fonts (measured in Noto Sans CJK SC), so a line of
// them is counted as wide as the browser draws it: ▲ marks risk levels on
// every channel.
func TestSymbolsCJKFontsDrawWide(t *testing.T) {
	for _, r := range "▲△▼■□●○◎◆◇★☆☎①⑳⑴Ⅲ→※℃№×÷㈠㎡" {
		if w := RuneWidth(r); w < 1 {
			t.Errorf("%c (U+%04X) counts %v em; CJK fonts draw it 1 em wide", r, r, w)
		}
	}
	for _, r := range "☺☹⚤" {
		if w := RuneWidth(r); w < 1.17 {
			t.Errorf("%c (U+%04X) counts %v em; Noto Sans CJK draws it wider than 1 em", r, r, w)
		}
	}
	// two risk levels in 7.5 em: 8 em drawn, so two lines, not one
	if n := Lines("▲高风险▲中风险", 7.5); n != 2 {
		t.Errorf("▲高风险▲中风险 in 7.5 em takes %d lines, want 2", n)
	}
}

// TestIdeographsAreHan: isWide takes the block of CJK unified ideographs
// as wide before it searches the Han table; every character of the block
// is Han, so the shortcut measures nothing differently.
func TestIdeographsAreHan(t *testing.T) {
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if !unicode.Is(unicode.Han, r) {
			t.Fatalf("U+%04X is not Han: isWide's shortcut would measure it wide", r)
		}
	}
}
