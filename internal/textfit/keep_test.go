package textfit

import (
	"strings"
	"testing"
)

// TestKeepsAreOneUnit: dates, times, amounts and document numbers are
// measured as one unit, so a narrow line takes them whole where it would
// have broken them between a number and its unit character.
func TestKeepsAreOneUnit(t *testing.T) {
	for _, c := range []struct{ text, kept string }{
		{"黎政发〔2026〕12号文件", "黎政发〔2026〕12号"},
		{"根据县政办发〔2026〕12号文件", "县政办发〔2026〕12号"},
		{"见〔2026〕12号文件", "〔2026〕12号"},
		{"文号：县政办发〔2026〕12号", "文号：县政办发〔2026〕12号"},
		{"，举报电话：0999-7654000。", "举报电话：0999-7654000"},
		{"邮编：330100）", "邮编：330100"},
		{"（公示期：2026年11月23日至", "公示期：2026年11月23日"},
		{"请拨打县纪委监委举报电话：0999-7654000", "0999-7654000"}, // a long phrase is no label
		{"自2026年11月27日起施行", "2026年11月27日"},
		{"截至11月27日", "11月27日"},
		{"于2026年11月底", "2026年11月"},
		{"办公时间9:00-17:30", "9:00-17:30"},
		{"工作日8:30—12:00，", "8:30—12:00"},
		{"2026～2027年度", "2026～2027年"},
		{"共3,200万元整", "3,200万元"},
		{"电话0999-7654000。", "0999-7654000"},
	} {
		lines := Wrap(c.text, Width(c.kept))
		if !strings.Contains(strings.Join(lines, "|"), c.kept) {
			t.Errorf("%s at %v em: %q breaks %s", c.text, Width(c.kept), lines, c.kept)
		}
		if w := Longest(c.text); w != Width(c.kept) {
			t.Errorf("Longest(%s) = %v, want the width of %s, %v", c.text, w, c.kept, Width(c.kept))
		}
	}
}

// TestKeepsOnlyWhereABrowserBreaks: a number alone, with % or a decimal
// point, is no keep-together run (Chromium never breaks it); nor are a
// version's digits or a character reference.
func TestKeepsOnlyWhereABrowserBreaks(t *testing.T) {
	for _, s := range []string{"增长12.5%", "共3,200人", "9:00开始", "v1.2-3", "abc-12", "&#12345;", "〔2026〕", "〔2026〕12"} {
		if k := Keeps(s); len(k) > 0 {
			t.Errorf("Keeps(%q) = %q, want none", s, s[k[0].Start:k[0].End])
		}
	}
}

// TestLineBreakingMarksAsChromium: the marks Chromium does not break before
// (％ ］ ℃ ‰ …) never start a line, those it does not break after (［ ￥ №)
// never end one; a dash and a middle dot may start a line, but a run of
// dashes is never broken.
func TestLineBreakingMarksAsChromium(t *testing.T) {
	for _, c := range []struct {
		text  string
		width float64
		want  string
	}{
		{"一二三％", 3, "一二|三％"},
		{"一二三］", 3, "一二|三］"},
		{"一二三℃", 3, "一二|三℃"},
		{"一二［三", 3, "一二|［三"},
		{"一二￥三", 3, "一二|￥三"},
		{"一二三—四", 3, "一二三|—四"},
		{"一二三·四", 3, "一二三|·四"},
		{"一二——四", 3, "一二|——四"},
		{"一二——四", 2.5, "一二|——|四"},
		// the date may not start a line after "（", nor "，" after the date:
		// both go down with it, as in Chromium
		{"一二（8:30—12:00，", 2 + 1 + Width("8:30—12:00") + 0.5, "一二|（8:30—12:00，"},
	} {
		if got := strings.Join(Wrap(c.text, c.width), "|"); got != c.want {
			t.Errorf("Wrap(%s, %v) = %s, want %s", c.text, c.width, got, c.want)
		}
	}
}
