package model

import (
	"slices"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/markdown"
)

// unlistFiles is a site whose cadre category unlists its notices 30 days
// after their window, with notices on either side of that day.
var unlistFiles = fstest.MapFS{
	"site.toml": {Data: []byte(`title = "测试县"
base_url = "https://gk.test.example/"
[feedback]
phone = "0000-1234567"
[[categories]]
key = "cadre"
label = "干部选任和管理"
term = "immediate"
unlist_after = "30d"
[[categories]]
key = "other"
label = "其他"
term = "immediate"
[[issuers]]
key = "organization"
label = "县委组织部"
[[catalog]]
name = "任前公示"
category = "cadre"
term = "immediate"
`)},
	// until + 30 days is 2026-11-15: unlisted from 2026-11-16
	"content/cadre/old.md": notice(`date = 2026-10-12`, `until = 2026-10-16`),
	// unlisted from 2026-12-07
	"content/cadre/recent.md": notice(`date = 2026-11-02`, `until = 2026-11-06`),
	// the category's default switched off
	"content/cadre/kept.md": notice(`date = 2026-09-01`, `until = 2026-09-07`, `unlist_after = "never"`),
	// its own unlist_after, in a category without one: unlisted from 2026-11-27
	"content/other/own.md": notice(`date = 2026-11-10`, `until = 2026-11-19`, `unlist_after = "7d"`, `category = "other"`),
	// an item without a window stays listed
	"content/cadre/rule.md": notice(`date = 2026-03-16`, `term = "long-term"`),
}

func notice(keys ...string) *fstest.MapFile {
	front := "title = \"关于某某同志任前公示的公告\"\nissuer = \"organization\"\n"
	cat := "category = \"cadre\"\n"
	for _, k := range keys {
		if k[:8] == "category" {
			cat = ""
		}
		front += k + "\n"
	}
	return &fstest.MapFile{Data: []byte("+++\n" + cat + front + "+++\n正文。\n")}
}

func loadUnlistSite(t *testing.T) (*config.Site, *content.Set) {
	t.Helper()
	return loadFS(t, unlistFiles)
}

func buildUnlistSite(t *testing.T, now calendar.Day) *Site {
	t.Helper()
	cfg, set := loadUnlistSite(t)
	s, diags := Build(cfg, set, markdown.New(markdown.Options{}), Options{Now: now, Scope: config.Public})
	if diag.CountErrors(diags) > 0 {
		t.Fatal(diags)
	}
	return s
}

// TestUnlistOn: the first day unlisted counts from until, by the item's
// own unlist_after, else its category's; "never" and items without a
// window are never unlisted.
func TestUnlistOn(t *testing.T) {
	s := buildUnlistSite(t, day("2026-11-27"))
	for id, want := range map[string]string{
		"cadre/old":    "2026-11-16",
		"cadre/recent": "2026-12-07",
		"other/own":    "2026-11-27",
		"cadre/kept":   "",
		"cadre/rule":   "",
	} {
		it := s.Lookup(id)
		got := ""
		if on := it.UnlistOn(); !on.IsZero() {
			got = on.String()
		}
		if got != want {
			t.Errorf("%s: UnlistOn %q, want %q", id, got, want)
		}
		if unlisted := want != "" && want <= "2026-11-27"; it.Unlisted != unlisted {
			t.Errorf("%s: Unlisted = %v on 2026-11-27", id, it.Unlisted)
		}
	}
	if on := buildUnlistSite(t, day("2026-11-15")).Lookup("cadre/old"); on.Unlisted {
		t.Error("cadre/old is unlisted on the last day it should be listed, 2026-11-15")
	}
}

// TestUnlistedLeavesTheLists: an unlisted item is in no group, not in
// Listed, not named by the catalog page, but still in the archive and
// still counting for the catalog's coverage.
func TestUnlistedLeavesTheLists(t *testing.T) {
	s := buildUnlistSite(t, day("2026-11-27"))
	ids := func(items []*Item) []string {
		var out []string
		for _, it := range items {
			out = append(out, it.ID)
		}
		slices.Sort(out)
		return out
	}
	want := []string{"cadre/kept", "cadre/recent", "cadre/rule"}
	for name, got := range map[string][]string{
		"category cadre":      ids(s.Category("cadre").Items),
		"issuer organization": ids(slices.DeleteFunc(slices.Clone(s.Issuer("organization").Items), func(it *Item) bool { return it.Category != "cadre" })),
		"Listed":              ids(slices.DeleteFunc(slices.Clone(s.Listed), func(it *Item) bool { return it.Category != "cadre" })),
	} {
		if !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", name, got, want)
		}
	}
	if got := ids(s.Category("other").Items); len(got) != 0 {
		t.Errorf("category other lists %v", got)
	}
	if got := ids(s.Term("immediate").Items); !slices.Equal(got, []string{"cadre/kept", "cadre/recent"}) {
		t.Errorf("term immediate lists %v", got)
	}
	// the entry is for immediate cadre items; other/own is outside it
	if got := ids(s.Catalog.Outside); !slices.Equal(got, []string{"cadre/rule"}) {
		t.Errorf("the catalog's outside list names %v, want only cadre/rule", got)
	}
	e := s.Catalog.Entries[0]
	if got := ids(e.Listed()); !slices.Equal(got, []string{"cadre/kept", "cadre/recent"}) {
		t.Errorf("the catalog entry names %v", got)
	}
	if got := ids(e.Items); !slices.Equal(got, []string{"cadre/kept", "cadre/old", "cadre/recent"}) || e.Coverage != Stale {
		t.Errorf("the catalog entry is fulfilled by %v (%s), want every immediate cadre item, stale", got, e.Coverage)
	}
	var archived []string
	for _, y := range s.Years {
		for _, m := range y.Months {
			archived = append(archived, ids(m.Items)...)
		}
	}
	if len(archived) != 5 || s.Years[0].Count != 5 {
		t.Errorf("the archive holds %v (count %d), want all 5 items", archived, s.Years[0].Count)
	}
}
