package web_test

import (
	"bytes"
	"testing"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/page"
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
