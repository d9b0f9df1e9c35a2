package build

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// oldNotice is a 任前公示 that ended in September: the example's cadre
// category unlists its notices 30 days after their window, so on
// 2026-11-27 it is unlisted (from 2026-10-19). It has its own 索引号:
// dated before the example's later cadre items, it would move theirs.
const oldNotice = `+++
title    = "UNLISTED-TITLE 关于某某同志任前公示的公告"
date     = 2026-09-14
category = "cadre"
term     = "immediate"
issuer   = "organization"
until    = 2026-09-18
number   = "UNLISTED-NUMBER"
summary  = "UNLISTED-SUMMARY 某某，男，1985年6月生，籍贯青山县。"
index_no = "11361100MB1598765K/2026-cadre-0099"
%s+++
UNLISTED-BODY 拟任县直单位领导职务。
`

// TestUnlistedNotice: an unlisted notice changes nothing in the public
// build but its own page (there, marked noindex), its entry in index.json
// (marked unlisted) and the archive (its title, without a link or a
// summary): it is in no list, count, feed or sitemap, exactly as if it
// were not there. With unlist_after = "never" it stays listed.
func TestUnlistedNotice(t *testing.T) {
	t.Parallel()
	now := testNow
	built := builtExample(t) // the example as it is, built once for the tests that only read it
	without := readTree(t, built.Dest)
	without[ledgerKey] = built.Ledger.Data
	with := exampleSite(t)
	with["content/cadre/zz-unlisted.md"] = &fstest.MapFile{Data: []byte(strings.Replace(oldNotice, "%s", "", 1))}
	got := buildFiles(t, with, now)

	page := string(got["cadre/zz-unlisted/index.html"])
	if !strings.Contains(page, `<meta name="robots" content="noindex">`) || !strings.Contains(page, "UNLISTED-BODY") {
		t.Errorf("the unlisted notice's page is not there, or not marked noindex")
	}
	month := string(got["archive/2026/09/index.html"])
	if !strings.Contains(month, "UNLISTED-TITLE") || strings.Contains(month, "zz-unlisted") || strings.Contains(month, "UNLISTED-SUMMARY") {
		t.Errorf("the archive does not show the unlisted notice by its title alone, without a link:\n%s", month)
	}
	checkIndexEntry(t, got["index.json"], "cadre/zz-unlisted", "2026-10-19", true)
	var changed []string
	for name, data := range got {
		if string(without[name]) != string(data) {
			changed = append(changed, name)
		}
	}
	slices.Sort(changed)
	// the ledger of addresses (urls.txt, in the site folder) lists its page
	want := []string{"(site folder)/urls.txt", "archive/2026/09/index.html", "archive/index.html", "cadre/zz-unlisted/index.html", "index.json"}
	if !slices.Equal(changed, want) {
		t.Errorf("the unlisted notice changed %v; want only %v", changed, want)
	}

	with["content/cadre/zz-unlisted.md"] = &fstest.MapFile{Data: []byte(strings.Replace(oldNotice, "%s", "unlist_after = \"never\"\n", 1))}
	kept := buildFiles(t, with, now)
	for _, name := range []string{"categories/cadre/index.html", "sitemap.xml", "feed.xml"} {
		if !strings.Contains(string(kept[name]), "zz-unlisted") {
			t.Errorf("with unlist_after = \"never\" the notice is not in %s", name)
		}
	}
	if strings.Contains(string(kept["cadre/zz-unlisted/index.html"]), "noindex") {
		t.Error(`with unlist_after = "never" the notice's page is marked noindex`)
	}
	checkIndexEntry(t, kept["index.json"], "cadre/zz-unlisted", "", false)
}

// checkIndexEntry checks an item's unlist_on and unlisted in index.json.
func checkIndexEntry(t *testing.T, data []byte, id, unlistOn string, unlisted bool) {
	t.Helper()
	var index struct {
		Items []struct {
			ID       string `json:"id"`
			UnlistOn string `json:"unlist_on"`
			Unlisted bool   `json:"unlisted"`
		} `json:"items"`
	}
	if err := json.Unmarshal(data, &index); err != nil {
		t.Fatal(err)
	}
	for _, e := range index.Items {
		if e.ID == id {
			if e.UnlistOn != unlistOn || e.Unlisted != unlisted {
				t.Errorf("index.json: %s has unlist_on %q, unlisted %v; want %q, %v", id, e.UnlistOn, e.Unlisted, unlistOn, unlisted)
			}
			return
		}
	}
	t.Errorf("index.json has no entry for %s", id)
}
