package build

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
)

// TestIndexNoShown: the example numbers its items by [index_no]; each
// item's 索引号 is on its page and in index.json, and no two items share
// one.
func TestIndexNoShown(t *testing.T) {
	t.Parallel()
	now, _ := calendar.Parse("2026-11-27")
	out := buildOpts(t, Options{SiteDir: ".", FS: exampleSite(t), Now: now})
	var index struct {
		Items []struct {
			ID, Path string
			IndexNo  string `json:"index_no"`
		}
	}
	if err := json.Unmarshal(out["index.json"], &index); err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, it := range index.Items {
		if !strings.HasPrefix(it.IndexNo, "11361100MB1598765K/20") {
			t.Errorf("%s: index_no %q", it.ID, it.IndexNo)
			continue
		}
		if other, ok := seen[it.IndexNo]; ok {
			t.Errorf("%s and %s share 索引号 %s", other, it.ID, it.IndexNo)
		}
		seen[it.IndexNo] = it.ID
		page := string(out[strings.TrimPrefix(it.Path, "/")+"index.html"])
		if !strings.Contains(page, `<th scope="row">索引号</th><td colspan="3">`+it.IndexNo+`</td>`) {
			t.Errorf("%s: the page does not show 索引号 %s", it.ID, it.IndexNo)
		}
	}
	if got := seen["11361100MB1598765K/2026-cadre-0005"]; got != "cadre/2026-11-renqian-gongshi" {
		t.Errorf("2026-cadre-0005 is %q, want the fifth cadre item of 2026 by date", got)
	}
	if len(seen) < 40 {
		t.Errorf("only %d numbered items", len(seen))
	}
}
