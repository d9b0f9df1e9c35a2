package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/publish"
)

// TestBuildPrintsRenderErrors: a problem found while rendering is printed
// with its file and line and counted, as one found while loading is, not
// "build failed: 0 errors".
func TestBuildPrintsRenderErrors(t *testing.T) {
	old := build.Channels
	build.Channels = append(slices.Clip(old), build.Channel{Name: "failing",
		Render: func(*model.Site, *layout.Set, *publish.Writer) (int, error) {
			return 0, diag.Errors{{File: "content/cadre/wang.md", Line: 3, Msg: "this cannot be rendered; write something else"}}
		}})
	t.Cleanup(func() { build.Channels = old })
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
