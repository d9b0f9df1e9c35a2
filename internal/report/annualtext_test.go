package report

import (
	"bytes"
	"strings"
	"testing"
)

// TestAnnualText: the office's words replace the placeholders of the parts
// it writes; the others keep theirs; a heading that names no part, a part
// written twice, or text before the first heading is an error at its line.
func TestAnnualText(t *testing.T) {
	parts, diags := ParseAnnualText("records/annual-2026.md", []byte("## 五、存在的主要问题及改进情况\n\n公开栏更新不够及时。\n"))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	a := annual2026(t, "2027-01-20")
	a.Text = parts
	var md bytes.Buffer
	if err := a.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## 五、存在的主要问题及改进情况\n\n公开栏更新不够及时。\n", "## 一、总体情况\n\n（请填写"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, md.String())
		}
	}
	for _, c := range []struct {
		text string
		line int
		msg  string
	}{
		{"## 一、总体情况\n概述。\n## 二、主动公开\n", 3, "no part of the annual report"},
		{"## 一、总体情况\n概述。\n## 一、总体情况\n", 3, "written twice"},
		{"\n概述。\n## 一、总体情况\n", 2, "begin the file with a heading"},
	} {
		_, diags := ParseAnnualText("records/annual-2026.md", []byte(c.text))
		if len(diags) != 1 || diags[0].Line != c.line || !strings.Contains(diags[0].Msg, c.msg) {
			t.Errorf("%q: %v, want one error at line %d saying %q", c.text, diags, c.line, c.msg)
		}
	}
}
