package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
)

// TestOnTimeIsWithinTheLimit: a catalog entry is 按时公开 only when every
// item of it published in the month was published within the entry's
// time limit from the day the information was formed; an entry with a
// current item still counts for the coverage.
func TestOnTimeIsWithinTheLimit(t *testing.T) {
	siteText := strings.Replace(site, "name = \"任前公示\"\n", "name = \"任前公示\"\ntime_limit = \"形成后5个工作日内公开\"\n", 1)
	cfg, diags := config.Parse([]byte(siteText))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	fm := map[string]string{
		// formed 2026-10-01 (Thursday): 5 working days end on 2026-10-08
		"cadre/late":   "title = \"迟发的公示\"\ndate = 2026-10-12\nformed = 2026-10-01\nuntil = 2026-10-16\ncategory = \"cadre\"\nterm = \"immediate\"\nissuer = \"org\"",
		"cadre/prompt": "title = \"及时的公示\"\ndate = 2026-10-28\nformed = 2026-10-26\nuntil = 2026-11-03\ncategory = \"cadre\"\nterm = \"immediate\"\nissuer = \"org\"",
		"goals/2026":   "title = \"2026年目标\"\ndate = 2026-02-10\ncategory = \"goals\"\nterm = \"periodic\"\nperiod = \"yearly\"",
	}
	var items []*content.Item
	for id, f := range fm {
		it, diags := content.Parse(cfg, nil, "content/"+id+".md", []byte("+++\n"+f+"\n+++\n正文。\n"))
		if len(diags) > 0 {
			t.Fatal(diags)
		}
		items = append(items, it)
	}
	r := Make(cfg, audited(cfg, items), 2026, 10, calendar.Date(2026, 11, 27), config.Public, nil)
	if r.Covered != 2 || r.OnTime != 1 {
		t.Errorf("covered %d, on time %d; want both entries covered, 任前公示 not on time", r.Covered, r.OnTime)
	}
	if len(r.Late) != 1 || r.Late[0].Item.ID != "cadre/late" || r.Late[0].Last != calendar.Date(2026, 10, 8) {
		t.Fatalf("late: %+v, want cadre/late, due 2026-10-08", r.Late)
	}
	var md bytes.Buffer
	if err := r.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"已公开 2 项，覆盖率 **100%**，其中按时公开 1 项",
		"| 任前公示 | 已公开（逾期公开） | 1 |",
		"“迟发的公示”于2026年10月12日公开，超过公开目录事项“任前公示”规定的时限（5个工作日内，应于2026年10月8日前公开）",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, md.String())
		}
	}
}
