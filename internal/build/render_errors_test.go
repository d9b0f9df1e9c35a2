package build

import (
	"github.com/gongkai/gongkai/internal/content"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/channels"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
)

// renderProblem is what failingChannel reports.
var renderProblem = diag.Diagnostic{File: "content/cadre/gongkai.md", Line: 3, Msg: "this cannot be rendered; write something else"}

// failing is a channel whose one file cannot be rendered: it reports a
// problem in the site's files (a diag.Errors), as a channel that finds one
// does.
type failing struct{}

func (failing) Name() string                 { return "failing" }
func (failing) Late() bool                   { return false }
func (failing) Reserved() []content.Reserved { return nil }
func (failing) Files(*model.Site, *layout.Set, output.Memo) ([]output.File, error) {
	return []output.File{{Path: "failing.html", Who: "failing", Render: func() ([]byte, error) {
		return nil, diag.Errors{renderProblem}
	}}}, nil
}

// withFailingChannel are the default channels and a failing one.
func withFailingChannel() []output.Channel { return append(channels.Default(), failing{}) }

// TestRenderErrorsReachTheResult: problems a renderer finds are the
// result's diagnostics, like those found while loading, so `gongkai build`
// prints them and counts them ("build failed: 1 error", never "0 errors"),
// and serve lists them with their file and line.
func TestRenderErrorsReachTheResult(t *testing.T) {
	res, err := Run(Options{SiteDir: ".", FS: tinySite(), Dest: filepath.Join(t.TempDir(), "public"), Now: testNow, Channels: withFailingChannel()})
	wantProblem(t, "Run", res, err)
	_, res, err = NewSession(Options{SiteDir: ".", FS: tinySite(), Now: testNow, Channels: withFailingChannel()}).Build()
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
