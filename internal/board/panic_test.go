package board_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/publish"
)

// TestCrashIsAnError: a crash while laying out an item, in the goroutines
// that lay boards out, is an error naming the board and the item. Were it
// not recovered there, it would end the program: this test binary, or a
// running `gongkai serve`.
func TestCrashIsAnError(t *testing.T) {
	s := built(t, "example")
	site := s.res.Site
	wang := site.Lookup("cadre/2026-11-renqian-gongshi")
	defer board.SetItemHook(func(it *model.Item) {
		if it == wang {
			var m map[string]int
			m["boom"]++ // a nil map: a real runtime error
		}
	})()
	want := "board 5: " + wang.File + ": gongkai failed (internal error: assignment to entry in nil map)"
	check := func(how string, err error) {
		t.Helper()
		var p *output.Panic
		if !errors.As(err, &p) {
			t.Fatalf("%s: got %v, want an output.Panic", how, err)
		}
		if !strings.Contains(err.Error(), want) || len(p.Stack) == 0 {
			t.Errorf("%s: got %q, want it to contain %q, and a stack", how, err, want)
		}
	}
	tpl := theme(t, os.DirFS("../.."), site)
	_, err := board.Layout(site, tpl)
	check("Layout", err)
	_, err = board.Render(site, tpl, publish.NewMemory())
	check("Render", err)
}
