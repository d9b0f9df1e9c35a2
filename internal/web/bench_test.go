package web_test

import (
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/publish"
	"github.com/gongkai/gongkai/internal/synth"
	"github.com/gongkai/gongkai/internal/web"
)

// The hot paths of a full build, on a synthetic site of benchItems items
// (bench/compare.sh times whole builds against the floor and Hugo):
//
//	go test -run '^$' -bench . ./internal/web
//
// Each reports ns per page (or per body) and the bytes it writes.
const benchItems = 2000

var bench struct {
	once  sync.Once
	site  *model.Site
	tpl   *layout.Set
	files []output.File
}

// benchSite loads the synthetic site once per test binary.
func benchSite(b *testing.B) (*model.Site, *layout.Set, []output.File) {
	b.Helper()
	bench.once.Do(func() {
		fsys := fstest.MapFS{"site.toml": &fstest.MapFile{Data: []byte(synth.SiteTOML)}}
		for _, f := range synth.Files(benchItems, 1) {
			fsys[f.Name] = &fstest.MapFile{Data: f.Data}
		}
		opts := &build.Options{SiteDir: ".", FS: fsys, Now: day(b, "2026-11-27")}
		site, diags := build.Load(opts)
		if site == nil || diag.CountErrors(diags) > 0 {
			return
		}
		tpl, tdiags := layout.Load(opts.FS, site.Config.Theme, page.Funcs(site))
		if len(tdiags) > 0 {
			return
		}
		bench.site, bench.tpl, bench.files = site, tpl, web.Files(site, tpl)
	})
	if bench.site == nil {
		b.Fatal("the synthetic site does not load")
	}
	return bench.site, bench.tpl, bench.files
}

// pagesOf are the website's files of a layout (item, list, month…).
func pagesOf(b *testing.B, kind string) []output.File {
	_, _, files := benchSite(b)
	var out []output.File
	for _, f := range files {
		if f.Layout == kind {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		b.Fatalf("no %s pages", kind)
	}
	return out
}

// BenchmarkItemPage renders the page of every item, templates only.
func BenchmarkItemPage(b *testing.B) { benchRender(b, pagesOf(b, "item"), false) }

// BenchmarkListPage renders every page of the lists by category, term and
// issuer (20 rows and a pager each), templates only.
func BenchmarkListPage(b *testing.B) { benchRender(b, pagesOf(b, "list"), false) }

// BenchmarkMonthPage renders every page of the archive's months.
func BenchmarkMonthPage(b *testing.B) { benchRender(b, pagesOf(b, "month"), false) }

// BenchmarkItemPageWritten is BenchmarkItemPage written through a memory
// writer, minified as on disk.
func BenchmarkItemPageWritten(b *testing.B) { benchRender(b, pagesOf(b, "item"), true) }

// BenchmarkListPageWritten is BenchmarkListPage written and minified.
func BenchmarkListPageWritten(b *testing.B) { benchRender(b, pagesOf(b, "list"), true) }

func benchRender(b *testing.B, files []output.File, write bool) {
	b.ReportAllocs()
	var size int
	for b.Loop() {
		size = 0
		w := publish.NewMemory()
		for _, f := range files {
			data, err := f.Render()
			if err != nil {
				b.Fatal(err)
			}
			size += len(data)
			if write {
				if err := w.Write(f.Path, data, f.Who); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(files)), "ns/page")
	b.ReportMetric(float64(size)/float64(len(files)), "bytes/page")
}

// BenchmarkBody renders every item's Markdown body as a build does
// (markdown.Renderer: HTML, blocks and text), links resolved as written.
func BenchmarkBody(b *testing.B) {
	var bodies [][]byte
	for _, f := range synth.Files(benchItems, 1) {
		_, body, _ := strings.Cut(string(f.Data)[3:], "+++\n")
		bodies = append(bodies, []byte(body))
	}
	md := markdown.New(markdown.Options{})
	var size int
	b.ReportAllocs()
	for b.Loop() {
		size = 0
		for _, body := range bodies {
			size += len(md.Render(body, 1, nil).HTML)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(bodies)), "ns/body")
	b.ReportMetric(float64(size)/float64(len(bodies)), "bytes/body")
}
