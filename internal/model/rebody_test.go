package model

import (
	"slices"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/markdown"
)

// TestRebodyIsBuild: after each change of one body — a link to a file
// beside an item, a link to no item, neither — Rebody of the last site
// is what Build makes of the same files: the item's HTML, the files
// published, the diagnostics; it changes the site in place, and refuses
// another --now.
func TestRebodyIsBuild(t *testing.T) {
	fsys := linkSite("https://www.example.gov.cn/")
	md := markdown.New(markdown.Options{})
	opts := Options{Now: linkNow, Scope: config.Public, Bodies: NewBodyCache()}
	cfg, set := loadLinkSite(t, fsys, "见[附件](gongkai/附件1.pdf)。\n")
	site, _ := Build(cfg, set, md, opts)
	sawDiag, sawFile := false, false
	for _, body := range []string{"[坏链接](no-such.md)\n", "正文。\n", "见[附件](gongkai/附件1.pdf)。\n"} {
		_, fresh := loadLinkSite(t, fsys, body)
		// set as a cache reads it: every item as it was but the edited one
		next := *set
		next.Items = slices.Clone(set.Items)
		from := slices.IndexFunc(next.Items, func(it *content.Item) bool { return it.ID == "cadre/from" })
		next.Items[from] = fresh.Items[from]
		want, wantDiags := Build(cfg, &next, md, Options{Now: linkNow, Scope: config.Public})
		got, diags, ok := Rebody(site, cfg, &next, md, opts)
		if !ok || got != site {
			t.Fatalf("%q: Rebody did not take the last site (ok %v)", body, ok)
		}
		if g, w := got.Lookup("cadre/from").Doc.HTML, want.Lookup("cadre/from").Doc.HTML; g != w {
			t.Errorf("%q: HTML %s, want %s", body, g, w)
		}
		if string(got.Lookup("cadre/from").Body) != body {
			t.Errorf("%q: the item is not pointed at its new reading", body)
		}
		if !slices.Equal(got.Resources, want.Resources) {
			t.Errorf("%q: files published %v, want %v", body, got.Resources, want.Resources)
		}
		if !slices.Equal(diags, wantDiags) {
			t.Errorf("%q: reported %v, want %v", body, diags, wantDiags)
		}
		set = &next
		sawDiag, sawFile = sawDiag || len(wantDiags) > 0, sawFile || len(want.Resources) > 0
	}
	if !sawDiag || !sawFile {
		t.Fatalf("the edits reported nothing (%v) or published no file (%v): choose others", sawDiag, sawFile)
	}
	later := opts
	later.Now.D++
	if _, _, ok := Rebody(site, cfg, set, md, later); ok {
		t.Error("Rebody took a site of another --now")
	}
}
