package web_test

import (
	"bytes"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/synth"
	"github.com/gongkai/gongkai/internal/web"
)

// TestCompiledAsTemplates: every page of the example site (public and
// internal), of a synthetic site of 2,000 items, of the command's test
// sites and of items written to be escaped is the same, byte for byte,
// whether the built-in theme's item.html main, meta.html, crumbs.html and
// item-row.html are written by Go (itemmain.go, itemhead.go, itemrow.go)
// or by the templates; and the Go code wrote most of them. Each way has
// its own layouts, so that no partial's output kept by one serves the
// other.
func TestCompiledAsTemplates(t *testing.T) {
	defer web.Compiled(true)
	sites := map[string]*build.Options{
		"example":          {SiteDir: exampleSite, Now: day(t, "2026-11-27")},
		"example internal": {SiteDir: exampleSite, Now: day(t, "2026-11-27"), Scope: config.Internal},
		"synth":            {SiteDir: ".", FS: synthFS(2000, nil), Now: day(t, "2026-11-27")},
		"escaped":          {SiteDir: ".", FS: synthFS(40, escapedItems), Now: day(t, "2026-11-27")},
	}
	for name, fsys := range txtarSites(t) {
		sites[name] = &build.Options{SiteDir: ".", FS: fsys, Now: day(t, "2026-11-27")}
	}
	for name, opts := range sites {
		site, compiledTpl := loadSite(t, opts)
		if site == nil && strings.HasSuffix(name, ".txtar") {
			continue // a test site that reports an error
		}
		if site == nil {
			t.Fatalf("%s does not load", name)
		}
		pages := web.PagesOf(site)
		before := web.Compiled(true)
		compiled := renderAll(compiledTpl, pages)
		written := web.Compiled(false)
		_, templatedTpl := loadSite(t, opts)
		templated := renderAll(templatedTpl, pages)
		web.Compiled(true)
		items := 0
		for i, p := range pages {
			if _, ok := p.(*web.ItemPage); ok {
				items++
			}
			if templated[i] == nil {
				continue // a test site's layout that fails (bad_template_field)
			}
			if got, want := compiled[i], templated[i]; !bytes.Equal(got, want) {
				t.Errorf("%s: /%s: the Go code writes\n%s\nthe templates\n%s", name, common(p).Path, diffAt(got, want), diffAt(want, got))
			}
		}
		for piece, n := range written {
			if n -= before[piece]; !strings.HasSuffix(name, ".txtar") && n < int64(items/2) {
				t.Errorf("%s: the Go code's piece %d wrote %d times for %d items", name, piece, n, items)
			}
		}
	}
}

// renderAll renders every page, nil where it fails.
func renderAll(tpl *layout.Set, pages []any) [][]byte {
	out := make([][]byte, len(pages))
	for i, p := range pages {
		if html, err := tpl.Render(common(p).Kind, p); err == nil {
			out[i] = html
		}
	}
	return out
}

func common(p any) *page.Page { return p.(interface{ Common() *page.Page }).Common() }

// TestCompiledOnlyForTheBuiltInTheme: a site that writes its own
// item.html, or a partial the Go code writes (clock.html, window.html,
// meta.html, crumbs.html, item-row.html, status.html), gets its own.
func TestCompiledOnlyForTheBuiltInTheme(t *testing.T) {
	for _, c := range []struct{ file, own, kind string }{
		{"layouts/item.html", `{{define "main"}}<p>own item</p>{{end}}`, "item"},
		{"layouts/partials/clock.html", ` data-own="clock"`, "item"},
		{"layouts/partials/window.html", `own window`, "item"},
		{"layouts/partials/meta.html", `<meta name="own">`, "item"},
		{"layouts/partials/crumbs.html", `<nav>own crumbs</nav>`, "item"},
		{"layouts/partials/item-row.html", `<li>own row</li>`, "list"},
		{"layouts/partials/status.html", `<span>own status</span>`, "list"},
		{"layouts/partials/clock.html", ` data-own="clock"`, "list"},
		{"layouts/partials/window.html", `own window`, "list"},
	} {
		file, own := c.file, c.own
		fsys := synthFS(40, nil)
		fsys[file] = &fstest.MapFile{Data: []byte(own)}
		site, tpl := loadSite(t, &build.Options{SiteDir: ".", FS: fsys, Now: day(t, "2026-11-27")})
		if site == nil {
			t.Fatalf("with the site's %s, the site does not load", file)
		}
		mark := []byte(strings.TrimPrefix(strings.TrimSuffix(own, `{{end}}`), `{{define "main"}}`))
		kinds := map[string]bool{}
		pages := web.PagesOf(site)
		for i, html := range renderAll(tpl, pages) {
			if bytes.Contains(html, mark) {
				kinds[common(pages[i]).Kind] = true
			}
		}
		if !kinds[c.kind] {
			t.Errorf("with the site's %s, no %s page shows it", file, c.kind)
		}
	}
}

func render(t *testing.T, tpl *layout.Set, p *web.ItemPage) []byte {
	t.Helper()
	html, err := tpl.Render("item", p)
	if err != nil {
		t.Fatal(err)
	}
	return html
}

// diffAt is a's bytes around where it first differs from b.
func diffAt(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return string(a[max(0, i-200):min(len(a), i+200)])
}

func loadSite(t *testing.T, opts *build.Options) (*model.Site, *layout.Set) {
	t.Helper()
	site, diags := build.Load(opts)
	if site == nil || diag.CountErrors(diags) > 0 {
		t.Logf("%v", diags)
		return nil, nil
	}
	tpl, tdiags := layout.Load(opts.FS, site.Config.Theme, page.Funcs(site))
	if len(tdiags) > 0 {
		t.Logf("%v", tdiags)
		return nil, nil
	}
	return site, tpl
}

// synthFS is a synthetic site of n items, and extra files.
func synthFS(n int, extra map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{"site.toml": &fstest.MapFile{Data: []byte(synth.SiteTOML)}}
	for _, f := range synth.Files(n, 1) {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	for name, data := range extra {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

// escapedItems are items whose fields html/template escapes, of every term.
var escapedItems = map[string]string{
	"content/cadre/a-b.md": "+++\ntitle = \"关于<甲>&“乙” 'A+B' \\\"丙\\\"的公示\"\ndate = 2026-11-20\ncategory = \"cadre\"\nissuer = \"organization\"\n" +
		"number = \"合<组>〔2026〕1+1号 & 'x'\"\nterm = \"immediate\"\nuntil = 2027-01-05\n+++\n正文 a < b & c > d。\n",
	"content/goals/p-q.md": "+++\ntitle = \"季度 <目标> & \\\"计划\\\"\"\ndate = 2025-11-20\ncategory = \"goals\"\nissuer = \"standing\"\n" +
		"term = \"periodic\"\nperiod = \"quarterly\"\nformed = 2025-11-01\n+++\n正文。\n",
	"content/masses/w.md": "+++\ntitle = \"废止 'W' & <X>\"\ndate = 2025-01-20\ncategory = \"masses\"\nissuer = \"development\"\n" +
		"term = \"long-term\"\nwithdrawn = 2026-06-30\n+++\n正文。\n",
	"content/projects/ended.md": "+++\ntitle = \"已结束的 <公示>\"\ndate = 2026-01-20\ncategory = \"projects\"\nissuer = \"development\"\n" +
		"term = \"immediate\"\nuntil = 2026-02-20\n+++\n正文。\n",
}

// txtarSites are the command's test sites (cmd/gongkai/testdata).
func txtarSites(t *testing.T) map[string]fstest.MapFS {
	t.Helper()
	files, _ := filepath.Glob("../../cmd/gongkai/testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no cmd/gongkai/testdata/*.txtar")
	}
	out := map[string]fstest.MapFS{}
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		fsys := fstest.MapFS{}
		for _, f := range ar.Files {
			if f.Name != "stderr" && f.Name != "stdout" && !strings.HasPrefix(f.Name, "public") {
				fsys[f.Name] = &fstest.MapFile{Data: f.Data}
			}
		}
		if _, err := fs.Stat(fsys, "site.toml"); err == nil {
			out[filepath.Base(file)] = fsys
		}
	}
	return out
}
