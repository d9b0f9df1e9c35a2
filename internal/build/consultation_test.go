package build

import (
	"strings"
	"testing"
	"testing/fstest"
)

// notBegun is a notice of a consultation: its research stage has begun,
// its 征求意见 stage starts after --now (2026-11-27).
const notBegun = `+++
title    = "关于公开征求《青山县公园管理办法（征求意见稿）》意见的预告"
date     = 2026-11-20
category = "decisions"
term     = "immediate"
issuer   = "executive"
until    = 2027-01-05

[[stages]]
stage   = "调查研究"
start   = 2026-08-01
end     = 2026-11-15
`

const futureConsultation = `
[[stages]]
stage         = "征求意见"
start         = 2026-12-01
end           = 2027-01-05
hearing       = 2026-12-20
hearing_place = "NOTBEGUN-HEARING 县城管局会议室"
`

// noStages is a notice of a consultation with no [[stages]]: its
// publicity window is its consultation (README).
const noStages = `+++
title    = "关于公开征求《青山县城市绿化条例实施办法（征求意见稿）》意见的公告"
date     = 2026-11-20
category = "decisions"
term     = "immediate"
issuer   = "executive"
until    = 2026-12-25
+++
请于2026年12月25日前反馈意见。
`

// TestConsultationNotBegun: a notice whose 征求意见 stage starts after
// --now is not open for comment — not on its page, not in the home page's
// list of consultations, not on its board sheet — and its future stage is
// not published: the build is byte for byte the one without that stage. A
// notice with no stages is open for comment over its publicity window, as
// the README says; one whose 征求意见 stage has begun, over that stage, on
// the sheet as on the website.
func TestConsultationNotBegun(t *testing.T) {
	t.Parallel()
	site := func(stages string) fstest.MapFS {
		m := exampleSite(t)
		m["content/decisions/zz-notbegun.md"] = &fstest.MapFile{Data: []byte(notBegun + stages + "+++\n请关注后续公告。\n")}
		m["content/decisions/zz-nostages.md"] = &fstest.MapFile{Data: []byte(noStages)}
		m["content/decisions/zz-begun.md"] = &fstest.MapFile{Data: []byte(strings.Replace(notBegun, "公园", "广场", 1) +
			strings.Replace(futureConsultation, "2026-12-01", "2026-11-22", 1) + "+++\n请于2027年1月5日前反馈意见。\n")}
		return m
	}
	with := buildFiles(t, site(futureConsultation), testNow)
	if d := diffFiles(buildFiles(t, site(""), testNow), with); d != "" {
		t.Errorf("the future 征求意见 stage changes the public build:\n%s", d)
	}
	home := string(with["index.html"])
	consultations, _, _ := strings.Cut(home[strings.Index(home, "consult-title"):], "</section>")
	if strings.Contains(consultations, "/decisions/zz-notbegun/") {
		t.Errorf("the home page lists the notice whose consultation has not begun as open for comment:\n%s", consultations)
	}
	if !strings.Contains(consultations, "/decisions/zz-nostages/") {
		t.Errorf("the home page does not list the notice with no stages as open for comment:\n%s", consultations)
	}
	if !strings.Contains(home, "/decisions/zz-notbegun/") {
		t.Errorf("the home page does not list the notice among the notices in force")
	}
	page := string(with["decisions/zz-notbegun/index.html"])
	if strings.Contains(page, "正在公开征求意见") || !strings.Contains(page, "未开始") {
		t.Errorf("the notice's page says it is open for comment, or shows no stage not begun:\n%s", page)
	}
	sheet := string(with["boards/09/index.html"])
	for _, want := range []string{"公示期：2026年11月20日至2027年1月5日", "征求意见期：11月20日至12月25日", "征求意见期：11月10日至12月15日", "征求意见期：2026年11月22日至2027年1月5日"} {
		if !strings.Contains(sheet, want) {
			t.Errorf("board 9 does not show %q", want)
		}
	}
	if strings.Contains(sheet, "征求意见期：2026年11月20日") {
		t.Errorf("board 9 shows the notice whose consultation has not begun as a consultation")
	}
}
