package board_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
	"golang.org/x/tools/txtar"
)

// now is the day every test builds for.
var now = calendar.Date(2026, 11, 27)

// TestMain stops the browser the tests shared and removes the folder of
// what they share (browsertest.TempRoot).
func TestMain(m *testing.M) { os.Exit(browsertest.Main(m)) }

// fixture is testdata/site.txtar as a file system.
func fixture(t testing.TB) fstest.MapFS {
	t.Helper()
	ar, err := txtar.ParseFile("testdata/site.txtar")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, f := range ar.Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	return fsys
}

// site is a built site: its output folder and its boards laid out.
type site struct {
	res    *build.Result
	tpl    *layout.Set
	boards []*board.Board
}

// builds runs each site's build once per test binary: the example site
// (the repository root) and the fixture.
var builds = struct {
	sync.Mutex
	done map[string]*site
}{done: map[string]*site{}}

func built(t testing.TB, name string) *site {
	t.Helper()
	builds.Lock()
	defer builds.Unlock()
	if s := builds.done[name]; s != nil {
		return s
	}
	opts := build.Options{Dest: filepath.Join(browsertest.TempRoot(), name, "public"), Now: now}
	if name == "example" {
		opts.SiteDir, opts.FS = "../..", os.DirFS("../..") // read only: a build writes urls.txt only into a site it reads itself
	} else {
		opts.SiteDir, opts.FS = ".", fixture(t)
	}
	res, err := build.Run(opts)
	if err != nil {
		t.Fatalf("building the %s site: %v", name, err)
	}
	tpl := theme(t, opts.FS, res.Site)
	boards, err := board.Layout(res.Site, tpl)
	if err != nil {
		t.Fatal(err)
	}
	s := &site{res: res, tpl: tpl, boards: boards}
	builds.done[name] = s
	return s
}

// theme is the templates of the site in fsys, as a build loads them.
func theme(t testing.TB, fsys fs.FS, s *model.Site) *layout.Set {
	t.Helper()
	tpl, diags := layout.Load(fsys, s.Config.Theme, page.Funcs(s))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	return tpl
}

// load builds the model of a site given as files, without writing, and
// returns its diagnostics.
func load(t *testing.T, fsys fstest.MapFS) (*model.Site, []diag.Diagnostic) {
	t.Helper()
	s, diags := build.Load(&build.Options{SiteDir: ".", FS: fsys, Now: now})
	if s == nil {
		t.Fatalf("the site did not load: %v", diags)
	}
	return s, diags
}
