package records

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/calendar"
)

func load(t *testing.T, files map[string]string) (*Set, []string) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	set, diags := Load(fsys, nil)
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	return set, got
}

func day(t *testing.T, s string) calendar.Day {
	t.Helper()
	d, err := calendar.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Chinese terms of the national table are read as keys; a lawsuit after a
// review of the same request is counted as such.
func TestRequestReadsTheNationalTerms(t *testing.T) {
	set, diags := load(t, map[string]string{"records/requests/2026/007.toml": `received = 2026-10-09
channel = "网上申请"
applicant = "科研机构"
name = "某研究院"
subject = "2025年农村公路养护资金分配明细"
office = "县交通运输局"

[extension]
date = 2026-11-03
approved_by = "县交通运输局局长"
days = 15

[reply]
date = 2026-11-20
outcome = "不予公开"
reason = '危及"三安全一稳定"'

[[follow_ups]]
kind = "行政复议"
result = "维持"
date = 2026-12-01

[[follow_ups]]
kind = "行政诉讼"
result = "尚未审结"
`})
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %q", diags)
	}
	r := set.Requests[0]
	if r.ID != "2026/007" || r.Channel != "online" || r.Applicant != Research || !r.Applicant.Organisation() {
		t.Errorf("request = %+v", r)
	}
	if r.Extension == nil || r.Extension.Days != 15 || r.Extension.ApprovedBy == "" {
		t.Errorf("extension = %+v", r.Extension)
	}
	if r.Reply == nil || r.Reply.Outcome != Withheld || r.Reply.Reason != "security" || r.Reply.Date != day(t, "2026-11-20") {
		t.Errorf("reply = %+v", r.Reply)
	}
	if len(r.FollowUps) != 2 || r.FollowUps[0].Kind != Review || r.FollowUps[0].AfterReview ||
		r.FollowUps[1].Kind != Lawsuit || !r.FollowUps[1].AfterReview || r.FollowUps[1].Result != Pending {
		t.Errorf("follow-ups = %+v", r.FollowUps)
	}
	if r.Line("reply.reason") != 16 || r.Line("extension") != 8 {
		t.Errorf("lines: reason %d, extension %d", r.Line("reply.reason"), r.Line("extension"))
	}
}

// Every mistake is reported at its line, saying what to write instead;
// a value already reported is not reported again as missing.
func TestRecordErrors(t *testing.T) {
	_, got := load(t, map[string]string{
		"records/requests/a.toml": `received = "2026-13-01"
applicant = "自然"
subjct = "x"

[extension]
date = 2026-11-02
days = 30

[reply]
date = 2026-11-20
outcome = "不予处理"
`,
		"records/requests/b.toml": `received = 2026-11-02
applicant = "自然人"
subject = "x"
[reply]
date = 2026-10-20
outcome = "予以公开"
reason = "重复申请"
`,
		"records/feedback/c.toml": `received = 2026-11-02
topic = "路灯"
publish = true
`,
		"records/request/d.toml": ``,
		"records/tasks.toml": `[[tasks]]
task = "x"
status = "完成了"
`,
		"records/notes.txt": "the office's own file",
	})
	want := []string{
		`records/feedback/c.toml:3: publish = true, but there is no reply to publish; write reply = "…" and reply_date, or remove publish`,
		`records/request: gongkai does not know this register (did you mean "requests"?); the registers are requests, feedback, evaluations, rectifications, supervisors.toml, tasks.toml`,
		`records/requests/a.toml:1: received: "2026-13-01" is not a date on the calendar; write received = 2026-11-20`,
		`records/requests/a.toml:1: the request has no subject; write subject = "…" (the information asked for)`,
		`records/requests/a.toml:2: applicant: unknown applicant "自然" (did you mean "person"?)`,
		`records/requests/a.toml:3: unknown key "subjct" (did you mean "subject"?)`,
		`records/requests/a.toml:7: days = 30: an extension adds 1 to 20 working days (条例 Art. 33); write days = 20 or fewer`,
		`records/requests/a.toml:11: 不予处理 needs its reason; write reason = "信访举报投诉类申请" (or another of: "信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息") under [reply]`,
		`records/requests/b.toml:5: the reply's date 2026-10-20 is before received 2026-11-02; write the day it happened, 2026-11-02 or later`,
		`records/requests/b.toml:7: 予以公开 takes no reason in the national table; remove reason`,
		`records/tasks.toml:3: status: unknown status "完成了" (did you mean "done"?)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Due dates count working days on the site's calendar (条例 Art. 33), the
// day received not counted, and an extension's days after them.
func TestDue(t *testing.T) {
	// National Day week: Oct 1-7 off (weekdays 1, 2, 5, 6, 7 of 2026), Sep 27 and Oct 10 worked.
	var holidays []calendar.Day
	for _, d := range []string{"2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"} {
		holidays = append(holidays, day(t, d))
	}
	cal := calendar.New(holidays, []calendar.Day{day(t, "2026-10-10")})
	r := &Request{Received: day(t, "2026-09-30")}
	// Oct 8, 9, 10 (make-up), 12-16, 19-23, 26-30, Nov 2-3: 20 working days
	if got := r.Due(cal); got != day(t, "2026-11-03") {
		t.Errorf("due = %s, want 2026-11-03", got)
	}
	r.Extension = &Extension{Date: day(t, "2026-10-20"), ApprovedBy: "局长", Days: 5}
	if got := r.Due(cal); got != day(t, "2026-11-10") {
		t.Errorf("extended due = %s, want 2026-11-10", got)
	}
	r.Reply = &Reply{Date: day(t, "2026-11-11"), Outcome: Disclosed}
	if !r.Late(cal) || !r.AnsweredBy(day(t, "2026-11-11")) || r.AnsweredBy(day(t, "2026-11-10")) {
		t.Errorf("late %v, answered by 11-11 %v, by 11-10 %v", r.Late(cal), r.AnsweredBy(day(t, "2026-11-11")), r.AnsweredBy(day(t, "2026-11-10")))
	}
}

func TestNoRecords(t *testing.T) {
	set, diags := load(t, map[string]string{"site.toml": ""})
	if len(diags) > 0 || len(set.Requests)+len(set.Feedback)+len(set.Tasks)+len(set.Supervisors) > 0 {
		t.Errorf("a site without records/: %v, %+v", diags, set)
	}
}
