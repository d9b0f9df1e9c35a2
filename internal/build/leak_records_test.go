package build

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/records"
)

// plantedRecords are registers under records/ with a marker in every field
// (LEAKREC-…), none marked public: a build publishes only aggregates of
// records/ and what a record marks public (package disclose), so none of
// it may reach any output.
var plantedRecords = map[string]string{
	"records/requests/zz-leak-2026-099.toml": `received = 2026-11-02
channel = "信函"
applicant = "自然人"
name = "LEAKREC-NAME 申请人"
subject = "LEAKREC-SUBJECT 申请内容"
office = "LEAKREC-OFFICE 承办机关"
note = "LEAKREC-NOTE 备注"

[extension]
date = 2026-11-20
approved_by = "LEAKREC-APPROVER 局长"
days = 10

[reply]
date = 2026-11-25
outcome = "不予公开"
reason = "保护第三方合法权益"

[[follow_ups]]
kind = "行政复议"
result = "尚未审结"
`,
	"records/feedback/zz-leak-message.toml": `received = 2026-11-10
channel = "电子邮件"
name = "LEAKREC-SENDER 留言人"
topic = "LEAKREC-TOPIC 留言主题"
message = "LEAKREC-MESSAGE 留言内容"
item = "cadre/2026-11-renqian-gongshi"
handled_by = "LEAKREC-HANDLER 承办人"
reply = "LEAKREC-REPLY 答复内容"
reply_date = 2026-11-12
`,
	"records/supervisors.toml": `[[supervisors]]
name = "LEAKREC-SUPERVISOR 监督员"
unit = "LEAKREC-UNIT 工作单位"
`,
	"records/evaluations/zz-leak-evaluation.toml": `date = 2026-11-05
subject = "LEAKREC-EVALSUBJECT 评议对象"
by = "LEAKREC-EVALBY 评议人"
result = "LEAKREC-EVALRESULT 评议结果"
`,
	"records/rectifications/zz-leak-rectification.toml": `what = "LEAKREC-WHAT 整改事项"
who = "LEAKREC-WHO 责任单位"
deadline = 2026-11-20
`,
	"records/tasks.toml": `[[tasks]]
task = "LEAKREC-TASK 工作任务"
owner = "LEAKREC-OWNER 责任单位"
target = "LEAKREC-TARGET 目标"
progress = "LEAKREC-PROGRESS 进展"
status = "推进中"
`,
}

// withPlantedRecords is the site with the planted registers; the
// example's own supervisors.toml and tasks.toml get the planted tables
// added.
func withPlantedRecords(fsys fstest.MapFS) fstest.MapFS {
	out := clone(fsys)
	for name, data := range plantedRecords {
		if f := out[name]; f != nil {
			data = string(f.Data) + "\n" + data
		}
		out[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return out
}

// recordTraces are the texts of the site's registers that only the
// registers hold: names, subjects, messages, notes, and the replies,
// supervisors and evaluation results not marked public.
func recordTraces(t *testing.T, fsys fstest.MapFS) []string {
	t.Helper()
	set, diags := records.Load(fsys, nil)
	if len(diags) > 0 {
		t.Fatalf("the registers do not load: %v", diags)
	}
	var out []string
	add := func(s ...string) {
		for _, v := range s {
			if len([]rune(v)) >= 4 {
				out = append(out, v)
			}
		}
	}
	for _, r := range set.Requests {
		add(r.Name, r.Subject, r.Note)
	}
	for _, f := range set.Feedback {
		add(f.Name, f.Message)
		if !f.Publish {
			add(f.Topic, f.Reply)
		}
	}
	for _, s := range set.Supervisors {
		if !s.Public {
			add(s.Name)
		}
	}
	for _, e := range set.Evaluations {
		if !e.Public {
			add(e.Subject, e.Result)
		}
	}
	for _, r := range set.Rectifications {
		add(r.What)
	}
	if len(set.Requests) < 2 || len(set.Feedback) < 2 {
		t.Fatalf("only %d requests and %d messages in records/: the test would prove little", len(set.Requests), len(set.Feedback))
	}
	return out
}

// recordsCase edits every text of the registers that is not published
// (recordTraces and the planted markers): the public build must not change
// by a byte. The base it applies to has the example's registers and the
// planted ones (withRecords).
func recordsCase(t *testing.T, base fstest.MapFS) hiddenCase {
	traces := recordTraces(t, base)
	edit := func(s string) string {
		for _, tr := range traces {
			s = strings.ReplaceAll(s, tr, tr+"（已改）")
		}
		return strings.ReplaceAll(s, "LEAKREC", "EDITREC")
	}
	c := hiddenCase{name: "edited unpublished records", edit: edit}
	for name, f := range base {
		if strings.HasPrefix(name, records.Dir+"/") && edit(string(f.Data)) != string(f.Data) {
			c.edits = append(c.edits, name)
		}
	}
	slices.Sort(c.edits)
	return c
}

// withRecords puts the planted registers into the site, beside the
// example's own.
func withRecords(fsys fstest.MapFS) {
	for name, f := range withPlantedRecords(fsys) {
		if strings.HasPrefix(name, records.Dir+"/") {
			fsys[name] = f
		}
	}
}

// publishedReply checks that what a record marks public does reach the
// website: a reply marked publish = true is on the 回应 page, and the page
// of the item it concerns links to it. Without it, the markers would
// prove nothing of the pages that read records/.
func publishedReply(t *testing.T, fsys fstest.MapFS, out map[string][]byte) {
	t.Helper()
	set, _ := records.Load(fsys, nil)
	n := 0
	for _, f := range set.Feedback {
		if !f.Publish || f.Item == "" {
			continue
		}
		n++
		if !strings.Contains(string(out["replies/index.html"]), f.Reply) {
			t.Errorf("replies/index.html lacks the reply of %s, marked publish = true", f.File)
		}
		if page := string(out[f.Item+"/index.html"]); !strings.Contains(page, `href="/replies/#reply-`) {
			t.Errorf("%s/index.html does not link to the reply of %s that concerns it", f.Item, f.File)
		}
	}
	if n == 0 {
		t.Fatal("the example has no reply marked publish = true that concerns an item: the test proves nothing of the 回应 page")
	}
}
