package kiosk_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/kiosk"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/publish"
)

// TestCrashIsAnError: a crash while laying out an item, on a display or in
// the goroutines that lay out a touch screen's type sizes, is an error
// naming the kiosk and the item. Were it not recovered there, it would end
// the program: this test binary, or a running `gongkai serve`.
func TestCrashIsAnError(t *testing.T) {
	site := load(t, nil, "2026-11-27")
	wang := site.Lookup("cadre/2026-11-renqian-gongshi")
	defer kiosk.SetItemHook(func(it *model.Item) {
		if it == wang {
			var m map[string]int
			m["boom"]++ // a nil map: a real runtime error
		}
	})()
	check := func(how, kioskName string, err error) {
		t.Helper()
		want := `kiosk "` + kioskName + `": ` + wang.File + ": gongkai failed (internal error: assignment to entry in nil map)"
		var p *output.Panic
		if !errors.As(err, &p) {
			t.Fatalf("%s: got %v, want an output.Panic", how, err)
		}
		if !strings.Contains(err.Error(), want) || len(p.Stack) == 0 {
			t.Errorf("%s: got %q, want it to contain %q, and a stack", how, err, want)
		}
	}
	for i := range site.Config.Kiosks {
		if k := &site.Config.Kiosks[i]; k.Kind == "touch" {
			items := kiosk.Select(site, k)
			_, err := kiosk.NewTouch(common(t, site, k, items), items)
			check("NewTouch", k.Name, err)
		}
	}
	tpl, diags := layout.Load(os.DirFS(exampleSite), site.Config.Theme, page.Funcs(site))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	_, err := kiosk.Render(site, tpl, publish.NewMemory())
	check("Render", site.Config.Kiosks[0].Name, err)
}
