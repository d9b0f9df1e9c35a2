package publish_test

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/publish"
	"github.com/gongkai/gongkai/internal/synth"
	"github.com/gongkai/gongkai/internal/web"
)

// TestFragmentsKeepSitesAsMinifiedWhole: every HTML page of the example
// site's website and of a synthetic site of 120 items is written, with
// the fragments its layouts remembered, byte for byte as minified whole;
// and so it is minified in pieces cut before every block start tag where
// a stream may be cut (publish.WriteMinifiedStream, the catalog).
func TestFragmentsKeepSitesAsMinifiedWhole(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{"site.toml": &fstest.MapFile{Data: []byte(synth.SiteTOML)}}
	for _, f := range synth.Files(120, 1) {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	for name, site := range map[string]*build.Options{
		"example":   {SiteDir: "../..", FS: os.DirFS("../..")},
		"synthetic": {SiteDir: ".", FS: fsys},
	} {
		pages, used, pieces := 0, 0, 0
		w := publish.NewMemory()
		for path, raw := range websitePages(t, site) {
			whole, err := w.MinifyWhole("text/html", bytes.Clone(raw))
			if err != nil {
				t.Fatal(err)
			}
			if err := w.Write(path, raw, "test"); err != nil {
				t.Fatal(err)
			}
			if got := w.Bytes(path); !bytes.Equal(got, whole) {
				t.Errorf("%s: %s differs from the page minified whole:\n%s\n%s", name, path, got, whole)
			}
			cut, n, err := w.MinifyCutEverywhere(raw)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(cut, whole) {
				t.Errorf("%s: %s, minified in %d pieces cut before block tags (publish.WriteMinifiedStream), differs from the page minified whole:\n%s\n%s", name, path, n, cut, whole)
			}
			pieces += n
			pages++
			if strings.Contains(string(whole), `<footer class="sitefoot"`) {
				used++
			}
		}
		if pieces < 20*pages {
			t.Errorf("%s: %d pages were cut in %d pieces: too few to check", name, pages, pieces)
		}
		if pages < 50 || used < pages/2 {
			t.Errorf("%s: %d pages, %d with the footer: too few to check", name, pages, used)
		}
	}
}

// websitePages renders the website's HTML pages of a site as of
// 2026-11-27, unminified, by output path.
func websitePages(t *testing.T, opts *build.Options) map[string][]byte {
	t.Helper()
	now, _ := calendar.Parse("2026-11-27")
	opts.Now = now
	site, diags := build.Load(opts)
	if site == nil || diag.CountErrors(diags) > 0 {
		t.Fatalf("the site does not load: %v", diags)
	}
	tpl, tdiags := layout.Load(opts.FS, site.Config.Theme, page.Funcs(site))
	if len(tdiags) > 0 {
		t.Fatal(tdiags)
	}
	out := map[string][]byte{}
	for _, f := range web.Files(site, tpl) {
		if !strings.HasSuffix(f.Path, ".html") {
			continue
		}
		data, err := f.Render()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Path] = data
	}
	return out
}
