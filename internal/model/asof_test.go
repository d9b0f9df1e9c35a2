package model

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
)

func parseItem(t *testing.T, cfg *config.Site, id, front string) *content.Item {
	t.Helper()
	it, diags := content.Parse(cfg, nil, "content/"+id+".md", []byte("+++\n"+front+"\n+++\n正文。\n"))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	return it
}

func testSite(t *testing.T) *config.Site {
	t.Helper()
	cfg, diags := config.Parse([]byte(`title = "测试县"
base_url = "https://gk.test.example/"
[feedback]
phone = "0000-1"
[[categories]]
key = "decisions"
label = "重大决策"
consultation = true
[[categories]]
key = "goals"
label = "年度工作目标"
`))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	return cfg
}

const decisionStages = `title = "决策"
date = 2026-11-10
category = "decisions"
term = "long-term"
[[stages]]
stage = "调查研究"
start = 2026-07-01
end = 2026-10-15
summary = "调研。"
[[stages]]
stage = "征求意见"
start = 2026-11-10
end = 2026-12-15
hearing = 2026-12-04
hearing_place = "五楼会议室"
`

// TestFutureParts: what is dated after --now is published as if it were
// not written: stages not begun, evaluations not made, an update not made.
// A begun consultation keeps its last day and its announced hearing.
func TestFutureParts(t *testing.T) {
	cfg := testSite(t)
	now := day("2026-11-27")
	updated := strings.Replace(decisionStages, "term = \"long-term\"\n", "term = \"long-term\"\nupdated = 2026-12-01\n", 1)
	future := parseItem(t, cfg, "decisions/d", updated+`[[stages]]
stage = "风险评估"
start = 2026-12-18
summary = "评估结论。"
[[stages]]
stage = "集体决策"
start = 2027-01-08
meeting = "常务会议"
vote = {for = 9, against = 1, abstain = 1}
decision = "通过。"
`)
	// the same lines, for the stages' key lines
	without := parseItem(t, cfg, "decisions/d", strings.Replace(decisionStages, "term = \"long-term\"\n", "term = \"long-term\"\n#\n", 1))
	got := asOf(future, now)
	if !reflect.DeepEqual(got.Decision, without.Decision) || !got.Updated.IsZero() {
		t.Errorf("published decision %+v, want %+v as if its future stages were not written", got.Decision.Stages, without.Decision.Stages)
	}
	if len(future.Decision.Stages) != 4 || future.Updated.IsZero() {
		t.Error("asOf changed the content item, which builds share")
	}
	if asOf(without, now) != without {
		t.Error("an item with nothing in the future is copied")
	}
	tl := timeline(got.Decision, now)
	states := []StageState{StageDone, StageCurrent, StagePending, StagePending, StagePending}
	for i, ts := range tl {
		if ts.State != states[i] || (i >= 2 && ts.Stage != nil) {
			t.Errorf("stage %s: %s with %v, want %s", ts.Label, ts.State, ts.Stage, states[i])
		}
	}
	if tl[1].Stage.Hearing.IsZero() {
		t.Error("a begun consultation lost the hearing it announces")
	}
}

// TestFutureEvaluations: an evaluation made after --now is left out of a
// begun follow-up stage; a decision whose every stage is to come has none.
func TestFutureEvaluations(t *testing.T) {
	cfg := testSite(t)
	now := day("2026-11-27")
	base := `title = "决策"
date = 2026-06-15
category = "decisions"
term = "long-term"
[[stages]]
stage = "跟踪反馈"
start = 2026-07-01
evaluations = [{date = 2026-08-15, text = "开通线路22条。"}%s]
`
	future := parseItem(t, cfg, "decisions/e", fmt.Sprintf(base, `, {date = 2026-12-15, text = "年底评估。"}`))
	without := parseItem(t, cfg, "decisions/e", fmt.Sprintf(base, ""))
	if got := asOf(future, now); !reflect.DeepEqual(got.Decision, without.Decision) {
		t.Errorf("published evaluations %+v, want %+v", got.Decision.Stages[0].Evaluations, without.Decision.Stages[0].Evaluations)
	}
	later := parseItem(t, cfg, "decisions/f", "title = \"决策\"\ndate = 2026-11-01\ncategory = \"decisions\"\nterm = \"long-term\"\n[[stages]]\nstage = \"调查研究\"\nstart = 2026-12-01\nsummary = \"调研。\"")
	if got := asOf(later, now); got.Decision != nil {
		t.Errorf("a decision whose stages are all to come is published with %d stages", len(got.Decision.Stages))
	}
}

// TestOnlyPublishedItemsReplace: an internal, draft or future item that
// replaces a public one leaves it current in the public edition; in the
// internal edition the internal one replaces it.
func TestOnlyPublishedItemsReplace(t *testing.T) {
	cfg := testSite(t)
	now := day("2026-11-27")
	goal := func(id, extra string) *content.Item {
		return parseItem(t, cfg, id, "title = \"目标\"\ndate = 2026-11-20\ncategory = \"goals\"\nterm = \"periodic\"\nperiod = \"yearly\"\n"+extra)
	}
	items := []*content.Item{
		goal("goals/old", ""),
		goal("goals/inner", "scope = \"internal\"\nreplaces = \"goals/old\""),
		goal("goals/draft", "draft = true\nreplaces = \"goals/old\""),
		parseItem(t, cfg, "goals/future", "title = \"目标\"\ndate = 2026-12-20\ncategory = \"goals\"\nterm = \"periodic\"\nperiod = \"yearly\"\nreplaces = \"goals/old\""),
	}
	status := func(scope config.Scope) Status {
		s := choose(cfg, items, Options{Now: now, Scope: scope})
		return s.byID["goals/old"].Status
	}
	if got := status(config.Public); got != Current {
		t.Errorf("public edition: goals/old is %s, want current", got)
	}
	if got := status(config.Internal); got != Superseded {
		t.Errorf("internal edition: goals/old is %s, want superseded", got)
	}
	for _, it := range Audit(cfg, items, now, config.Internal) {
		if it.ID == "goals/old" && it.Status != Current {
			t.Errorf("Audit judges the public goals/old as the internal edition shows it: %s", it.Status)
		}
	}
}
