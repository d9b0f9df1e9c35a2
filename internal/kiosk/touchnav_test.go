package kiosk_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/kiosk"
)

// hall lays out the example's touch screen as of 2026-11-27.
func hall(t *testing.T) (*kiosk.Touch, *config.Kiosk) {
	t.Helper()
	site := load(t, nil, "2026-11-27")
	for _, k := range site.Kiosks() {
		if k.Kind == "touch" {
			items := kiosk.Select(site, k)
			touch, err := kiosk.NewTouch(common(t, site, k, items), items)
			if err != nil {
				t.Fatal(err)
			}
			return touch, k
		}
	}
	t.Fatal("the example has no touch screen")
	return nil, nil
}

// TestLongItemsHaveATableOfContents: on the example's touch screen, in
// every type size, an item of three pages or more with headings has a
// table of contents whose buttons lead to the page where each heading
// starts; a short item has none. Before, a 32-page item had only
// 上一页/下一页.
func TestLongItemsHaveATableOfContents(t *testing.T) {
	touch, _ := hall(t)
	const long = "goals/2026-niandu-mubiao"
	for _, size := range touch.Sizes {
		pages := map[string]*kiosk.Screen{}
		count := map[string]int{}
		for _, s := range size.Screens {
			pages[fmt.Sprintf("%s@%d", s.View, s.Page)] = s
			count[s.View] = max(count[s.View], s.Pages)
		}
		if count["toc:"+long] == 0 {
			t.Errorf("size %s: %s (%d pages) has no table of contents", size.Key, long, count["item:"+long])
		}
		for view, n := range count {
			id, isItem := strings.CutPrefix(view, "item:")
			if isItem && n < 3 && count["toc:"+id] > 0 {
				t.Errorf("size %s: %s of %d pages has a table of contents", size.Key, id, n)
			}
		}
		for _, s := range size.Screens {
			if s.Kind != "toc" {
				continue
			}
			body := string(s.Body)
			for _, part := range strings.Split(body, `data-go="`)[1:] {
				target := part[:strings.Index(part, `"`)]
				heading := part[strings.Index(part, `<span class="et">`)+len(`<span class="et">`):]
				heading = heading[:strings.Index(heading, "<")]
				pg := pages[target]
				if pg == nil || !strings.Contains(spaceless(string(pg.Body)), spaceless(heading)) {
					t.Errorf("size %s: the table of contents leads %q to %s, where that heading is not", size.Key, heading, target)
				}
			}
		}
	}
}

// TestNoBandUnderTheTouchHeader: an item's header on the touch screen is
// as tall as its text or the QR code beside it, and the code shrinks
// (down to 3 × the chrome's type) to a short header, so no empty band of
// more than the chrome's type (40 px) lies between the meta line and the
// red rule. Before, the header was always as tall as the full-size code:
// ~110 px of nothing under a one-line title in small type.
func TestNoBandUnderTheTouchHeader(t *testing.T) {
	touch, k := hall(t)
	chrome := float64(min(k.Width, k.Height) / 27)
	worst, where := 0.0, ""
	for _, size := range touch.Sizes {
		for _, s := range size.Screens {
			if s.Kind != "item" {
				continue
			}
			dock, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimPrefix(string(s.Style), "--dock:"), "px"), 64)
			if err != nil {
				t.Fatalf("%s: style %q", s.View, s.Style)
			}
			if band := dock - s.Head; band > worst {
				worst, where = band, s.View+" size "+size.Key
			}
		}
	}
	if worst > chrome {
		t.Errorf("%.0f px of empty header under %s, want at most %.0f", worst, where, chrome)
	}
}
