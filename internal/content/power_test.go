package content

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
)

const powersSite = `title = "青山县"
base_url = "https://gk.example/"

[feedback]
phone = "0791-8812345"

[[categories]]
key = "flowcharts"
label = "权力运行流程图"
term = "long-term"

[[categories]]
key = "risks"
label = "廉政风险点"
term = "long-term"

[[categories]]
key = "decisions"
label = "重大决策"
term = "immediate"
consultation = true

[[issuers]]
key = "approval"
label = "县行政审批局"
`

func parseTest(t *testing.T, file, src string) (*Item, []string) {
	t.Helper()
	site, diags := config.Parse([]byte(powersSite))
	if len(diags) > 0 {
		t.Fatalf("test site: %v", diags)
	}
	it, ds := Parse(site, testReserved, file, []byte(src))
	diag.Sort(ds)
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return it, out
}

const goodPower = `+++
title = "行政许可办理"
date = 2026-05-12
category = "flowcharts"
issuer = "approval"
power_type = "许可"
basis = "《中华人民共和国行政许可法》"

[[steps]]
id = "apply"
name = "申请"
actor = "申请人"
conditions = "符合法定条件"
target = "提交申请"
time_limit = "随时"
requirements = "材料齐全"

[[steps]]
id = "accept"
name = "受理"
actor = "窗口"
conditions = "收到申请"
target = "受理决定"
time_limit = "5个工作日"
requirements = "一次性告知"
next = [{to = "decide", label = "受理"}, {to = "reject", label = "不予受理"}]
risk = ["XK-01"]

[[steps]]
id = "reject"
name = "不予受理"
actor = "窗口"
conditions = "不符合条件"
target = "告知"
time_limit = "5个工作日"
requirements = "说明理由"
end = true

[[steps]]
id = "decide"
name = "决定"
actor = "局长"
conditions = "审查完毕"
target = "作出决定"
time_limit = "3个工作日"
requirements = "集体研究"

[[risks]]
id = "XK-01"
level = "中"
type = "操作风险"
description = "选择性受理"
post = "综合受理窗口"
step = "accept"
measures = [{kind = "科技防控", text = "网上受理，全程留痕"}]
+++
正文
`

func TestPowerParses(t *testing.T) {
	it, diags := parseTest(t, "content/flowcharts/xuke.md", goodPower)
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics:\n%s", strings.Join(diags, "\n"))
	}
	p := it.Power
	if p == nil || p.Type != "license" || len(p.Steps) != 4 {
		t.Fatalf("power = %+v", p)
	}
	if got := p.Steps[0].Next; len(got) != 1 || got[0].To != "accept" {
		t.Errorf("a step without next leads to the one after it, got %v", got)
	}
	if got := p.Steps[1].Next; len(got) != 2 || got[1] != (Edge{To: "reject", Label: "不予受理"}) {
		t.Errorf("branches = %v", got)
	}
	if len(p.Steps[2].Next) != 0 || len(p.Steps[3].Next) != 0 {
		t.Errorf("end = true and the last step lead nowhere: %v, %v", p.Steps[2].Next, p.Steps[3].Next)
	}
	if p.Steps[1].Line != 18 {
		t.Errorf("step 2 is on line %d, want 18 (its [[steps]] header)", p.Steps[1].Line)
	}
	r := it.Risks[0]
	if r.Power != "flowcharts/xuke" || r.Step != "accept" || r.Level != "medium" || r.Measures[0].Kind != "technology" {
		t.Errorf("risk = %+v", r)
	}
}

// TestPowerErrors plants one mistake at a time into a good power and checks
// the message names the line and says what to write.
func TestPowerErrors(t *testing.T) {
	cases := []struct {
		name, old, new, want string
	}{
		{"missing field", `time_limit = "5个工作日"
requirements = "一次性告知"`, `requirements = "一次性告知"`,
			`content/flowcharts/xuke.md:18: step 2 “受理” has no time_limit (时限); every step states its 主体, 条件, 目标, 时限 and 要求: write time_limit = "5个工作日"`},
		{"missing next", `{to = "decide", label = "受理"}`, `{to = "decid", label = "受理"}`,
			`content/flowcharts/xuke.md:26: next = "decid" names no step of this power (did you mean "decide"?); the steps are apply, accept, reject, decide`},
		{"cycle", `requirements = "集体研究"`, `requirements = "集体研究"
next = "accept"`,
			`content/flowcharts/xuke.md:47: steps accept → decide → accept form a cycle; a flowchart runs one way: send step decide on to a later step, or write end = true`},
		{"unreachable", `next = [{to = "decide", label = "受理"}, {to = "reject", label = "不予受理"}]`, `next = "decide"`,
			`content/flowcharts/xuke.md:29: step 3 “不予受理” is never reached from the first step; add next = "reject" to the step that leads to it, or remove it`},
		{"duplicate step", `id = "decide"`, `id = "accept"`,
			`content/flowcharts/xuke.md:26: next = "decide" names no step of this power; the steps are apply, accept, reject, accept` + "\n" + `content/flowcharts/xuke.md:40: step id "accept" is already used by step 2; give each step its own id, such as id = "4"`},
		{"unknown level", `level = "中"`, `level = "中等"`,
			`content/flowcharts/xuke.md:50: unknown risk level "中等" (did you mean "medium"?)`},
		{"unknown measure kind", `kind = "科技防控"`, `kind = "科技防空"`,
			`content/flowcharts/xuke.md:55: unknown measure kind "科技防空" (did you mean "technology"?)`},
		{"risk step", `step = "accept"`, `step = "acept"`,
			`content/flowcharts/xuke.md:54: step = "acept" names no step of this power; the steps are apply, accept, reject, decide`},
		{"no power type", `power_type = "许可"
`, ``, `content/flowcharts/xuke.md:1: a power needs its type; write power_type = "审批" (one of 决策, 审批, 许可, 处罚, 监督, 确认, 征收, 给付, 其他)`},
		{"bad next table", `label = "受理"}`, `lable = "受理"}`,
			`content/flowcharts/xuke.md:26: next: unknown key "lable" in a branch; a branch has to (the next step's id) and label; write next = "3", or with branch labels [{to = "3", label = "同意"}, {to = "9", label = "不同意"}]`},
		{"end and next", `end = true`, `end = true
next = "decide"`, `content/flowcharts/xuke.md:37: step 3 has both next and end = true; a step that ends the flow leads nowhere: remove one of them`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(goodPower, tc.old) {
				t.Fatalf("fixture has no %q", tc.old)
			}
			src := strings.Replace(goodPower, tc.old, tc.new, 1)
			_, diags := parseTest(t, "content/flowcharts/xuke.md", src)
			if strings.Join(diags, "\n") != tc.want {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(diags, "\n"), tc.want)
			}
		})
	}
}
