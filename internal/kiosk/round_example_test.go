package kiosk_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
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
		for set, slides := range roundOfEachSelection(page, len(k.Schedule)) {
			if k.RoundSeconds != 300 || slides*k.SlideSeconds > k.RoundSeconds {
				t.Errorf("kiosk %s, selection %d: %d slides × %d s = %d s, round %q (%d s)", k.Name, set, slides, k.SlideSeconds, slides*k.SlideSeconds, k.Round, k.RoundSeconds)
			}
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

// roundOfEachSelection counts the slides of each selection a display page
// carries (the kiosk's own, 0, and one per schedule entry): a slide
// without data-sets is in every one.
func roundOfEachSelection(page string, entries int) []int {
	out := make([]int, entries+1)
	for _, tag := range strings.Split(page, `<section class="slide"`)[1:] {
		tag = tag[:strings.Index(tag, ">")]
		i := strings.Index(tag, `data-sets="`)
		for s := range out {
			if i < 0 || slices.Contains(strings.Fields(tag[i+len(`data-sets="`):][:strings.Index(tag[i+len(`data-sets="`):], `"`)]), strconv.Itoa(s)) {
				out[s]++
			}
		}
	}
	return out
}

// TestShortItemWithoutSummary: an item cut short that has no summary
// shows its first slides, within its share, the last ending with the line
// that sends the reader to the full text; a round with max_slides = 2
// gives no item more than two slides.
func TestShortItemWithoutSummary(t *testing.T) {
	const file = "content/goals/2026-niandu-mubiao.md"
	data, err := os.ReadFile(filepath.Join(exampleSite, file))
	if err != nil {
		t.Fatal(err)
	}
	body := strings.Replace(string(data), "summary  = \"2026年度主要经济社会发展目标、十大攻坚任务及截至10月底完成情况。\"\n", "", 1)
	toml := strings.Replace(readSiteToml(t), "slide_seconds = 15\n", "slide_seconds = 15\nmax_slides    = 2\n", 1)
	site := load(t, map[string]string{file: body, "site.toml": toml}, "2026-11-27")
	k := site.Kiosks()[0]
	items := kiosk.Select(site, k)
	d, err := kiosk.NewDisplay(common(t, site, k, items), items)
	if err != nil {
		t.Fatal(err)
	}
	perItem := map[string][]*kiosk.Slide{}
	for _, s := range d.Slides {
		perItem[s.Item.ID] = append(perItem[s.Item.ID], s)
	}
	for id, ss := range perItem {
		if id != "" && len(ss) > 2 {
			t.Errorf("%s takes %d slides with max_slides = 2", id, len(ss))
		}
	}
	ss := perItem["goals/2026-niandu-mubiao"]
	if len(ss) == 0 {
		t.Fatal("the goals item has no slide")
	}
	first, last := spaceless(string(ss[0].Body)), spaceless(string(ss[len(ss)-1].Body))
	if !strings.Contains(first, spaceless("经县十八届人大六次会议审议通过")) || !strings.Contains(last, "〔全文共") || strings.Contains(last, "以上为摘要") {
		t.Errorf("the goals item without a summary shows %d slides: first %.80q… last …%q", len(ss), first, last[max(0, len(last)-120):])
	}
	if !ss[0].Item.Short {
		t.Error("the goals item is not marked short")
	}
}
