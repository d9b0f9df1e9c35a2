package publish_test

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/publish"
	"github.com/gongkai/gongkai/internal/synth"
)

// BenchmarkWriteItemPages minifies the item pages of a synthetic site of
// 120 items (fragments remembered, plain runs written apart), as a build
// writes them: the cost per page of what is around the templates.
func BenchmarkWriteItemPages(b *testing.B) {
	fsys := fstest.MapFS{"site.toml": &fstest.MapFile{Data: []byte(synth.SiteTOML)}}
	for _, f := range synth.Files(120, 1) {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	t := &testing.T{}
	pages := map[string][]byte{}
	for path, raw := range websitePages(t, &build.Options{SiteDir: ".", FS: fsys}) {
		if strings.Contains(path, "/item-") {
			pages[path] = raw
		}
	}
	size := 0
	for _, raw := range pages {
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		w := publish.NewMemory()
		for path, raw := range pages {
			if err := w.Write(path, bytes.Clone(raw), "bench"); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
}
