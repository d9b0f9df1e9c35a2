package web_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/publish"
	"github.com/gongkai/gongkai/internal/web"
)

// mastheadSite is a site of one item whose site.toml sets county or not.
func mastheadSite(county string) fstest.MapFS {
	toml := "title = \"测试县委县政府权力公开透明运行\"\nbase_url = \"https://gk.test.example/\"\n" + county +
		"\n[feedback]\nphone = \"0000-1234567\"\n\n[[categories]]\nkey = \"goals\"\nlabel = \"年度工作目标\"\nterm = \"periodic\"\n"
	item := "+++\ntitle = \"2026年度工作目标\"\ndate = 2026-02-10\ncategory = \"goals\"\nperiod = \"yearly\"\n+++\n地区生产总值增长6%。\n"
	return fstest.MapFS{
		"site.toml":          {Data: []byte(toml)},
		"content/goals/a.md": {Data: []byte(item)},
	}
}

// masthead is the home page's site title link, rendered by the theme.
func masthead(t *testing.T, county string) string {
	t.Helper()
	fsys := mastheadSite(county)
	site, diags := build.Load(&build.Options{SiteDir: ".", FS: fsys, Now: day(t, "2026-11-27")})
	if site == nil || diag.CountErrors(diags) > 0 {
		t.Fatalf("the site does not load: %v", diags)
	}
	tpl, tdiags := layout.Load(fsys, site.Config.Theme, page.Funcs(site))
	if len(tdiags) > 0 {
		t.Fatalf("templates: %v", tdiags)
	}
	w := publish.NewMemory()
	if _, err := web.Render(site, tpl, w); err != nil {
		t.Fatal(err)
	}
	home := string(w.Memory()["index.html"])
	start := strings.Index(home, `<a class="site-title"`)
	if start < 0 {
		t.Fatalf("the home page has no site title")
	}
	return home[start : start+strings.Index(home[start:], "</a>")]
}

// TestMastheadTitleOnce: with no county in site.toml (the county defaults
// to the title), the website's masthead showed the title twice, as the
// county and as the title; now once. With a county, both lines show.
func TestMastheadTitleOnce(t *testing.T) {
	const title = "测试县委县政府权力公开透明运行"
	if m := masthead(t, ""); strings.Count(m, title) != 1 || strings.Contains(m, `class="county"`) {
		t.Errorf("without a county the masthead is %q, want the title once", m)
	}
	m := masthead(t, "county = \"中共测试县委 测试县人民政府\"\n")
	if !strings.Contains(m, `<span class="county">中共测试县委 测试县人民政府</span>`) || strings.Count(m, title) != 1 {
		t.Errorf("with a county the masthead is %q, want the county and the title", m)
	}
}
