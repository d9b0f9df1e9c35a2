package kiosk_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/kiosk"
)

// TestExampleRoundsWithinTheirLength: on 2026-11-27 each of the example's
// display screens takes at most its round (slides × slide_seconds) with
// every item it carries on some slide, notices (即时公开) first and none
// dropped; an item cut short ends by sending the reader to the full text.
// Before rounds, the lobby took 64 slides × 15 s = 16 minutes.
func TestExampleRoundsWithinTheirLength(t *testing.T) {
	dir, _ := builtExample(t)
	site := load(t, nil, "2026-11-27")
	for _, k := range site.Kiosks() {
		if k.Kind != "display" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, "kiosk", k.Name, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		page := string(data)
		slides := strings.Count(page, `<section class="slide"`)
		if k.RoundSeconds != 300 || slides*k.SlideSeconds > k.RoundSeconds {
			t.Errorf("kiosk %s: %d slides × %d s = %d s, round %q (%d s)", k.Name, slides, k.SlideSeconds, slides*k.SlideSeconds, k.Round, k.RoundSeconds)
		}
		notices := 0
		for _, it := range kiosk.Select(site.View(k.Scope), k) {
			if it.Term == "immediate" {
				notices++
			}
			if !strings.Contains(page, `data-id="`+it.ID+`" data-page="1"`) {
				t.Errorf("kiosk %s: %s has no slide", k.Name, it.ID)
			}
		}
		short := strings.Count(page, "〔以上为摘要，全文共")
		if notices < 3 || short == 0 {
			t.Errorf("kiosk %s: %d notices, %d items cut short; the example should have both", k.Name, notices, short)
		}
	}
}
