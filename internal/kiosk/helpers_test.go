package kiosk_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/kiosk"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/publish"
)

// exampleSite is the repository root, which is the example county site.
const exampleSite = "../.."

func day(t testing.TB, s string) calendar.Day {
	t.Helper()
	d, err := calendar.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// buildSite builds the site in fsys into dest as of now and fails the test
// on any error.
func buildSite(t testing.TB, fsys fs.FS, dest, now string) *build.Result {
	t.Helper()
	res, err := build.Run(build.Options{SiteDir: exampleSite, FS: fsys, Dest: dest, Now: day(t, now)})
	if err != nil {
		for _, d := range res.Diags {
			t.Log(d)
		}
		t.Fatalf("build: %v", err)
	}
	return res
}

// renderKiosks builds the model of the example site with files replaced,
// as of now, and renders its kiosks alone into memory: the files a build
// writes under kiosk/, byte for byte, without the website and the boards,
// which tests of kiosks do not read.
func renderKiosks(t testing.TB, files map[string]string, now string) (*model.Site, map[string][]byte) {
	t.Helper()
	fsys := example(files)
	site, diags := build.Load(&build.Options{SiteDir: exampleSite, FS: fsys, Now: day(t, now)})
	if site == nil || diag.CountErrors(diags) > 0 {
		t.Fatalf("the site does not load: %v", diags)
	}
	tpl, tdiags := layout.Load(fsys, site.Config.Theme, page.Funcs(site))
	if len(tdiags) > 0 {
		t.Fatalf("templates: %v", tdiags)
	}
	w := publish.NewMemory()
	if _, err := kiosk.Render(site, tpl, w); err != nil {
		t.Fatal(err)
	}
	return site, w.Memory()
}

// overlay is a file system whose files replace or add to a base.
type overlay struct {
	base  fs.FS
	files fstest.MapFS
}

func (o overlay) Open(name string) (fs.File, error) {
	if _, ok := o.files[name]; ok {
		return o.files.Open(name)
	}
	f, err := o.base.Open(name)
	if err != nil { // a folder only the overlay has (layouts/partials)
		if g, gerr := o.files.Open(name); gerr == nil {
			return g, nil
		}
	}
	return f, err
}

// ReadDir lists base and overlay together, so content.Load finds new
// files, sorted by name as fs.ReadDir promises.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	seen := map[string]bool{}
	var out []fs.DirEntry
	if es, err := o.files.ReadDir(name); err == nil {
		for _, e := range es {
			seen[e.Name()] = true
			out = append(out, e)
		}
	}
	es, err := fs.ReadDir(o.base, name)
	if err != nil && len(out) == 0 {
		return nil, err
	}
	for _, e := range es {
		if !seen[e.Name()] {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}

// example is the example site with some files replaced.
func example(files map[string]string) fs.FS {
	m := fstest.MapFS{}
	for name, text := range files {
		m[name] = &fstest.MapFile{Data: []byte(text), Mode: 0o644, ModTime: time.Unix(0, 0)}
	}
	return overlay{base: os.DirFS(exampleSite), files: m}
}

// readSiteToml returns the example site.toml.
func readSiteToml(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(exampleSite, "site.toml"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// themes are the example site's templates by site, loaded once each, so
// a benchmark measures the layout alone.
var themes sync.Map

// common is what kiosk k's page shares, its items' partials rendered by
// the example site's theme.
func common(t testing.TB, site *model.Site, k *config.Kiosk, items []*model.Item) kiosk.Common {
	t.Helper()
	v, ok := themes.Load(site)
	if !ok {
		tpl, diags := layout.Load(os.DirFS(exampleSite), site.Config.Theme, page.Funcs(site))
		if len(diags) > 0 {
			t.Fatal(diags)
		}
		v, _ = themes.LoadOrStore(site, tpl)
	}
	c, err := kiosk.NewCommon(site, k, v.(*layout.Set), items)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
