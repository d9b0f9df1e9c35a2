package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/model"
)

const site = `title = "测试县"
base_url = "https://gk.test.example/"
[feedback]
phone = "0000-1"
[[categories]]
key = "cadre"
label = "干部选任和管理"
channel = ["web", "board"]
[[categories]]
key = "goals"
label = "年度工作目标"
[[issuers]]
key = "org"
label = "县委组织部"
[[catalog]]
name = "任前公示"
category = "cadre"
term = "immediate"
[[catalog]]
name = "年度工作目标"
category = "goals"
[[catalog]]
name = "党内干部工作"
scope = "internal"
category = "cadre"
`

var files = map[string]string{
	"cadre/open":   "title = \"跨月公示\"\ndate = 2026-10-28\nuntil = 2026-11-03\ncategory = \"cadre\"\nterm = \"immediate\"\nissuer = \"org\"",
	"cadre/closed": "title = \"本月结束的公示\"\ndate = 2026-10-12\nuntil = 2026-10-16\ncategory = \"cadre\"\nterm = \"immediate\"\nissuer = \"org\"",
	"cadre/sept":   "title = \"上月的公示\"\ndate = 2026-09-01\nuntil = 2026-09-07\ncategory = \"cadre\"\nterm = \"immediate\"",
	"cadre/inner":  "title = \"党内事项\"\ndate = 2026-10-20\ncategory = \"cadre\"\nterm = \"long-term\"\nscope = \"internal\"",
	"goals/2025":   "title = \"2025年目标\"\ndate = 2025-02-10\ncategory = \"goals\"\nterm = \"periodic\"\nperiod = \"yearly\"",
	"goals/nov":    "title = \"下月才发布\"\ndate = 2026-11-05\ncategory = \"goals\"\nterm = \"periodic\"\nperiod = \"yearly\"",
	// an internal item replacing the public goals: the public report still
	// sees goals/2025 as the public site does, overdue
	"goals/inner": "title = \"党内目标\"\ndate = 2026-10-25\ncategory = \"goals\"\nterm = \"periodic\"\nperiod = \"yearly\"\nscope = \"internal\"\nreplaces = \"goals/2025\"",
}

func make2610(t *testing.T, scope config.Scope) *Report {
	cfg, diags := config.Parse([]byte(site))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	var items []*content.Item
	for id, fm := range files {
		it, diags := content.Parse(cfg, nil, "content/"+id+".md", []byte("+++\n"+fm+"\n+++\n正文。\n"))
		if len(diags) > 0 {
			t.Fatal(diags)
		}
		items = append(items, it)
	}
	now, _ := calendar.Parse("2026-11-27")
	return Make(cfg, audited(cfg, items), 2026, 10, now, scope, nil)
}

func TestReportNumbers(t *testing.T) {
	r := make2610(t, config.Internal)
	if r.AsOf.String() != "2026-10-31" {
		t.Errorf("as of %s, want the month's last day", r.AsOf)
	}
	check := func(name string, n, want int) {
		if n != want {
			t.Errorf("%s = %d, want %d", name, n, want)
		}
	}
	check("published in October", len(r.Published), 4) // open, closed, cadre/inner, goals/inner
	check("open at month end", len(r.Open), 1)
	check("closed in October", len(r.Closed), 1)
	// goals/2025, due 2026-02-10: goals/inner replaces it in the internal
	// edition only, and the public site still shows it, overdue
	check("overdue", len(r.Overdue), 1)
	check("catalog entries", len(r.Entries), 3)
	check("catalog covered", r.Covered, 2)
	check("percent", r.Percent(), 66)
	if r.Open[0].ID != "cadre/open" || r.Closed[0].ID != "cadre/closed" || r.Overdue[0].ID != "goals/2025" {
		t.Errorf("open %s closed %s overdue %s", r.Open[0].ID, r.Closed[0].ID, r.Overdue[0].ID)
	}
	for _, c := range r.ByCategory {
		if c.Key == "cadre" && (c.Public != 2 || c.Internal != 1) {
			t.Errorf("cadre row %+v, want 2 public 1 internal", c)
		}
	}
	var md bytes.Buffer
	if err := r.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"（含党内公开事项）",
		"本月共公开事项 **4** 项，其中向社会公开 2 项、党内公开 2 项",
		"| 干部选任和管理 | 3 | 2 | 1 |",
		"| 党内目标 |",
		"| 党内干部工作 | 党内公开 | 已公开 | 1 |",
		"| 2025年目标 | 每年 | 2025-02-10 | 2026-02-10 | — |",
		"覆盖率 **66%**",
		"2026年11月10日前报",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("report lacks %q\n%s", want, md.String())
		}
	}
	var out bytes.Buffer
	if err := r.CSV(&out); err != nil {
		t.Fatal(err)
	}
	cr := csv.NewReader(strings.NewReader(out.String()))
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+5+1+len(approvers) { // header, open/closed/cadre inner/goals inner/2025, totals, approval
		t.Errorf("csv has %d rows:\n%s", len(rows), out.String())
	}
}

// TestPublicReport: the public report counts, names and judges only what
// the public build publishes. The internal items are not counted, named,
// nor do they replace a public item or cover a catalog entry.
func TestPublicReport(t *testing.T) {
	r := make2610(t, config.Public)
	check := func(name string, n, want int) {
		if n != want {
			t.Errorf("%s = %d, want %d", name, n, want)
		}
	}
	check("published in October", len(r.Published), 2) // open, closed
	check("overdue", len(r.Overdue), 1)                // goals/2025, due 2026-02-10: the public site shows it overdue
	check("catalog entries", len(r.Entries), 2)
	check("catalog covered", r.Covered, 1)
	for _, c := range r.ByCategory {
		if c.Internal != 0 {
			t.Errorf("row %+v counts internal items", c)
		}
	}
	var md, csvOut, html bytes.Buffer
	for _, err := range []error{r.Markdown(&md), r.CSV(&csvOut), r.HTML(&html)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	for _, out := range []string{md.String(), csvOut.String(), html.String()} {
		for _, hidden := range []string{"党内事项", "党内目标", "党内干部工作", "cadre/inner", "goals/inner", "党内公开", "下月才发布"} {
			if strings.Contains(out, hidden) {
				t.Errorf("the public report shows %q:\n%s", hidden, out)
			}
		}
	}
	for _, want := range []string{
		"本月共公开事项 **2** 项；",
		"| 干部选任和管理 | 2 |\n",
		"| 2025年目标 | 每年 | 2025-02-10 | 2026-02-10 | — |",
		"覆盖率 **50%**",
		"“2025年目标”（—）应于2026年2月10日前更新",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("the public report lacks %q\n%s", want, md.String())
		}
	}
}

// audited is the Auditor of items, read without a build.
func audited(cfg *config.Site, items []*content.Item) Auditor {
	return func(day calendar.Day, scope config.Scope) []*model.Item { return model.Audit(cfg, items, day, scope) }
}
