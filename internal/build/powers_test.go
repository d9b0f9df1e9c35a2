package build

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/model"
)

// powersSite is a power whose steps carry risk points from a public and an
// internal register, a power dated after --now named by a public risk, a
// decision open for comment and a draft one.
func powersSite() fstest.MapFS {
	files := map[string]string{
		"site.toml": `title = "测试县"
base_url = "https://gk.test.example/"
[feedback]
phone = "0000-1234567"
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
`,
		"content/flowcharts/xuke.md": `+++
title = "施工许可办理流程"
date = 2026-05-12
category = "flowcharts"
issuer = "approval"
power_type = "许可"
basis = "《建筑法》"
[[steps]]
name = "受理"
actor = "窗口"
conditions = "收到申请"
target = "受理"
time_limit = "当场"
requirements = "一次性告知"
risk = ["W-1"]
[[steps]]
name = "审查"
actor = "审批股"
conditions = "已受理"
target = "审查"
time_limit = "3个工作日"
requirements = "两人以上"
[[steps]]
name = "决定"
actor = "分管副局长"
conditions = "审查完毕"
target = "作出决定"
time_limit = "1个工作日"
requirements = "审决分离"
+++
`,
		"content/flowcharts/weilai.md": `+++
title = "下月的流程"
date = 2026-12-20
category = "flowcharts"
issuer = "approval"
power_type = "审批"
basis = "《政府投资条例》"
[[steps]]
name = "申报"
actor = "项目单位"
conditions = "列入计划"
target = "申报"
time_limit = "随时"
requirements = "网上申报"
+++
`,
		"content/risks/shenpi.md": `+++
title = "审批局风险点"
date = 2026-06-08
category = "risks"
[[risks]]
id = "W-1"
level = "中"
type = "自律风险"
description = "吃拿卡要"
post = "窗口"
measures = [{kind = "科技防控", text = "好差评"}]
[[risks]]
id = "W-2"
level = "低"
type = "操作风险"
description = "审查走过场"
post = "审批股"
power = "flowcharts/xuke"
step = "2"
measures = [{kind = "程序防控", text = "两人以上审查"}]
[[risks]]
id = "W-3"
level = "高"
type = "设权风险"
description = "拆分项目"
post = "投资股"
power = "flowcharts/weilai"
step = "1"
measures = [{kind = "程序防控", text = "统一赋码"}]
+++
`,
		"content/risks/neibu.md": `+++
title = "党内风险点"
date = 2026-06-08
category = "risks"
scope = "internal"
[[risks]]
id = "INT-1"
level = "高"
type = "操作风险"
description = "违规许可"
post = "审批股"
power = "flowcharts/xuke"
step = "3"
measures = [{kind = "分权防控", text = "审决分离"}]
+++
`,
		"content/decisions/tingche.md": `+++
title = "停车收费征求意见"
date = 2026-11-10
until = 2026-12-15
category = "decisions"
[[stages]]
stage = "调查研究"
start = 2026-08-10
end = 2026-10-31
[[stages]]
stage = "征求意见"
start = 2026-11-10
end = 2026-12-15
+++
`,
		"content/decisions/caogao.md": `+++
title = "草稿"
date = 2026-11-20
until = 2026-12-31
category = "decisions"
draft = true
+++
`,
	}
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

func loadPowers(t *testing.T, scope config.Scope) *model.Site {
	t.Helper()
	now, _ := calendar.Parse("2026-11-27")
	site, diags := Load(&Options{SiteDir: ".", FS: powersSite(), Now: now, Scope: scope})
	if diag.CountErrors(diags) > 0 {
		t.Fatalf("load: %v", diags)
	}
	return site
}

func riskIDs(rs []*model.Risk) string {
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.ID)
	}
	return strings.Join(ids, ",")
}

// TestRisksFollowPublication: a step shows only risk points published in
// this build, and a risk of an unpublished power does not reveal it.
func TestRisksFollowPublication(t *testing.T) {
	t.Parallel()
	s := loadPowers(t, config.Public)
	p := s.Lookup("flowcharts/xuke")
	if got := riskIDs(p.PowerRisks); got != "W-1,W-2" {
		t.Errorf("public power risks = %s, want W-1,W-2 (the internal INT-1 stays out)", got)
	}
	if got := riskIDs(p.RisksAt("1")); got != "W-1" {
		t.Errorf("step 1 risks = %s: a risk named by a step belongs to it", got)
	}
	for _, b := range p.Chart.Boxes {
		if (b.Badge != nil) != (b.ID == "1" || b.ID == "2") {
			t.Errorf("step %s: risk mark %v, want marks on steps 1 and 2 only", b.ID, b.Badge != nil)
		}
	}
	if got := riskIDs(s.Risks); got != "W-3,W-1,W-2" {
		t.Errorf("register = %s, want W-3,W-1,W-2 (high first)", got)
	}
	if w3 := s.Risks[0]; w3.Power != nil || w3.Step != nil || w3.MatterName() != "" {
		t.Errorf("W-3 names a power not yet published; it must not show it: %+v", w3)
	}
	if len(s.Powers) != 1 {
		t.Errorf("%d powers published, want 1", len(s.Powers))
	}
	internal := loadPowers(t, config.Internal)
	if got := riskIDs(internal.Lookup("flowcharts/xuke").RisksAt("3")); got != "INT-1" {
		t.Errorf("internal build, step 3 risks = %s, want INT-1", got)
	}
}

func TestConsultationsOpenOnNow(t *testing.T) {
	t.Parallel()
	s := loadPowers(t, config.Public)
	if len(s.Consultations) != 1 || s.Consultations[0].ID != "decisions/tingche" {
		t.Fatalf("consultations = %v, want the one open decision (not the draft)", s.Consultations)
	}
	c := s.Consultations[0]
	if c.Comment.Days() != 36 || !c.Comment.Contains(s.Now) {
		t.Errorf("window = %+v", c.Comment)
	}
	var states []string
	for _, st := range c.Timeline {
		states = append(states, string(st.State))
	}
	if got := strings.Join(states, ","); got != "done,current,pending,pending,pending" {
		t.Errorf("timeline = %s", got)
	}
}
