package board

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/textfit"
)

// TestFooterLines: at every width from an A4 footer's to an A0's, the
// footer's lines hold every field, in order, none wider than the line; a
// label is always followed on its line by the start of its value, and a
// telephone number is never broken.
func TestFooterLines(t *testing.T) {
	cb := &config.Board{Number: 5, Location: "县委大院东侧公开栏"}
	fs := footerFields(cb, []Field{
		{Label: "反馈电话", Value: "0791-8812345（工作日 8:30—12:00，14:30—17:30）"},
		{Label: "电子邮箱", Value: "gongkai@qingshan.example.gov.cn"},
		{Label: "来信地址", Value: "青山县人民路1号县委办公室党务政务公开办（邮编 330100）"},
		{Label: "依申请公开", Value: "公民、法人和其他组织可以书面形式向县委办公室党务政务公开办申请公开，我们将在20个工作日内答复。"},
	})
	var want strings.Builder
	for _, f := range fs {
		want.WriteString(fieldText(f))
	}
	for width := 26.0; width <= 120; width += 0.5 {
		var got strings.Builder
		for _, line := range footerLines(fs, width) {
			text := ""
			for _, s := range line {
				if s.Sep {
					text += "\u3000"
				}
				if s.Label != "" {
					if s.Value == "" {
						t.Fatalf("width %g: label %s ends its line without its value", width, s.Label)
					}
					text += s.Label + "："
					got.WriteString(s.Label + "：")
				}
				text += s.Value
				got.WriteString(strings.ReplaceAll(s.Value, " ", ""))
			}
			if strings.Contains(text, "0791") != strings.Contains(text, "0791-8812345") || strings.HasPrefix(strings.TrimLeft(text, "\u3000"), "8812345") {
				t.Errorf("width %g: the telephone number is broken at line %q", width, text)
			}
			if textfit.Width(text) > width+1e-9 {
				t.Errorf("width %g: line %q is wider", width, text)
			}
		}
		if g, w := got.String(), strings.ReplaceAll(want.String(), " ", ""); g != w {
			t.Fatalf("width %g: the lines hold\n%s\nwant\n%s", width, g, w)
		}
	}
}
