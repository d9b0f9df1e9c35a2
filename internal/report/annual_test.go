package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/model"
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

// annualRequests are requests around the year 2026: answered before it,
// carried into it, new and answered, new and carried out, and after it.
func annualRequests(t *testing.T) []*records.Request {
	reply := func(date string, o records.Outcome, reason string) *records.Reply {
		return &records.Reply{Date: day(t, date), Outcome: o, Reason: reason}
	}
	return []*records.Request{
		{ID: "2025-a", Received: day(t, "2025-11-03"), Applicant: records.Person, Reply: reply("2025-11-20", records.Disclosed, ""),
			FollowUps: []records.FollowUp{{Kind: records.Review, Result: records.Upheld, Date: day(t, "2025-12-20")}}},
		{ID: "2025-b", Received: day(t, "2025-12-22"), Applicant: records.Business, Reply: reply("2026-01-10", records.Withheld, "third-party"),
			FollowUps: []records.FollowUp{{Kind: records.Review, Result: records.Corrected, Date: day(t, "2026-03-01")},
				{Kind: records.Lawsuit, Result: records.Pending, AfterReview: true}}},
		{ID: "2026-a", Received: day(t, "2026-03-02"), Applicant: records.Legal, Reply: reply("2026-03-20", records.NotHandled, "repeat")},
		{ID: "2026-b", Received: day(t, "2026-12-20"), Applicant: records.Person, Reply: reply("2027-01-08", records.Disclosed, ""),
			FollowUps: []records.FollowUp{{Kind: records.Lawsuit, Result: records.OtherEnd, Date: day(t, "2027-03-01")}}},
		{ID: "2026-c", Received: day(t, "2026-12-28"), Applicant: records.OtherOrg},
		{ID: "2027-a", Received: day(t, "2027-01-04"), Applicant: records.Person},
	}
}

func annual2026(t *testing.T, now string) *Annual {
	cfg, diags := config.Parse([]byte(site))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	none := func(calendar.Day, config.Scope) []*model.Item { return nil }
	return MakeAnnual(cfg, none, annualRequests(t), 2026, day(t, now), config.Public)
}

func rowOf(t *testing.T, a *Annual, label string) []int {
	t.Helper()
	for _, r := range a.Requests {
		if strings.HasPrefix(r.Label, label) {
			return append(r.Cells, r.Total())
		}
	}
	t.Fatalf("no row %q", label)
	return nil
}

// TestAnnualRequestTable: a request counts as new in the year received,
// as carried in when received before and answered in the year, under its
// outcome and reason when answered in the year, and as carried out when
// not answered by the year's end; reviews and lawsuits count in the year
// of their result, or as pending while they have none.
func TestAnnualRequestTable(t *testing.T) {
	a := annual2026(t, "2027-06-30")
	want := map[string][]int{ // 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
		rowNew:        {1, 0, 0, 0, 1, 1, 3},
		rowCarriedIn:  {0, 1, 0, 0, 0, 0, 1},
		"（一）予以公开":     {0, 0, 0, 0, 0, 0, 0},
		"4．保护第三方合法权益": {0, 1, 0, 0, 0, 0, 1},
		"2．重复申请":      {0, 0, 0, 0, 1, 0, 1},
		rowTotal:      {0, 1, 0, 0, 1, 0, 2},
		rowCarriedOut: {1, 0, 0, 0, 0, 1, 2},
	}
	for label, w := range want {
		if got := rowOf(t, a, label); !slices.Equal(got, w) {
			t.Errorf("row %s = %v, want %v", label, got, w)
		}
	}
	if a.Reviews != (Tally{0, 1, 0, 0}) || a.AfterRev != (Tally{0, 0, 0, 1}) || a.Direct != (Tally{}) {
		t.Errorf("follow-ups: reviews %v, lawsuits after review %v, direct %v; want one review corrected, one lawsuit after review pending", a.Reviews, a.AfterRev, a.Direct)
	}
	// taken during the year, what is answered later is still open
	mid := annual2026(t, "2026-03-10")
	if got := rowOf(t, mid, rowCarriedOut); !slices.Equal(got, []int{0, 0, 0, 0, 1, 0, 1}) {
		t.Errorf("on 2026-03-10, carried out = %v, want the request of 2026-03-02", got)
	}
	if mid.Reviews != (Tally{0, 1, 0, 0}) || mid.AfterRev != (Tally{0, 0, 0, 1}) {
		t.Errorf("on 2026-03-10 reviews are %v and lawsuits after review %v, want the review of 2026-03-01 and the pending lawsuit", mid.Reviews, mid.AfterRev)
	}
}

// TestAnnualHTML: the printable annual report lays part 三 out as the
// national table does, with merged headings, and prints on A4.
func TestAnnualHTML(t *testing.T) {
	var out bytes.Buffer
	if err := annual2026(t, "2027-01-20").HTML(&out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"@page { size: A4", `<th colspan="7">申请人情况</th>`, `<th colspan="5">法人或其他组织</th>`,
		`<tr><td>4．保护第三方合法权益</td><td style="text-align:right">0</td><td style="text-align:right">1</td>`, "分管领导审核", "四、政府信息公开行政复议、行政诉讼情况"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the HTML lacks %q:\n%s", want, out.String())
		}
	}
}
