package web_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestIndexCarriesTheDaysStatusesTurnOn: index.json gives each item the
// days its status turns on, so other tools can keep time as pages do.
func TestIndexCarriesTheDaysStatusesTurnOn(t *testing.T) {
	_, files := renderWebsite(t, "2026-11-27")
	var index struct {
		Items []map[string]any `json:"items"`
	}
	if err := json.Unmarshal(files["index.json"], &index); err != nil {
		t.Fatal(err)
	}
	byID := map[string]map[string]any{}
	for _, e := range index.Items {
		byID[e["id"].(string)] = e
	}
	for id, want := range map[string]map[string]string{
		// monthly, dated 2026-11-06: current through 2026-12-06
		"masses/2026-10-xinfang": {"due": "2026-12-06"},
		// a decision's 征求意见 stage
		"decisions/laojiu-xiaoqu-gaizao-zhengqiu-yijian":  {"until": "2026-12-15", "comment_start": "2026-11-10", "comment_end": "2026-12-15"},
		"leadership/xianwei-changweihui-yishi-guize-2019": {"withdrawn": "2026-06-30"},
		"cadre/2026-11-renqian-gongshi":                   {"until": "2026-11-27"},
	} {
		e := byID[id]
		if e == nil {
			t.Fatalf("%s is not in index.json", id)
		}
		for _, key := range []string{"due", "comment_start", "comment_end", "withdrawn", "until"} {
			if got, _ := e[key].(string); got != want[key] {
				t.Errorf("%s: %s = %q, want %q", id, key, got, want[key])
			}
		}
	}
}

// TestFeedStatesDaysNotStatuses: a feed reader runs no script, so an entry
// states its windows and never a status or a count of days left.
func TestFeedStatesDaysNotStatuses(t *testing.T) {
	_, files := renderWebsite(t, "2026-11-27")
	feed := string(files["feed.xml"])
	for _, want := range []string{
		"<summary>公示期：2026年11月23日至11月27日。",
		"<summary>公示期：2026年11月10日至12月15日。",
	} {
		if !strings.Contains(feed, want) {
			t.Errorf("feed.xml has no %q", want)
		}
	}
	for _, word := range []string{"公示中", "征求意见中", "还剩", "今天", "逾期未更新", "现行"} {
		if strings.Contains(feed, word) {
			t.Errorf("feed.xml says %q, which goes false when the feed is read later", word)
		}
	}
}
