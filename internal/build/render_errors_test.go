package build

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/publish"
)

// renderProblem is what failingChannel reports.
var renderProblem = diag.Diagnostic{File: "content/cadre/gongkai.md", Line: 3, Msg: "this cannot be rendered; write something else"}

// withFailingChannel adds, for one test, a channel whose renderer fails
// with a problem in the site's files (a diag.Errors), as a renderer that
// finds one does.
func withFailingChannel(t *testing.T) {
	t.Helper()
	old := Channels
	Channels = append(slices.Clip(old), Channel{Name: "failing",
		Render: func(*model.Site, *layout.Set, *publish.Writer) (int, error) {
			return 0, diag.Errors{renderProblem}
		}})
	t.Cleanup(func() { Channels = old })
}

// TestRenderErrorsReachTheResult: problems a renderer finds are the
// result's diagnostics, like those found while loading, so `gongkai build`
// prints them and counts them ("build failed: 1 error", never "0 errors"),
// and serve lists them with their file and line.
func TestRenderErrorsReachTheResult(t *testing.T) {
	withFailingChannel(t)
	res, err := Run(Options{SiteDir: ".", FS: tinySite(), Dest: filepath.Join(t.TempDir(), "public"), Now: testNow})
	wantProblem(t, "Run", res, err)
	_, res, err = NewSession(Options{SiteDir: ".", FS: tinySite(), Now: testNow}).Build()
	wantProblem(t, "Session", res, err)
}

func wantProblem(t *testing.T, who string, res *Result, err error) {
	t.Helper()
	if !IsContentError(err) {
		t.Fatalf("%s: error %v, want the renderer's diag.Errors", who, err)
	}
	if n := diag.CountErrors(res.Diags); n != 1 || !slices.Contains(res.Diags, renderProblem) {
		t.Errorf("%s: the result has %d errors, want the renderer's one:\n%s", who, n, strings.Join(strs(res.Diags), "\n"))
	}
}
