package check

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/records"
)

// TestRecords: each rule of the registers, as of Friday 2026-11-27, on a
// calendar without holidays; each finding names the record's file and line.
func TestRecords(t *testing.T) {
	cfg, diags := config.Parse([]byte(`title = "县"
base_url = "https://x.example/"
[feedback]
phone = "1"
reply_days = 10
[[categories]]
key = "cadre"
label = "干部"
`))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	req := func(body string) string { return "applicant = \"自然人\"\nsubject = \"某事\"\n" + body }
	files := map[string]string{
		// due 2026-11-06 (20 working days after 10-09), no reply: an error
		"records/requests/a-overdue.toml": req("received = 2026-10-09\n"),
		// due today, and tomorrow's working day: warnings
		"records/requests/b-due-today.toml":   req("received = 2026-10-30\n"),
		"records/requests/c-due-monday.toml":  req("received = 2026-11-02\n"),
		"records/requests/d-due-later.toml":   req("received = 2026-11-20\n"),
		"records/requests/e-unapproved.toml":  req("received = 2026-10-09\n[extension]\ndate = 2026-10-30\n"),
		"records/requests/f-extended.toml":    req("received = 2026-10-09\n[extension]\ndate = 2026-11-02\napproved_by = \"局长\"\n[reply]\ndate = 2026-11-20\noutcome = \"予以公开\"\n"),
		"records/requests/g-late.toml":        req("received = 2026-09-01\n[reply]\ndate = 2026-10-20\noutcome = \"部分公开\"\n"),
		"records/requests/h-future.toml":      req("received = 2026-12-01\n"),
		"records/requests/i-late-extend.toml": req("received = 2026-09-01\n[extension]\ndate = 2026-10-09\napproved_by = \"局长\"\n"),
		// a reply dated after --now is not there yet
		"records/requests/j-reply-later.toml": req("received = 2026-10-09\n[reply]\ndate = 2026-11-30\noutcome = \"予以公开\"\n"),
		"records/feedback/a.toml":             "received = 2026-11-02\ntopic = \"路灯\"\n",
		"records/feedback/b.toml":             "received = 2026-11-02\ntopic = \"路灯\"\nreply = \"已修复\"\nreply_date = 2026-11-05\n",
		"records/feedback/c.toml":             "received = 2026-11-20\ntopic = \"公示\"\nitem = \"cadre/wangg\"\n",
		"records/rectifications/a.toml":       "what = \"补齐空白栏目\"\nwho = \"县政府办\"\ndeadline = 2026-11-20\n",
		"records/rectifications/b.toml":       "what = \"更新联系方式\"\nwho = \"县委办\"\ndeadline = 2026-11-20\nclosed = 2026-11-18\n",
		"records/rectifications/c.toml":       "what = \"更新年度目标\"\nwho = \"县发改委\"\ndeadline = 2026-11-20\nclosed = 2026-12-01\n",
	}
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	recs, ldiags := records.Load(fsys, cfg)
	if len(ldiags) > 0 {
		t.Fatal(ldiags)
	}
	now, _ := calendar.Parse("2026-11-27")
	set := &content.Set{Items: []*content.Item{{ID: "cadre/wang"}}}
	var got []string
	for _, d := range Records(cfg, recs, set, now) {
		got = append(got, d.String())
	}
	want := []string{
		`records/feedback/a.toml:1: warning: the message received 2026-11-02 has had no reply for 19 working days (site.toml [feedback] reply_days = 10: due on 2026-11-16); reply, and write reply and reply_date`,
		`records/feedback/c.toml:3: there is no item "cadre/wangg" (did you mean "cadre/wang"?); write the item's path in content/ without .md, such as item = "cadre/wang", or remove item`,
		`records/rectifications/a.toml:3: warning: the rectification "补齐空白栏目" was due by 2026-11-20 and is not closed, 7 days later; when it is done, write closed = 2026-11-27 (the day it was put right)`,
		`records/rectifications/c.toml:3: warning: the rectification "更新年度目标" was due by 2026-11-20 and is not closed, 7 days later; when it is done, write closed = 2026-11-27 (the day it was put right)`,
		`records/requests/a-overdue.toml:3: no reply, and it was due on 2026-11-06 (20 working days after it was received on 2026-10-09), 15 working days ago; answer the request and write the reply under [reply] with date and outcome`,
		`records/requests/b-due-today.toml:3: warning: no reply yet, and it is due on 2026-11-27, today (20 working days after it was received on 2026-10-30); if it cannot be answered in time, extend it (once, by at most 20 working days, with approval) under [extension] with date, approved_by and days`,
		`records/requests/c-due-monday.toml:3: warning: no reply yet, and it is due on 2026-11-30, in 1 working day (20 working days after it was received on 2026-11-02); if it cannot be answered in time, extend it (once, by at most 20 working days, with approval) under [extension] with date, approved_by and days`,
		`records/requests/e-unapproved.toml:4: the time limit is extended without approval; 条例 Art. 33 allows one extension, of at most 20 working days, approved by the head of the office: write approved_by = "…" under [extension]`,
		`records/requests/g-late.toml:5: warning: answered 2026-10-20, 15 working days after the reply was due on 2026-09-29 (20 working days after it was received on 2026-09-01); the reports count it as answered late`,
		`records/requests/i-late-extend.toml:5: the time limit was extended on 2026-10-09, after the reply was due on 2026-09-29; an extension must be decided within the first 20 working days: correct its date, or remove [extension]`,
		`records/requests/j-reply-later.toml:3: no reply, and it was due on 2026-11-06 (20 working days after it was received on 2026-10-09), 15 working days ago; answer the request and write the reply under [reply] with date and outcome`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestRecordsFirstCauseOnly: a reply written without its date is reported
// by the loader, and check does not go on to call the record unanswered.
func TestRecordsFirstCauseOnly(t *testing.T) {
	cfg, _ := config.Parse([]byte("title = \"县\"\nbase_url = \"https://x.example/\"\n[feedback]\nphone = \"1\"\n"))
	fsys := fstest.MapFS{
		"records/requests/a.toml": {Data: []byte("received = 2026-09-01\napplicant = \"自然人\"\nsubject = \"某事\"\n[reply]\noutcome = \"予以公开\"\n")},
		"records/feedback/b.toml": {Data: []byte("received = 2026-09-01\ntopic = \"路灯\"\nreply = \"已修复\"\n")},
	}
	recs, ldiags := records.Load(fsys, cfg)
	if len(ldiags) != 2 {
		t.Fatalf("the loader reports %v, want the two missing dates", ldiags)
	}
	now, _ := calendar.Parse("2026-11-27")
	if diags := Records(cfg, recs, &content.Set{}, now); len(diags) > 0 {
		t.Errorf("check repeats the missing dates as: %v", diags)
	}
}
