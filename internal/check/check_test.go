package check

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
)

// TestCatalogMissingSaysWhatToPublish: an entry with no item is told what
// would fulfil it, from what it names; never `category ""`. (The items the
// first lists exist, as drafts: an entry listing an item with no file is
// left to that error.)
func TestCatalogMissingSaysWhatToPublish(t *testing.T) {
	cfg, diags := config.Parse([]byte(`title = "县"
base_url = "https://x.example/"
[feedback]
phone = "1"
[[categories]]
key = "cadre"
label = "干部"
[[categories]]
key = "appointments"
label = "任免"
[[catalog]]
name = "议事规则"
items = ["leadership/guize", "leadership/guize-2"]
[[catalog]]
name = "任前公示"
category = "cadre"
categories = ["appointments"]
[[catalog]]
name = "任免"
categories = ["appointments"]
`))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	now, _ := calendar.Parse("2026-11-27")
	var got []string
	drafts := &content.Set{Items: []*content.Item{{ID: "leadership/guize", Draft: true}, {ID: "leadership/guize-2", Draft: true}}}
	for _, d := range Run(cfg, drafts, now, false) {
		got = append(got, d.String())
	}
	want := []string{
		`site.toml:11: warning: catalog entry "议事规则" has no item; publish "leadership/guize" or "leadership/guize-2", which it lists with items, or list a published item`,
		`site.toml:14: warning: catalog entry "任前公示" has no item; publish one in category "cadre" or "appointments", or list one with items = ["…"]`,
		`site.toml:18: warning: catalog entry "任免" has no item; publish one in category "appointments", or list one with items = ["…"]`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
