package web_test

import (
	"strings"
	"sync/atomic"
	"testing"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/web"
)

// countedFiles are the website's files of the example site, laid out with
// the built-in theme, with every call of the url function counted by its
// argument.
func countedFiles(t *testing.T) ([]output.File, map[string]*atomic.Int32) {
	t.Helper()
	opts := &build.Options{SiteDir: exampleSite, Now: day(t, "2026-11-27")}
	site, diags := build.Load(opts)
	if site == nil || diag.CountErrors(diags) > 0 {
		t.Fatalf("the example site does not load: %v", diags)
	}
	funcs := page.Funcs(site)
	url := funcs["url"].(func(string) string)
	counts := map[string]*atomic.Int32{}
	for _, p := range []string{"css/site.css", "js/site.js", "js/clock.js"} {
		counts[p] = new(atomic.Int32)
	}
	funcs["url"] = func(p string) string {
		if c := counts[p]; c != nil {
			c.Add(1)
		}
		return url(p)
	}
	tpl, tdiags := layout.Load(opts.FS, site.Config.Theme, funcs)
	if len(tdiags) > 0 {
		t.Fatalf("templates: %v", tdiags)
	}
	return web.Files(site, tpl), counts
}

// TestPageHeadWrittenOnce: what every page's head links to (the style
// sheet, the feed, the scripts) is the same on every page, and the
// built-in theme writes it once per kind of page in a build, not on each
// of the site's pages.
func TestPageHeadWrittenOnce(t *testing.T) {
	files, counts := countedFiles(t)
	kinds := map[string]bool{}
	framed := 0
	for _, f := range files {
		html, err := f.Render()
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(html), `<link rel="stylesheet" href="/css/site.css">`) {
			framed++
			kinds[f.Layout] = true
		}
	}
	if framed < 50 {
		t.Fatalf("only %d pages link the style sheet; the example site has more", framed)
	}
	for p := range counts {
		if n := int(counts[p].Load()); n != len(kinds) {
			t.Errorf("url %q was called %d times for %d pages of %d kinds, want once per kind", p, n, framed, len(kinds))
		}
	}
}
