package web_test

import (
	"strings"
	"sync"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

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
// Each reports ns per page (or per body) and the bytes it writes; the
// page benchmarks also the CPU time per page (cpu-ns/page), which holds
// on a machine busy with other work.
const benchItems = 2000

var bench struct {
	once sync.Once
	fsys fstest.MapFS
	site *model.Site
}

// benchSite loads the synthetic site once per test binary.
func benchSite(b *testing.B) *model.Site {
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
		bench.fsys, bench.site = fsys, site
	})
	if bench.site == nil {
		b.Fatal("the synthetic site does not load")
	}
	return bench.site
}

// pagesOf are the website's files of a layout (item, list, month…; ""
// for every file), with
// the layouts loaded anew, as every build loads them: nothing a Set keeps
// (kept partials) carries over from an earlier run.
func pagesOf(b *testing.B, kind string) []output.File {
	site := benchSite(b)
	tpl, diags := layout.Load(bench.fsys, site.Config.Theme, page.Funcs(site))
	if len(diags) > 0 {
		b.Fatal(diags)
	}
	return filesOf(b, kind, web.Files(site, tpl))
}

func filesOf(b *testing.B, kind string, files []output.File) []output.File {
	var out []output.File
	for _, f := range files {
		if f.Layout == kind || kind == "" {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		b.Fatalf("no %s pages", kind)
	}
	return out
}

// BenchmarkItemPage renders the page of every item, templates only.
func BenchmarkItemPage(b *testing.B) { benchRender(b, "item", false) }

// BenchmarkListPage renders every page of the lists by category, term and
// issuer (20 rows and a pager each), templates only.
func BenchmarkListPage(b *testing.B) { benchRender(b, "list", false) }

// BenchmarkMonthPage renders every page of the archive's months.
func BenchmarkMonthPage(b *testing.B) { benchRender(b, "month", false) }

// BenchmarkWebsite renders every file of the website in a build's order,
// as a build does: list, month, home and catalog pages share the rows
// they have in common.
func BenchmarkWebsite(b *testing.B) { benchRender(b, "", false) }

// BenchmarkItemPageWritten is BenchmarkItemPage written through a memory
// writer, minified as on disk.
func BenchmarkItemPageWritten(b *testing.B) { benchRender(b, "item", true) }

// BenchmarkListPageWritten is BenchmarkListPage written and minified.
func BenchmarkListPageWritten(b *testing.B) { benchRender(b, "list", true) }

// benchRender renders every page of kind with the layouts loaded anew for
// each run (not timed), as every build loads them.
func benchRender(b *testing.B, kind string, write bool) {
	b.ReportAllocs()
	var size int
	var files []output.File
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		files = pagesOf(b, kind)
		b.StartTimer()
		start := cpuTime()
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
		cpu += cpuTime() - start
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(files)), "ns/page")
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*len(files)), "cpu-ns/page")
	b.ReportMetric(float64(size)/float64(len(files)), "bytes/page")
}

// cpuTime is the CPU time the process has taken, user and system, all
// threads (the garbage collector's too): on a machine shared with other
// work, what a page costs, where wall time is what the machine gave.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
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
