package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
)

// TestPeriodReports: the half-year and yearly work summaries cover their
// span, are due by 10 June and 10 December, and speak of their period,
// never of 本月.
func TestPeriodReports(t *testing.T) {
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
	now := calendar.Date(2026, 11, 27)
	for _, c := range []struct {
		period    Period
		published int
		want      []string
	}{
		{Period{Kind: HalfYear, Year: 2026}, 0, []string{"上半年工作总结（2026年1月至6月）", "统计期间：2026年1月1日至2026年6月30日", "数据截至：2026年6月30日", "报送时限：2026年6月10日前", "上半年共公开事项 **0** 项"}},
		// September's, October's two and November's public items
		{Period{Kind: Yearly, Year: 2026}, 4, []string{"年度工作总结（2026年）", "统计期间：2026年1月1日至2026年12月31日", "数据截至：2026年11月27日", "报送时限：2026年12月10日前", "本年共公开事项 **4** 项", "期末处于公示期"}},
	} {
		r := MakePeriod(cfg, audited(cfg, items), c.period, now, config.Public, nil)
		if len(r.Published) != c.published {
			t.Errorf("%s: %d items published, want %d", c.period.Name(), len(r.Published), c.published)
		}
		var md, sheet bytes.Buffer
		if err := r.Markdown(&md); err != nil {
			t.Fatal(err)
		}
		if err := r.CSV(&sheet); err != nil {
			t.Fatal(err)
		}
		for _, w := range c.want {
			if !strings.Contains(md.String(), w) {
				t.Errorf("%s lacks %q:\n%s", c.period.Name(), w, md.String())
			}
		}
		for _, out := range []string{md.String(), sheet.String()} {
			out = strings.ReplaceAll(out, "本月结束的公示", "") // an item's title
			if strings.Contains(out, "本月") || strings.Contains(out, "月末") {
				t.Errorf("%s speaks of the month:\n%s", c.period.Name(), out)
			}
		}
	}
}
