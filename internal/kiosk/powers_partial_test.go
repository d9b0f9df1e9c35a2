package kiosk

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/markdown"
)

// TestPowersPartialReadsAsMarkdownDid: the default kiosk-powers.html,
// read back as blocks, gives what the Markdown kiosk/powers.go used to
// generate gave (the same kinds, texts, cells, and HTML of every heading
// and list item), for fields with markup characters, references, a
// telephone number (kept on one line) and a step list not starting at 1.
func TestPowersPartialReadsAsMarkdownDid(t *testing.T) {
	odd := `a<b> & "c" 'd' +1 *e* \f`
	x := Extras{
		Steps: []Step{{Number: 2, Name: "受理" + odd, Actor: "窗口", Conditions: "材料齐全", Target: "申请人",
			TimeLimit: "1个工作日", Requirements: "咨询电话0791-8812380"}, {Number: 3, Name: "审查"}},
		Risks: []Risk{{Word: "高", Description: odd, Post: "科长",
			Measures: []Measure{{Kind: "制度", Text: "两人审核"}, {Kind: "监督", Text: odd}}}},
		Stages: []Stage{{Label: "调查研究", State: "已完成", Start: "2026年7月1日", End: "2026年10月15日", Summary: odd},
			{Label: "风险评估", State: "未开始"}},
	}
	h, err := defaultTheme(t).Partial("kiosk-display", "kiosk-powers.html", x)
	if err != nil {
		t.Fatal(err)
	}
	got := markdown.FromHTML(string(h))
	want := markdown.New(markdown.Options{}).Render([]byte(oldMarkdown(x)), 1, func(string, int) (string, bool) { return "", false }).Blocks()
	if len(got) != len(want) {
		t.Fatalf("%d blocks, want %d:\n%s", len(got), len(want), h)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Kind != w.Kind || g.Level != w.Level || g.Start != w.Start || g.Text != w.Text || !reflect.DeepEqual(g.Cells, w.Cells) || len(g.Items) != len(w.Items) {
			t.Errorf("block %d:\n got %s %d %d %q %q %d items\nwant %s %d %d %q %q %d items", i,
				g.Kind, g.Level, g.Start, g.Text, g.Cells, len(g.Items), w.Kind, w.Level, w.Start, w.Text, w.Cells, len(w.Items))
			continue
		}
		if w.Para != nil && (g.Para == nil || whole(g.Para) != whole(w.Para)) {
			t.Errorf("block %d writes %q, want %q", i, whole(g.Para), whole(w.Para))
		}
		for j := range w.Items {
			if gi, wi := g.Items[j], w.Items[j]; gi.Text != wi.Text || gi.Para == nil || whole(gi.Para) != whole(wi.Para) {
				t.Errorf("block %d item %d: %q writes %q, want %q writing %q", i, j, gi.Text, whole(gi.Para), wi.Text, whole(wi.Para))
			}
		}
	}
	if !strings.Contains(string(whole(got[1].Items[0].Para)), `<span class="nb">0791-8812380</span>`) {
		t.Errorf("the telephone number may break: %s", whole(got[1].Items[0].Para))
	}
}

// oldMarkdown is the Markdown kiosk/powers.go generated before the
// partial, for x, its headings at level 2 as the partial's now are: they
// follow the screen's h1, and a heading level must not be skipped.
func oldMarkdown(x Extras) string {
	var md strings.Builder
	if len(x.Steps) > 0 {
		md.WriteString("## 运行环节\n\n")
		for _, st := range x.Steps {
			fmt.Fprintf(&md, "%d. **%s**　主体：%s；条件：%s；目标：%s；时限：%s；要求：%s\n", st.Number, markdown.Text(st.Name),
				markdown.Text(st.Actor), markdown.Text(st.Conditions), markdown.Text(st.Target), markdown.Text(st.TimeLimit), markdown.Text(st.Requirements))
		}
		md.WriteString("\n")
	}
	if len(x.Risks) > 0 {
		md.WriteString("## 廉政风险点及防控措施\n\n| 风险等级 | 风险点 | 防控措施 | 责任岗位 |\n|---|---|---|---|\n")
		for _, r := range x.Risks {
			var ms []string
			for _, m := range r.Measures {
				ms = append(ms, m.Kind+"："+m.Text)
			}
			fmt.Fprintf(&md, "| ▲%s | %s | %s | %s |\n", r.Word, markdown.Text(r.Description), markdown.Text(strings.Join(ms, "；")), markdown.Text(r.Post))
		}
		md.WriteString("\n")
	}
	for _, s := range x.Stages {
		if md.Len() == 0 {
			md.WriteString("## 决策过程\n\n")
		}
		fmt.Fprintf(&md, "- **%s**（%s）%s", s.Label, s.State, s.Start)
		if s.End != "" {
			md.WriteString("至" + s.End)
		}
		if s.Summary != "" {
			md.WriteString("：" + markdown.Text(s.Summary))
		}
		md.WriteString("\n")
	}
	return md.String()
}
