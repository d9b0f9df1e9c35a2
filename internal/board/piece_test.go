package board

import (
	"sync"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
)

// builtIn is the built-in theme, loaded once for the package's tests.
var builtIn = sync.OnceValues(func() (*layout.Set, []diag.Diagnostic) {
	return layout.Load(fstest.MapFS{}, "default", page.Funcs(&model.Site{}))
})

// htmlOf is what the built-in theme's partials/board-block.html writes
// for a block as placed.
func htmlOf(t testing.TB, b block) string {
	t.Helper()
	tpl, diags := builtIn()
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	h, err := tpl.Partial("board", "board-block.html", b.piece())
	if err != nil {
		t.Fatal(err)
	}
	return string(h)
}

// partHTML is htmlOf a block part.
func partHTML(t testing.TB, p *Part) string {
	t.Helper()
	tpl, _ := builtIn()
	h, err := tpl.Partial("board", "board-block.html", p.Block)
	if err != nil {
		t.Fatal(err)
	}
	return string(h)
}
