package kiosk_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/build"
)

// schedKiosk is a small display screen on a schedule, added to the
// example site: one item by default, another at lunch on weekdays, and
// on from 07:30 to 18:30 on weekdays, a clock otherwise.
const schedKiosk = `
[[kiosks]]
name   = "sched"
kind   = "display"
width  = 1280
height = 720
items  = ["goals/qingshi-2026-mubiao"]
hours  = "07:30-18:30"
days   = "一-五"
off    = "clock"

[[kiosks.schedule]]
days  = "一-五"
from  = "11:30"
to    = "13:30"
items = ["cadre/2026-11-renqian-gongshi"]
`

// urgentItem is the example's urgent item.
const urgentItem = "content/masses/2026-11-zhengwu-zhongxin-zanting.md"

// TestScheduledItemsAreOnThePage: the page of a kiosk on a schedule
// carries its own items and each entry's, each slide naming the
// selections it is in, and the windows of the week for the browser.
func TestScheduledItemsAreOnThePage(t *testing.T) {
	_, files := renderKiosks(t, map[string]string{"site.toml": readSiteToml(t) + schedKiosk}, "2026-11-27")
	page := string(files["kiosk/sched/index.html"])
	for _, want := range []string{
		`data-id="goals/qingshi-2026-mubiao" data-page="1" data-sets="0"`,
		`data-id="cadre/2026-11-renqian-gongshi" data-page="1" data-sets="1"`,
		`"on":{"days":[1,2,3,4,5],"from":450,"to":1110},"off":"clock","sets":[{"days":[1,2,3,4,5],"from":690,"to":810}]`,
		`<section class="k-off" aria-label="休屏" data-off="clock" hidden>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	if strings.Contains(string(files["kiosk/entrance/index.html"]), `class="k-times"`) {
		t.Errorf("a kiosk without hours or schedule carries the windows' data")
	}
}

// TestUrgentItemChangesEveryManifest: an urgent item added on a rebuild
// changes the hash of every screen's manifest, so each screen fetches the
// new page at its next poll and shows it at the next slide boundary; its
// page holds the item full-screen and in a banner.
func TestUrgentItemChangesEveryManifest(t *testing.T) {
	_, with := renderKiosks(t, nil, "2026-11-27")
	src := string(readExampleFile(t, urgentItem))
	_, without := renderKiosks(t, map[string]string{urgentItem: strings.Replace(src, "urgent   = true\n", "", 1)}, "2026-11-27")
	for _, k := range []string{"lobby", "entrance", "hall"} {
		a, b := hashOf(t, with["kiosk/"+k+"/manifest.json"]), hashOf(t, without["kiosk/"+k+"/manifest.json"])
		if a == b {
			t.Errorf("kiosk %s: the manifest's hash %s is the same with and without the urgent item", k, a)
		}
		page := string(with["kiosk/"+k+"/index.html"])
		if !strings.Contains(page, `class="urgent-bar" aria-label="紧急通知" data-end="2026-11-29"`) || !strings.Contains(page, `class="u" data-end="2026-11-29"`) {
			t.Errorf("kiosk %s: no urgent banner or full-screen notice ending on 2026-11-29", k)
		}
		if strings.Contains(string(without["kiosk/"+k+"/index.html"]), "urgent-bar") {
			t.Errorf("kiosk %s: an urgent banner without an urgent item", k)
		}
	}
}

func hashOf(t *testing.T, manifest []byte) string {
	t.Helper()
	var m struct{ Hash string }
	if err := json.Unmarshal(manifest, &m); err != nil || m.Hash == "" {
		t.Fatalf("manifest %q: %v", manifest, err)
	}
	return m.Hash
}

// TestCheckWarnsOfEmptyScheduleEntries: an entry that selects nothing a
// kiosk shows is a warning at its line.
func TestCheckWarnsOfEmptyScheduleEntries(t *testing.T) {
	toml := readSiteToml(t) + strings.Replace(schedKiosk, `items = ["cadre/2026-11-renqian-gongshi"]`, `categories = ["ideology"]`, 1)
	_, diags := build.Load(&build.Options{SiteDir: exampleSite, FS: example(map[string]string{"site.toml": toml}), Now: day(t, "2026-11-27")})
	line := strings.Count(readSiteToml(t)+schedKiosk[:strings.Index(schedKiosk, "[[kiosks.schedule]]")], "\n") + 1
	want := "site.toml:" + strconv.Itoa(line) + `: warning: schedule entry 1 of kiosk "sched" selects no item published on kiosks, so in its hours the screen shows only its contact slide; write categories, items or lists that have items with "kiosk" in their channel`
	var got []string
	for _, d := range diags {
		if strings.Contains(d.Msg, "schedule") {
			got = append(got, d.String())
		}
	}
	if strings.Join(got, "\n") != want {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}

func readExampleFile(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(exampleSite, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}
