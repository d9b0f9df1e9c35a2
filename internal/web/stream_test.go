package web_test

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/publish"
	"github.com/gongkai/gongkai/internal/web"
)

// TestIndexJSONIsStreamed: index.json, as large as the site, is written a
// few entries at a time (output.File.Stream), never held whole, and what
// is streamed is byte for byte the file serve keeps (Render).
func TestIndexJSONIsStreamed(t *testing.T) {
	opts := &build.Options{SiteDir: exampleSite, Now: day(t, "2026-11-27")}
	site, diags := build.Load(opts)
	if site == nil || diag.CountErrors(diags) > 0 {
		t.Fatalf("the example site does not load: %v", diags)
	}
	tpl, tdiags := layout.Load(opts.FS, site.Config.Theme, page.Funcs(site))
	if len(tdiags) > 0 {
		t.Fatalf("templates: %v", tdiags)
	}
	for _, f := range web.Files(site, tpl) {
		if f.Path != "index.json" {
			continue
		}
		if f.Stream == nil || !f.Raw {
			t.Fatal("index.json is made whole before it is written")
		}
		whole, err := f.Render()
		if err != nil {
			t.Fatal(err)
		}
		var w pieces
		if err := f.Stream(&w); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(w.all.Bytes(), whole) {
			t.Errorf("the streamed index.json (%d bytes) is not the one rendered whole (%d bytes)", w.all.Len(), len(whole))
		}
		if w.largest > 4<<10 || w.writes < len(site.Items)/8 {
			t.Errorf("index.json (%d bytes, %d items) was written in %d pieces of up to %d bytes: it is held whole", len(whole), len(site.Items), w.writes, w.largest)
		}
		return
	}
	t.Fatal("the website has no index.json")
}

// pieces records what is written to it and how.
type pieces struct {
	all             bytes.Buffer
	writes, largest int
}

func (p *pieces) Write(b []byte) (int, error) {
	p.writes++
	p.largest = max(p.largest, len(b))
	return p.all.Write(b)
}

// TestSitemapIsStreamedAsMinified: sitemap.xml is written an address at a
// time, compact, and is byte for byte what the minifier made of the
// indented sitemap it was written as before, also with characters XML
// escapes in the site's address.
func TestSitemapIsStreamedAsMinified(t *testing.T) {
	opts := &build.Options{SiteDir: exampleSite, Now: day(t, "2026-11-27")}
	site, diags := build.Load(opts)
	if site == nil || diag.CountErrors(diags) > 0 {
		t.Fatalf("the example site does not load: %v", diags)
	}
	tpl, tdiags := layout.Load(opts.FS, site.Config.Theme, page.Funcs(site))
	if len(tdiags) > 0 {
		t.Fatalf("templates: %v", tdiags)
	}
	for _, base := range []string{site.Config.BaseURL, `https://gk.example.gov.cn/a&b'c"d<e>/`, "https://公开.example.gov.cn/a  b/"} {
		site.Config.BaseURL = base
		f := fileAt(t, web.Files(site, tpl), "sitemap.xml")
		if f.Stream == nil || !f.Raw {
			t.Fatal("sitemap.xml is made whole before it is written, or minified again")
		}
		var w pieces
		if err := f.Stream(&w); err != nil {
			t.Fatal(err)
		}
		if whole, _ := f.Render(); !bytes.Equal(whole, w.all.Bytes()) {
			t.Error("the streamed sitemap.xml is not the one rendered whole")
		}
		var set struct {
			XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
			URLs    []struct {
				XMLName xml.Name `xml:"url"`
				Loc     string   `xml:"loc"`
				LastMod string   `xml:"lastmod,omitempty"`
			} `xml:"url"`
		}
		if err := xml.Unmarshal(w.all.Bytes(), &set); err != nil {
			t.Fatal(err)
		}
		if len(set.URLs) < len(site.Listed) || set.URLs[0].Loc != strings.Join(strings.Fields(base), " ") {
			t.Fatalf("the sitemap has %d addresses for %d items, the first %q", len(set.URLs), len(site.Listed), set.URLs[0].Loc)
		}
		indented, err := xml.MarshalIndent(set, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		m := publish.NewMemory()
		if err := m.Write("sitemap.xml", append([]byte(xml.Header), indented...), "test"); err != nil {
			t.Fatal(err)
		}
		if got, want := w.all.String(), string(m.Bytes("sitemap.xml")); got != want {
			t.Errorf("base_url %q: the streamed sitemap is not the minified one:\n%.300s\nwant\n%.300s", base, got, want)
		}
		if w.largest > 4<<10 {
			t.Errorf("sitemap.xml was written in pieces of up to %d bytes", w.largest)
		}
	}
}

// fileAt is the file at path among files.
func fileAt(t *testing.T, files []output.File, path string) output.File {
	t.Helper()
	for _, f := range files {
		if f.Path == path {
			return f
		}
	}
	t.Fatalf("the website has no %s", path)
	return output.File{}
}

// TestCatalogIsStreamed: the catalog page, as large as the site (a row for
// every item outside the catalog), is written as its template writes it
// (output.File.Stream, minified piece by piece by the writer), never held
// whole, and what is streamed is byte for byte what Render makes.
func TestCatalogIsStreamed(t *testing.T) {
	opts := &build.Options{SiteDir: exampleSite, Now: day(t, "2026-11-27")}
	site, diags := build.Load(opts)
	if site == nil || diag.CountErrors(diags) > 0 {
		t.Fatalf("the example site does not load: %v", diags)
	}
	tpl, tdiags := layout.Load(opts.FS, site.Config.Theme, page.Funcs(site))
	if len(tdiags) > 0 {
		t.Fatalf("templates: %v", tdiags)
	}
	for _, f := range web.Files(site, tpl) {
		if f.Path != "catalog/index.html" {
			continue
		}
		if f.Stream == nil || f.Raw {
			t.Fatal("the catalog is made whole before it is written")
		}
		whole, err := f.Render()
		if err != nil {
			t.Fatal(err)
		}
		var w pieces
		if err := f.Stream(&w); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(w.all.Bytes(), whole) {
			t.Errorf("the streamed catalog (%d bytes) is not the one rendered whole (%d bytes)", w.all.Len(), len(whole))
		}
		if w.writes < 100 {
			t.Errorf("the catalog (%d bytes) was written in %d pieces: it is held whole", len(whole), w.writes)
		}
		return
	}
	t.Fatal("the website has no catalog")
}

// TestSearchFilesComeFirst: the search's files are the website's first, so
// that a build, which writes the files in their order once the bodies
// (and the item pages) are written, makes the search index and lets it go,
// with every body's search tokens (model.Item.Words, as large as the
// catalog page), before it renders the lists, the peak of a large build.
func TestSearchFilesComeFirst(t *testing.T) {
	opts := &build.Options{SiteDir: exampleSite, Now: day(t, "2026-11-27")}
	site, diags := build.Load(opts)
	if site == nil || diag.CountErrors(diags) > 0 {
		t.Fatalf("the example site does not load: %v", diags)
	}
	tpl, tdiags := layout.Load(opts.FS, site.Config.Theme, page.Funcs(site))
	if len(tdiags) > 0 {
		t.Fatalf("templates: %v", tdiags)
	}
	other, shards := "", 0
	for _, f := range web.Files(site, tpl) {
		search := strings.HasPrefix(f.Path, "search/") && strings.HasSuffix(f.Path, ".json")
		switch {
		case search && other != "":
			t.Fatalf("%s comes after %s: the search index is made after the lists", f.Path, other)
		case search:
			shards++
		case other == "":
			other = f.Path
		}
	}
	if shards < 2 {
		t.Fatalf("the website has %d search files", shards)
	}
}
