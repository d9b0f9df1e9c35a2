package content

import (
	"strings"
	"testing"
)

const goodDecision = `+++
title = "关于公开征求老旧小区改造方案意见的公告"
date = 2026-11-10
until = 2026-12-15
category = "decisions"

[[stages]]
stage = "调查研究"
start = 2026-08-01
end = 2026-10-20
summary = "走访86个小区"

[[stages]]
stage = "征求意见"
start = 2026-11-10
end = 2026-12-15
hearing = 2026-11-28
hearing_place = "县政府三楼会议室"

[[stages]]
stage = "集体决策"
start = 2027-01-12
meeting = "县政府第40次常务会议"
vote = {for = 10, against = 0, abstain = 1}
decision = "原则通过"

[[stages]]
stage = "跟踪反馈"
start = 2027-03-01
evaluations = [{date = 2027-06-30, text = "开工32个小区"}]
+++
`

func TestDecisionParses(t *testing.T) {
	it, diags := parseTest(t, "content/decisions/laojiu.md", goodDecision)
	if len(diags) > 0 {
		t.Fatalf("unexpected diagnostics:\n%s", strings.Join(diags, "\n"))
	}
	d := it.Decision
	if d == nil || len(d.Stages) != 4 {
		t.Fatalf("decision = %+v", d)
	}
	c := d.Stage("consultation")
	if c.Start.String() != "2026-11-10" || c.End.String() != "2026-12-15" || c.HearingPlace == "" {
		t.Errorf("consultation = %+v", c)
	}
	if v := d.Stage("decision").Vote; v == nil || !v.Passed() || v.Abstain != 1 {
		t.Errorf("vote = %+v", v)
	}
	if e := d.Stage("follow-up").Evaluations; len(e) != 1 || e[0].Text != "开工32个小区" {
		t.Errorf("evaluations = %+v", e)
	}
}

func TestDecisionErrors(t *testing.T) {
	cases := []struct{ name, old, new, want string }{
		{"dates out of order", "start = 2027-01-12", "start = 2026-11-01",
			`content/decisions/laojiu.md:22: stage 集体决策 starts 2026-11-01, before 征求意见 started on 2026-11-10; stage dates must follow the stages' order`},
		{"stages out of order", `stage = "调查研究"`, `stage = "风险评估"`,
			`content/decisions/laojiu.md:14: stage 征求意见 is listed after 风险评估; list stages in the order 调查研究, 征求意见, 风险评估, 集体决策, 跟踪反馈`},
		{"unknown stage", `stage = "调查研究"`, `stage = "调研"`,
			`content/decisions/laojiu.md:8: unknown stage "调研" (write one of: research, consultation, assessment, decision, follow-up)`},
		{"end before start", "end = 2026-10-20", "end = 2026-07-20",
			`content/decisions/laojiu.md:10: stage 调查研究 ends 2026-07-20, before it starts 2026-08-01`},
		{"no consultation end", "end = 2026-12-15\n", "",
			`content/decisions/laojiu.md:13: the consultation stage needs the last day comments are taken; write end = 2026-12-10 (at least 30 days after start)`},
		{"hearing before", "hearing = 2026-11-28", "hearing = 2026-11-01",
			`content/decisions/laojiu.md:17: the hearing on 2026-11-01 is before the consultation starts on 2026-11-10`},
		{"until too early", "until = 2026-12-15", "until = 2026-12-10",
			`content/decisions/laojiu.md:4: until 2026-12-10 takes the notice down before the consultation ends on 2026-12-15; write until = 2026-12-15`},
		{"empty vote", "vote = {for = 10, against = 0, abstain = 1}", "vote = {for = 0}",
			`content/decisions/laojiu.md:24: a vote counts the members present; write vote = {for = 9, against = 0, abstain = 1}`},
		{"evaluation early", "date = 2027-06-30", "date = 2027-02-01",
			`content/decisions/laojiu.md:30: evaluation dated 2027-02-01 is before the follow-up began on 2027-03-01`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(goodDecision, tc.old) {
				t.Fatalf("fixture has no %q", tc.old)
			}
			_, diags := parseTest(t, "content/decisions/laojiu.md", strings.Replace(goodDecision, tc.old, tc.new, 1))
			if got := strings.Join(diags, "\n"); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestStageKeysBelongToTheirStage(t *testing.T) {
	src := strings.Replace(goodDecision, `summary = "走访86个小区"`, `summary = "走访86个小区"
vote = {for = 3}`, 1)
	_, diags := parseTest(t, "content/decisions/laojiu.md", src)
	want := `content/decisions/laojiu.md:12: vote belongs to the 集体决策 stage, not 调查研究; move it there`
	if strings.Join(diags, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(diags, "\n"), want)
	}
}
