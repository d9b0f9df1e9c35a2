package build

import (
	"strings"
	"testing"
)

// TestExampleLayoutsOverride: the example county's layouts/ replaces the
// theme's masthead (partials/site-title.html) on every page, and without
// that file the theme's own comes back. The same build shows that a site
// without [site_info] prints none of it.
func TestExampleLayoutsOverride(t *testing.T) {
	t.Parallel()
	const override = "layouts/partials/site-title.html"
	res := builtExample(t)
	fsys := exampleSite(t)
	if fsys[override] == nil {
		t.Fatalf("the example has no %s", override)
	}
	for _, p := range []string{"index.html", "cadre/2026-11-renqian-gongshi/index.html", "sitemap/index.html"} {
		doc := parsePage(t, res.Dest, p)
		if n := len(findAll(doc, tagged("a", "county-masthead"))); n != 1 {
			t.Errorf("%s: %d of the county's mastheads, want 1: its layouts/ did not win over the theme", p, n)
		}
	}

	delete(fsys, override)
	toml := string(fsys["site.toml"].Data)
	i := strings.Index(toml, "\n[site_info]\n")
	j := strings.Index(toml[max(i, 0):], "\n\n")
	if i < 0 || j < 0 {
		t.Fatal("the example site.toml has no [site_info] table ending at a blank line: update this test")
	}
	fsys["site.toml"].Data = []byte(toml[:i+1] + toml[i+j+2:])
	out := buildOpts(t, Options{SiteDir: ".", FS: fsys, Now: testNow})
	home := parseHTML(t, "index.html", out["index.html"])
	if len(findAll(home, tagged("a", "county-masthead"))) != 0 || len(findAll(home, tagged("a", "site-title"))) != 1 {
		t.Error("without the example's layouts/partials/site-title.html, the theme's masthead is not back")
	}
	text := textOf(home)
	for _, s := range []string{"主办单位", "承办单位", "网站标识码", "ICP备", "公网安备", "网站纠错"} {
		if strings.Contains(text, s) {
			t.Errorf("a site without [site_info] shows %s", s)
		}
	}
	if _, ok := metas(home)["SiteIDCode"]; ok || len(findAll(home, tagged("img", ""))) != 0 {
		t.Error("a site without [site_info] has a SiteIDCode or a mark")
	}
	if !strings.Contains(text, "网站地图") || !strings.Contains(text, "订阅本栏目更新") {
		t.Error("the footer's links to the site map and the feed do not depend on [site_info]")
	}
}
