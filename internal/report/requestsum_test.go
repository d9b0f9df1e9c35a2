package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/records"
)

// TestRequestSum: the monthly report counts the requests received and
// answered in the month, those answered after their due day, and those
// still open at its end, overdue or not; it names none of them.
func TestRequestSum(t *testing.T) {
	reply := func(date string) *records.Reply {
		return &records.Reply{Date: day(t, date), Outcome: records.Disclosed}
	}
	set := &records.Set{Requests: []*records.Request{
		{Received: day(t, "2026-10-08"), Applicant: records.Person, Name: "甲某某", Reply: reply("2026-10-20")},
		// 20 working days after 2026-09-01 is 2026-09-29
		{Received: day(t, "2026-09-01"), Applicant: records.Person, Name: "乙某某", Reply: reply("2026-10-15")},
		// due 2026-10-16, open on 2026-10-31
		{Received: day(t, "2026-09-20"), Applicant: records.Business, Name: "丙公司"},
		{Received: day(t, "2026-10-30"), Applicant: records.Person, Name: "丁某某"},
		{Received: day(t, "2026-11-02"), Applicant: records.Person, Name: "戊某某"},
	}}
	r := make2610(t, config.Public)
	r.SetRecords(set)
	if want := (RequestSum{Received: 2, Answered: 2, Late: 1, Open: 2, Overdue: 1}); r.Requests != want {
		t.Errorf("requests of October: %+v, want %+v", r.Requests, want)
	}
	var md bytes.Buffer
	if err := r.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "本月收到政府信息公开申请 2 件，答复 2 件（其中逾期答复 1 件）；截至2026年10月31日，尚未答复 2 件（其中已超过答复期限 1 件）。") {
		t.Errorf("the report does not count the requests:\n%s", md.String())
	}
	for _, name := range []string{"甲某某", "乙某某", "丙公司", "丁某某"} {
		if strings.Contains(md.String(), name) {
			t.Errorf("the report names %s", name)
		}
	}
}
