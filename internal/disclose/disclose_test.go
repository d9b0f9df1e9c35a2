package disclose

import (
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/records"
)

func day(t *testing.T, s string) calendar.Day {
	t.Helper()
	d, err := calendar.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func load(t *testing.T, files map[string]string) *records.Set {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	set, diags := records.Load(fsys, nil)
	if len(diags) > 0 {
		t.Fatalf("the registers do not load: %v", diags)
	}
	return set
}

var registers = map[string]string{
	// answered in 3 working days (Mon 2 Nov → Thu 5 Nov)
	"records/requests/a.toml": "received = 2026-11-02\napplicant = \"自然人\"\nsubject = \"甲\"\n[reply]\ndate = 2026-11-05\noutcome = \"予以公开\"\n",
	// answered late: 20 working days after Mon 2 Nov is Mon 30 Nov
	"records/requests/b.toml": "received = 2026-11-02\napplicant = \"商业企业\"\nsubject = \"乙\"\n[reply]\ndate = 2026-12-01\noutcome = \"部分公开\"\n",
	"records/requests/c.toml": "received = 2026-11-20\napplicant = \"自然人\"\nsubject = \"丙\"\n",
	// received after --now: not there yet
	"records/requests/d.toml": "received = 2026-12-10\napplicant = \"自然人\"\nsubject = \"丁\"\n",
	"records/requests/e.toml": "received = 2025-06-02\napplicant = \"自然人\"\nsubject = \"戊\"\n[reply]\ndate = 2025-06-03\noutcome = \"不予处理\"\nreason = \"重复申请\"\n",
	"records/feedback/1.toml": "received = 2026-11-02\ntopic = \"公开\"\nreply = \"已答复一\"\nreply_date = 2026-11-04\npublish = true\nitem = \"cadre/wang\"\n",
	"records/feedback/2.toml": "received = 2026-11-03\ntopic = \"不公开\"\nreply = \"已答复二\"\nreply_date = 2026-11-04\n",
	// marked, but its reply is dated after --now
	"records/feedback/3.toml":    "received = 2026-11-03\ntopic = \"将来\"\nreply = \"已答复三\"\nreply_date = 2026-12-09\npublish = true\n",
	"records/supervisors.toml":   "[[supervisors]]\nname = \"甲某\"\nunit = \"某单位\"\npublic = true\n[[supervisors]]\nname = \"乙某\"\nunit = \"某单位\"\n",
	"records/evaluations/1.toml": "date = 2026-07-01\nsubject = \"上半年\"\nresult = \"满意\"\npublic = true\n",
	"records/evaluations/2.toml": "date = 2026-08-01\nsubject = \"不公开的\"\nresult = \"不满意\"\n",
}

// Of counts this year's and last year's requests on --now and keeps only
// the replies, supervisors and evaluations marked public, and nothing
// dated after --now.
func TestOfCountsAndKeepsOnlyWhatIsMarked(t *testing.T) {
	p := Of(load(t, registers), calendar.New(nil, nil), day(t, "2026-12-07"))
	if len(p.Requests) != 2 || p.Requests[0].Year != 2026 || p.Requests[1].Year != 2025 {
		t.Fatalf("years: %+v", p.Requests)
	}
	y := p.Requests[0]
	if y.Received != 3 || y.Answered != 2 || y.Pending != 1 || y.OnTime != 1 {
		t.Errorf("2026: received %d answered %d pending %d on time %d; want 3 2 1 1", y.Received, y.Answered, y.Pending, y.OnTime)
	}
	// 3 and 21 working days: 12.0
	if y.AvgDays != "12.0" {
		t.Errorf("2026 average %q, want 12.0", y.AvgDays)
	}
	if y.Outcomes[0].Label != "予以公开" || y.Outcomes[0].N != 1 || y.Outcomes[1].N != 1 || len(y.Outcomes) != len(records.Outcomes.Entries) {
		t.Errorf("2026 outcomes %+v", y.Outcomes)
	}
	if last := p.Requests[1]; last.Received != 1 || last.AvgDays != "1.0" {
		t.Errorf("2025: %+v", last)
	}
	if fb := p.Feedback[0]; fb.Received != 3 || fb.Answered != 2 || fb.AvgDays != "1.5" {
		t.Errorf("feedback 2026: %+v", fb)
	}
	if len(p.Replies) != 1 || p.Replies[0].Reply != "已答复一" || p.Replies[0].Anchor != "reply-1" {
		t.Errorf("replies %+v, want only the one marked and sent", p.Replies)
	}
	if got := p.RepliesTo("cadre/wang"); len(got) != 1 {
		t.Errorf("RepliesTo(cadre/wang) = %+v", got)
	}
	if len(p.Supervisors) != 1 || p.Supervisors[0].Name != "甲某" {
		t.Errorf("supervisors %+v", p.Supervisors)
	}
	if len(p.Evaluations) != 1 || p.Evaluations[0].Result != "满意" {
		t.Errorf("evaluations %+v", p.Evaluations)
	}
}

// A site without records/ publishes zero counts and no entries.
func TestOfNoRecords(t *testing.T) {
	p := Of(load(t, nil), calendar.New(nil, nil), day(t, "2026-12-07"))
	if !p.Empty() || p.HasFeedback() || p.HasSupervision() || p.Requests[0].AvgDays != "" {
		t.Errorf("without records: %+v", p)
	}
}
