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
		`site.toml:5: warning: category "cadre" (干部) has no public item, so the website shows it as an empty column (空白栏目); publish an item in it, or remove the category`,
		`site.toml:8: warning: category "appointments" (任免) has no public item, so the website shows it as an empty column (空白栏目); publish an item in it, or remove the category`,
		`site.toml:11: warning: catalog entry "议事规则" has no item; publish "leadership/guize" or "leadership/guize-2", which it lists with items, or list a published item`,
		`site.toml:14: warning: catalog entry "任前公示" has no item; publish one in category "cadre" or "appointments", or list one with items = ["…"]`,
		`site.toml:18: warning: catalog entry "任免" has no item; publish one in category "appointments", or list one with items = ["…"]`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNoticeBeforeItsStages: a notice of a consultation category dated
// before its first stage begins is told at its date: until that stage
// begins, nothing of its stages is published and it shows as open for
// comment over its publicity window. A notice whose first stage has begun
// by its date, and one with no stages, are not told.
func TestNoticeBeforeItsStages(t *testing.T) {
	cfg, diags := config.Parse([]byte(`title = "县"
base_url = "https://x.example/"
[feedback]
phone = "1"
[[categories]]
key = "decisions"
label = "重大决策"
consultation = true
`))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	const front = "+++\ntitle = \"征求意见\"\ndate = 2026-11-20\ncategory = \"decisions\"\nterm = \"immediate\"\nuntil = 2027-01-05\n"
	const consultation = "[[stages]]\nstage = \"征求意见\"\nstart = 2026-12-01\nend = 2027-01-05\n"
	files := map[string]string{
		"content/decisions/early.md":    front + consultation + "+++\n",
		"content/decisions/research.md": front + "[[stages]]\nstage = \"调查研究\"\nstart = 2026-08-01\nend = 2026-11-15\n" + consultation + "+++\n",
		"content/decisions/none.md":     strings.Replace(front, "2027-01-05", "2026-12-25", 1) + "+++\n",
	}
	set := &content.Set{}
	for name, data := range files {
		it, ds := content.Parse(cfg, nil, name, []byte(data))
		if len(ds) > 0 {
			t.Fatal(ds)
		}
		set.Items = append(set.Items, it)
	}
	now, _ := calendar.Parse("2026-11-27")
	var got []string
	for _, d := range Run(cfg, set, now, false) {
		got = append(got, d.String())
	}
	want := []string{
		`content/decisions/early.md:3: warning: the notice is published 2026-11-20, before its first stage (征求意见) begins on 2026-12-01: until then no stage of it is published, and it shows as open for comment from 2026-11-20 to 2027-01-05; write date = 2026-12-01, or add the stage begun before it (such as 调查研究)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
