package build

import (
	"slices"
	"testing"

	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/page"
)

// TestRenderOrderLongestFirstGatherersLast: the files a build renders in
// its pool come in renderOrder: the Late channels' first, those carrying
// the most items first (on two cores the longest layout must not start
// last), then the other channels' in their order, and last the files
// that gather what others lay out (a kiosk's manifest, the boards'
// index), so that no worker waits on a layout another is making. Files
// already written are left out.
func TestRenderOrderLongestFirstGatherersLast(t *testing.T) {
	items := func(n int) []*model.Item { return make([]*model.Item, n) }
	p := &filePlan{
		files: []output.File{
			{Path: "cadre/a/index.html"},                                        // 0: an item page, written already
			{Path: "index.html"},                                                // 1
			{Path: "catalog/index.html"},                                        // 2
			{Path: "boards/01/index.html", Shows: items(2)},                     // 3
			{Path: "boards/02/index.html", Shows: items(8)},                     // 4
			{Path: "boards/index.html", Shows: items(10), Gathers: true},        // 5
			{Path: "kiosk/hall/index.html", Shows: items(29)},                   // 6
			{Path: "kiosk/hall/manifest.json", Shows: items(28), Gathers: true}, // 7
			{Path: "kiosk/lobby/index.html", Shows: items(8)},                   // 8
		},
		late: []bool{false, false, false, true, true, true, true, true, true},
	}
	written := []bool{true, false, false, false, false, false, false, false, false}
	got := renderOrder(p, written)
	want := []int{6, 4, 8, 3, 1, 2, 5, 7}
	if !slices.Equal(got, want) {
		var paths []string
		for _, i := range got {
			paths = append(paths, p.files[i].Path)
		}
		t.Errorf("render order %v (%v), want %v", got, paths, want)
	}
}

// TestGatherersAreMarked: the files that only gather what other files of
// their channel lay out say so (output.File.Gathers), so a build renders
// them last: every kiosk's manifest and the boards' index, and no other
// file of the example site.
func TestGatherersAreMarked(t *testing.T) {
	opts := Options{SiteDir: ".", FS: reviewedExample(t), Now: testNow}
	site, diags := Load(&opts)
	if site == nil {
		t.Fatal(diags)
	}
	tpl, tdiags := layout.Load(opts.FS, site.Config.Theme, page.Funcs(site))
	if len(tdiags) > 0 {
		t.Fatal(tdiags)
	}
	var gather []string
	for _, ch := range opts.Channels {
		files, err := ch.Files(site, tpl, output.Once())
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if f.Gathers {
				gather = append(gather, f.Path)
			}
		}
	}
	want := []string{"boards/index.html", "kiosk/entrance/manifest.json", "kiosk/hall/manifest.json", "kiosk/lobby/manifest.json"}
	slices.Sort(gather)
	if !slices.Equal(gather, want) {
		t.Errorf("the files marked Gathers are %v, want %v", gather, want)
	}
}
