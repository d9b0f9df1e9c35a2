package kiosk_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// The schedule tests run the kiosk pages on the fake clock of browsertest,
// which stands still until the test moves it: a slide changes exactly when
// the test moves the clock past a slide's length, and a jump of hours is
// one step. The browser keeps New York time: the pages must keep the
// site's.

// at is an instant written in RFC 3339.
func at(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// schedSite writes the example's kiosks, with the schedKiosk, as of
// 2026-11-27, and serves them.
func schedSite(t *testing.T) string {
	t.Helper()
	_, files := renderKiosks(t, map[string]string{"site.toml": readSiteToml(t) + schedKiosk}, "2026-11-27")
	dir := t.TempDir()
	writeFiles(t, dir, files)
	return browsertest.Serve(t, dir)
}

// writeFiles writes files, by their paths, under dir.
func writeFiles(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// openFaked opens url at w×h with the clock standing at when.
func openFaked(t *testing.T, ctx context.Context, url string, w, h int, when string) *browsertest.Clock {
	t.Helper()
	c := browsertest.InstallClock(t, ctx, at(t, when))
	err := chromedp.Run(ctx,
		emulation.SetTimezoneOverride("America/New_York"),
		chromedp.EmulateViewport(int64(w), int64(h)),
		chromedp.Navigate(url),
		chromedp.WaitReady("#stage"),
	)
	if err != nil {
		t.Fatalf("opening %s at %s: %v", url, when, err)
	}
	return c
}

// shownJS names the slide on screen: its item's index and id, and page.
const shownJS = `(function () {
	var s = document.querySelectorAll("#stage .slide:not([hidden])");
	if (s.length !== 1) { return s.length + " slides"; }
	return s[0].getAttribute("data-item") + "|" + s[0].getAttribute("data-id") + "#" + s[0].getAttribute("data-page");
})()`

// deck drives a display page slide by slide.
type deck struct {
	t     *testing.T
	ctx   context.Context
	clock *browsertest.Clock
	slide time.Duration
}

func (d deck) shown() string {
	var s string
	eval(d.t, d.ctx, shownJS, &s)
	return s
}

// next moves the clock one slide on (to when, if given) and waits for the
// next slide.
func (d deck) next(when string) string {
	d.t.Helper()
	before := d.shown()
	if when != "" {
		d.clock.Set(at(d.t, when))
	} else {
		d.clock.Advance(d.slide)
	}
	var s string
	waitFor(d.t, 5*time.Second, "the next slide after "+before, func() bool {
		s = d.shown()
		return s != before
	})
	return s
}

// round moves on to the round's last slide (the contact slide: no id,
// not an urgent notice) and returns the slides shown from the one on
// screen.
func (d deck) round() []string {
	d.t.Helper()
	out := []string{d.shown()}
	for i := 0; i < 30; i++ {
		if s := out[len(out)-1]; !strings.HasPrefix(s, "u") && strings.Contains(s, "|#") {
			return out
		}
		out = append(out, d.next(""))
	}
	d.t.Fatalf("no round end in 30 slides: %v", out)
	return nil
}

func items(slides []string) string {
	var out []string
	for _, s := range slides {
		id := s[strings.Index(s, "|")+1 : strings.Index(s, "#")]
		if id != "" && (len(out) == 0 || out[len(out)-1] != id) {
			out = append(out, id)
		}
	}
	return strings.Join(out, " ")
}

// TestScheduleSwitchesAtTheRoundBoundary: the lunch entry (weekdays
// 11:30–13:30, site time) takes over at the first round start at or after
// 11:30, not in the middle of a round, and gives way at the first round
// start at or after 13:30; outside it the kiosk's own item shows.
func TestScheduleSwitchesAtTheRoundBoundary(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	base := schedSite(t)
	d := deck{t, ctx, openFaked(t, ctx, base+"/kiosk/sched/?slide=5", 1280, 720, "2026-11-27T11:29:00+08:00"), 5 * time.Second}
	if s := d.shown(); !strings.HasPrefix(s, "u0|") {
		t.Fatalf("the round starts with %s, want the urgent notice", s)
	}
	const own, lunch = "goals/qingshi-2026-mubiao", "cadre/2026-11-renqian-gongshi"
	if got := items(d.round()); got != own {
		t.Errorf("before 11:30 the round shows %q, want %q", got, own)
	}
	if s := d.next("2026-11-27T11:29:59+08:00"); !strings.HasPrefix(s, "u0|") {
		t.Errorf("the round starts with %s, want the urgent notice", s)
	}
	// a round starting at 11:29:59 is the kiosk's own, though it ends after 11:30
	if got := items(d.round()); got != own {
		t.Errorf("a round begun at 11:29:59 shows %q, want %q to its end", got, own)
	}
	d.next("")
	var set int
	eval(t, ctx, `gongkaiSchedule.state().set`, &set)
	if got := items(d.round()); got != lunch || set != 1 {
		t.Errorf("the first round after 11:30 shows %q (set %d), want %q (set 1)", got, set, lunch)
	}
	d.next("2026-11-27T13:30:00+08:00")
	if got := items(d.round()); got != own {
		t.Errorf("the round begun at 13:30 shows %q, want %q", got, own)
	}
}

// TestScreenOffOutsideHours: outside 07:30–18:30 on weekdays (site time)
// and all weekend the screen shows only a clock, within a second.
func TestScreenOffOutsideHours(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	base := schedSite(t)
	c := openFaked(t, ctx, base+"/kiosk/sched/", 1280, 720, "2026-11-27T18:29:58+08:00")
	offAt := func(when string, want bool) {
		t.Helper()
		c.Set(at(t, when))
		var off bool
		var clock string
		waitFor(t, 3*time.Second, fmt.Sprintf("off=%v at %s", want, when), func() bool {
			eval(t, ctx, `gongkaiSchedule.state().off`, &off)
			return off == want
		})
		eval(t, ctx, `getComputedStyle(document.querySelector(".k-off")).display + " " + document.querySelector(".k-off [data-clock]").textContent`, &clock)
		if want && !strings.HasPrefix(clock, "flex ") {
			t.Errorf("at %s the off screen is %q, want shown", when, clock)
		}
	}
	offAt("2026-11-27T18:29:59+08:00", false)
	offAt("2026-11-27T18:30:00+08:00", true)
	var clock string
	waitFor(t, 3*time.Second, "the off screen's clock", func() bool {
		eval(t, ctx, `document.querySelector(".k-off [data-clock]").textContent`, &clock)
		return clock == "18:30"
	})
	offAt("2026-11-28T10:00:00+08:00", true) // Saturday
	offAt("2026-11-30T07:29:00+08:00", true) // Monday, before hours
	offAt("2026-11-30T07:30:00+08:00", false)
}

// TestUrgentTakesOverUntilItEnds: the example's urgent item (through
// 2026-11-29) is full-screen at each round start of a display screen and
// a banner between; on the touch screen it is the attract screen, and a
// banner once touched. After midnight it is gone from both.
func TestUrgentTakesOverUntilItEnds(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	base := schedSite(t)
	d := deck{t, ctx, openFaked(t, ctx, base+"/kiosk/sched/?slide=5", 1280, 720, "2026-11-29T10:00:00+08:00"), 5 * time.Second}
	var full [4]float64
	eval(t, ctx, `(function () { var r = document.querySelector(".slide.urgent-full:not([hidden])").getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; })()`, &full)
	if full != [4]float64{0, 0, 1280, 720} {
		t.Errorf("the urgent notice covers %v, want the whole screen [0 0 1280 720]", full)
	}
	d.next("")
	bar := func() string {
		var s string
		eval(t, ctx, `(function () { var b = document.querySelector(".urgent-bar"); return b && getComputedStyle(b).display !== "none" ? b.textContent : ""; })()`, &s)
		return s
	}
	if !strings.Contains(bar(), "紧急通知关于县政务服务中心") {
		t.Errorf("between rounds the banner says %q", bar())
	}
	d.round()
	if s := d.next(""); !strings.HasPrefix(s, "u0|") {
		t.Errorf("the next round starts with %s, want the urgent notice", s)
	}
	d.round()
	d.next("2026-11-30T00:00:03+08:00")
	if got := d.round(); strings.Contains(strings.Join(got, " "), "u0|") || bar() != "" {
		t.Errorf("after its last day the round shows %v and the banner %q", got, bar())
	}

	h := openFaked(t, ctx, base+"/kiosk/hall/", 1080, 1920, "2026-11-29T23:59:58+08:00")
	shownFull := func() bool {
		var on bool
		eval(t, ctx, `(function () { var u = document.querySelector(".urgent-full"); return !!u && getComputedStyle(u).display !== "none"; })()`, &on)
		return on
	}
	if !shownFull() {
		t.Errorf("the touch screen's attract screen does not show the urgent notice")
	}
	if err := chromedp.Run(ctx, chromedp.Click(".urgent-full", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 3*time.Second, "the home screen", func() bool { return stateOf(t, ctx).View == "home" })
	if shownFull() || !strings.Contains(bar(), "紧急通知") {
		t.Errorf("once touched: full-screen %v, banner %q; want the banner only", shownFull(), bar())
	}
	h.Set(at(t, "2026-11-30T00:00:01+08:00"))
	waitFor(t, 3*time.Second, "the urgent item to go at midnight", func() bool {
		var n int
		eval(t, ctx, `document.querySelectorAll(".urgent-bar, .urgent-full").length`, &n)
		return n == 0
	})
}
