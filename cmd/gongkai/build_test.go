package main

import (
	"github.com/gongkai/gongkai/internal/content"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/channels"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
)

// failing is a channel whose one file cannot be rendered: it reports a
// problem in the site's files (a diag.Errors), as a channel that finds one
// does.
type failing struct{}

func (failing) Name() string                 { return "failing" }
func (failing) Late() bool                   { return false }
func (failing) Reserved() []content.Reserved { return nil }
func (failing) Files(*model.Site, *layout.Set, output.Memo) ([]output.File, error) {
	return []output.File{{Path: "failing.html", Who: "failing", Render: func() ([]byte, error) {
		return nil, diag.Errors{{File: "content/cadre/wang.md", Line: 3, Msg: "this cannot be rendered; write something else"}}
	}}}, nil
}

// TestBuildPrintsRenderErrors: a problem found while rendering is printed
// with its file and line and counted, as one found while loading is, not
// "build failed: 0 errors".
func TestBuildPrintsRenderErrors(t *testing.T) {
	testChannels = append(channels.Default(), failing{})
	t.Cleanup(func() { testChannels = nil })
	code, _, stderr := runArgs("build", "-s", writeBoardSite(t), "--now", "2026-11-27")
	if code != exitContent {
		t.Errorf("exit status %d, want %d", code, exitContent)
	}
	for _, want := range []string{"content/cadre/wang.md:3: this cannot be rendered; write something else\n", "build failed: 1 error;"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, stderr)
		}
	}
}
