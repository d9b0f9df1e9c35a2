package content

import (
	"fmt"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/config"
)

func ids(items []*Item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.ID
	}
	slices.Sort(out)
	return out
}

// TestCacheLoadsAsLoad: the cache gives what Load gives — items, broken
// items, resources and diagnostics — before and after changes, and the
// same *Item for files that did not change.
func TestCacheLoadsAsLoad(t *testing.T) {
	site, diags := config.Parse([]byte("title = \"t\"\nbase_url = \"https://x.example/\"\n[feedback]\nphone = \"1\"\n[[categories]]\nkey = \"cadre\"\nlabel = \"干部\"\nterm = \"long-term\"\n"))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	item := func(title string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(fmt.Sprintf("+++\ntitle = %q\ndate = 2026-11-20\ncategory = \"cadre\"\n+++\n正文\n", title))}
	}
	fsys := fstest.MapFS{
		"content/cadre/a.md":    item("甲"),
		"content/cadre/b.md":    item("乙"),
		"content/cadre/bad.md":  {Data: []byte("+++\ntitle = \"坏\"\ncategory = \"cadres\"\n+++\n")},
		"content/cadre/pic.png": {Data: []byte("png")},
	}
	c := NewCache()
	same := func(step string) *Set {
		t.Helper()
		want, wd := Load(fsys, site, testReserved)
		got, gd := c.Load(fsys, site, testReserved)
		if !slices.Equal(ids(want.Items), ids(got.Items)) || !slices.Equal(ids(want.Broken), ids(got.Broken)) ||
			!slices.Equal(want.Resources, got.Resources) || fmt.Sprint(wd) != fmt.Sprint(gd) {
			t.Errorf("%s: Load gives %v %v %v %v;\ncache gives %v %v %v %v", step, ids(want.Items), ids(want.Broken), want.Resources, wd, ids(got.Items), ids(got.Broken), got.Resources, gd)
		}
		return got
	}
	first := same("first load")
	fsys["content/cadre/b.md"] = item("乙改")
	c.Changed("content/cadre/b.md")
	second := same("after an edit")
	if first.Items[0] != second.Items[0] || first.Items[1] == second.Items[1] {
		t.Errorf("the cache re-read an unchanged file or kept a changed one")
	}
	fsys["content/new/c.md"] = item("丙")
	delete(fsys, "content/cadre/a.md")
	c.Changed("content/new", "content/cadre/a.md")
	same("after an addition and a removal")
	fsys["content/cadre/bad.md"] = item("好了")
	c.Changed("content/cadre/bad.md")
	if s := same("after a fix"); len(s.Broken) != 0 {
		t.Errorf("broken after the fix: %v", ids(s.Broken))
	}
}
