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

// TestItemMainAsTemplate: every item page of the example site (public and
// internal), of a synthetic site of 2,000 items, of the command's test
// sites and of items written to be escaped is the same, byte for byte,
// whether item.html's main, meta.html and crumbs.html are written by Go
// (itemmain.go, itemhead.go) or by the templates; and the Go code wrote
// most of them.
func TestItemMainAsTemplate(t *testing.T) {
	defer web.ItemMain(true)
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
		site, tpl := loadSite(t, opts)
		if site == nil && strings.HasSuffix(name, ".txtar") {
			continue // a test site that reports an error
		}
		if site == nil {
			t.Fatalf("%s does not load", name)
		}
		before := web.ItemMain(true)
		var pages []*web.ItemPage
		var compiled [][]byte
		for _, p := range web.PagesOf(site) {
			if p, ok := p.(*web.ItemPage); ok {
				html, _ := tpl.Render("item", p)
				pages, compiled = append(pages, p), append(compiled, html)
			}
		}
		written := web.ItemMain(false)
		for i, p := range pages {
			want, err := tpl.Render("item", p)
			if err != nil {
				break // a test site's layout that fails (bad_template_field)
			}
			if got := compiled[i]; !bytes.Equal(got, want) {
				t.Errorf("%s: /%s: the Go code writes\n%s\nthe template\n%s", name, p.Item.Path, diffAt(got, want), diffAt(want, got))
			}
		}
		web.ItemMain(true)
		for piece, n := range written {
			if n -= before[piece]; !strings.HasSuffix(name, ".txtar") && n < int64(len(pages)/2) {
				t.Errorf("%s: the Go code's piece %d wrote %d of %d item pages", name, piece, n, len(pages))
			}
		}
	}
}

// TestItemMainOnlyForTheBuiltInTheme: a site that writes its own item.html,
// or a partial the Go code writes (clock.html, window.html), gets its own.
func TestItemMainOnlyForTheBuiltInTheme(t *testing.T) {
	for file, own := range map[string]string{
		"layouts/item.html":            `{{define "main"}}<p>own item</p>{{end}}`,
		"layouts/partials/clock.html":  ` data-own="clock"`,
		"layouts/partials/window.html": `own window`,
	} {
		fsys := synthFS(40, nil)
		fsys[file] = &fstest.MapFile{Data: []byte(own)}
		site, tpl := loadSite(t, &build.Options{SiteDir: ".", FS: fsys, Now: day(t, "2026-11-27")})
		if site == nil {
			t.Fatalf("with the site's %s, the site does not load", file)
		}
		found := false
		for _, p := range web.PagesOf(site) {
			if p, ok := p.(*web.ItemPage); ok && (file != "layouts/partials/window.html" || p.Item.Term == "immediate") {
				found = found || bytes.Contains(render(t, tpl, p), []byte(strings.TrimPrefix(strings.TrimSuffix(own, `{{end}}`), `{{define "main"}}`)))
			}
		}
		if !found {
			t.Errorf("with the site's %s, no item page shows it", file)
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
