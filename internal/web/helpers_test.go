package web_test

import (
	"testing"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/publish"
	"github.com/gongkai/gongkai/internal/web"
)

// exampleSite is the example site: the repository root.
const exampleSite = "../.."

func day(t testing.TB, s string) calendar.Day {
	t.Helper()
	d, err := calendar.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// renderWebsite builds the model of the example site as of now and renders
// its website alone into memory: the files a build writes for the website
// (not the theme's static files, boards or kiosks), minified as on disk.
func renderWebsite(t testing.TB, now string) (*model.Site, map[string][]byte) {
	t.Helper()
	opts := &build.Options{SiteDir: exampleSite, Now: day(t, now)}
	site, diags := build.Load(opts)
	if site == nil || diag.CountErrors(diags) > 0 {
		t.Fatalf("the example site does not load: %v", diags)
	}
	tpl, tdiags := layout.Load(opts.FS, site.Config.Theme, page.Funcs(site))
	if len(tdiags) > 0 {
		t.Fatalf("templates: %v", tdiags)
	}
	w := publish.NewMemory()
	if _, err := web.Render(site, tpl, w); err != nil {
		t.Fatal(err)
	}
	return site, w.Memory()
}
