package content

import (
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/config"
)

// TestCacheShapes: Shapes stays the same when only a title, a number or a
// summary changes (Fronts changes), and changes with any other key: a
// category, a date written another way, a nested table's summary, a key
// added.
func TestCacheShapes(t *testing.T) {
	site, diags := config.Parse([]byte("title = \"t\"\nbase_url = \"https://x.example/\"\n[feedback]\nphone = \"1\"\n[[categories]]\nkey = \"cadre\"\nlabel = \"干部\"\nterm = \"long-term\"\n[[categories]]\nkey = \"other\"\nlabel = \"其他\"\nterm = \"long-term\"\n"))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	const base = "+++\ntitle = \"甲\"\ndate = 2026-11-20\ncategory = \"cadre\"\nnumber = \"1号\"\n+++\n正文\n"
	fsys := fstest.MapFS{"content/cadre/a.md": {Data: []byte(base)}, "content/cadre/b.md": {Data: []byte(base)}}
	c := NewCache()
	c.Load(fsys, site, testReserved)
	shapes, fronts := c.Shapes(), c.Fronts()
	load := func(text string) (sameShape, sameFront bool) {
		t.Helper()
		fsys["content/cadre/a.md"] = &fstest.MapFile{Data: []byte(text)}
		c.Changed("content/cadre/a.md")
		if _, diags := c.Load(fsys, site, testReserved); len(diags) > 0 {
			t.Fatalf("%q: %v", text, diags)
		}
		return c.Shapes() == shapes, c.Fronts() == fronts
	}
	for _, text := range []string{
		"+++\ntitle = \"甲乙\"\ndate = 2026-11-20\ncategory = \"cadre\"\nnumber = \"1号\"\n+++\n正文\n",
		"+++\ntitle = \"甲\"\ndate = 2026-11-20\ncategory = \"cadre\"\nnumber = \"2号\"\nsummary = \"\"\"\n摘要\"\"\"\n+++\n正文\n",
		"+++\ntitle = '''甲'''\ndate = 2026-11-20\ncategory = \"cadre\"\n\n\nnumber = \"1号\"\n+++\n正文\n",
	} {
		if sameShape, sameFront := load(text); !sameShape || sameFront {
			t.Errorf("%q: display fields only, yet Shapes changed (%v) or Fronts did not (%v)", text, !sameShape, sameFront)
		}
	}
	for _, text := range []string{
		"+++\ntitle = \"甲\"\ndate = 2026-11-20\ncategory = \"other\"\nnumber = \"1号\"\n+++\n正文\n",
		"+++\ntitle = \"甲\"\ndate = 2026-11-20T00:00:00Z\ncategory = \"cadre\"\nnumber = \"1号\"\n+++\n正文\n",
		"+++\ntitle = \"甲\"\ndate = 2026-11-20\ncategory = \"cadre\"\nnumber = \"1号\"\nformed = 2026-11-19\n+++\n正文\n",
		"+++\ntitle = \"甲\"\ndate = 2026-11-20\ncategory = \"cadre\"\nnumber = \"1号\"\naliases = [\"/x/\", \"/y/\"]\n+++\n正文\n",
	} {
		if sameShape, _ := load(text); sameShape {
			t.Errorf("%q: a key other than title, number, summary changed, yet Shapes did not", text)
		}
		load(base)
	}
}
