package kiosk_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// offShown reports whether the screen shows its off screen (outside hours).
func offShown(t *testing.T, d deck) bool {
	t.Helper()
	var on bool
	eval(t, d.ctx, `(function () { var o = document.querySelector("#stage .k-off"); return !!o && !o.hidden && getComputedStyle(o).display !== "none"; })()`, &on)
	return on
}

// openDeck opens a display page on the fake clock, at w×h, in a browser
// that keeps New York time.
func openDeck(t *testing.T, url string, w, h int64, when string, slide time.Duration) deck {
	t.Helper()
	ctx := browsertest.Context(t)
	c := browsertest.InstallClock(t, ctx, at(t, when))
	err := chromedp.Run(ctx, emulation.SetTimezoneOverride("America/New_York"), chromedp.EmulateViewport(w, h),
		chromedp.Navigate(url), chromedp.WaitReady("#stage"))
	if err != nil {
		t.Fatalf("opening %s at %s: %v", url, when, err)
	}
	return deck{t, ctx, c, slide}
}

// TestHoursComeWithANewBuild: a screen without hours whose new build
// gives it hours (site.toml changed, not the page code: no reload) goes
// off outside them. Before, the new page's hours had no script to follow
// them: the page of a screen without hours or schedule had none.
func TestHoursComeWithANewBuild(t *testing.T) {
	t.Parallel()
	_, before := renderKiosks(t, nil, "2026-11-27")
	toml := strings.Replace(readSiteToml(t), "slide_seconds = 20\n", "slide_seconds = 20\nhours = \"07:30-18:30\"\noff = \"clock\"\n", 1)
	_, after := renderKiosks(t, map[string]string{"site.toml": toml}, "2026-11-27")
	if !strings.Contains(string(after["kiosk/entrance/index.html"]), `class="k-times"`) {
		t.Fatal("the entrance's new build has no hours")
	}
	b, base := serveBuilds(t, before)
	d := openDeck(t, base+"/kiosk/entrance/?poll=1&slide=2", 1080, 1920, "2026-11-27T18:29:00+08:00", 2*time.Second)
	hash := stateOf(t, d.ctx).Hash
	b.set(after)
	d.clock.Advance(5 * time.Second)
	if s := stateOf(t, d.ctx); s.Hash == hash {
		t.Fatalf("the new build is not on screen: %+v", s)
	}
	d.clock.Set(at(t, "2026-11-27T18:31:00+08:00"))
	if !offShown(t, d) {
		t.Errorf("at 18:31 the entrance, whose new build has hours to 18:30, is on")
	}
}

// TestScreenOnStartsARound: outside its hours a screen is off, an urgent
// item in force or not (the hall is closed); when its hours begin it
// starts a round, the urgent item first, with the selection in force then
// (the lobby's morning notices from 07:30), not the middle of a round
// begun while it was off.
func TestScreenOnStartsARound(t *testing.T) {
	t.Parallel()
	dir, _ := builtExample(t)
	d := openDeck(t, browsertest.Serve(t, dir)+"/kiosk/lobby/", 1920, 1080, "2026-11-27T07:25:05+08:00", 15*time.Second)
	d.clock.Advance(4*time.Minute + 50*time.Second) // 07:29:55
	if !offShown(t, d) {
		t.Fatalf("at 07:29:55 the lobby is on; its hours begin at 07:30")
	}
	d.clock.Advance(5 * time.Second)
	var set int
	eval(t, d.ctx, `gongkaiSchedule.state().set`, &set)
	if s := d.shown(); offShown(t, d) || !strings.HasPrefix(s, "u0|") || set != 1 {
		t.Errorf("at 07:30 the lobby shows %s (off %v, selection %d), want a round begun with the urgent item, selection 1", s, offShown(t, d), set)
	}
}

// TestRoundGoesOnPastAnEndedItem: when the item due next ends at midnight,
// the round goes on with the slide after it. Before, it began again from
// its first slide, here the urgent notice just shown, without a round's
// start (no new selection, no reload).
func TestRoundGoesOnPastAnEndedItem(t *testing.T) {
	t.Parallel()
	dir, _ := builtExample(t)
	d := openDeck(t, browsertest.Serve(t, dir)+"/kiosk/lobby/?slide=10", 1920, 1080, "2026-11-27T23:59:50+08:00", 10*time.Second)
	if s := d.shown(); !strings.HasPrefix(s, "u0|") {
		t.Fatalf("the round begins with %s, want the urgent notice", s)
	}
	var due string
	eval(t, d.ctx, `document.querySelector("#stage .slide:not(.urgent-full)").getAttribute("data-id")`, &due)
	if due != ending {
		t.Fatalf("the slide after the urgent notice is %s, want %s, which ends on 2026-11-27", due, ending)
	}
	if s := d.next(""); strings.HasPrefix(s, "u0|") || strings.Contains(s, "|"+ending+"#") {
		t.Errorf("at midnight the lobby shows %s, want the slide after %s", s, ending)
	}
}

// TestDataDayShownWhole: 数据更新于… is shown whole in the footer of every
// example display, beside the dots and the phone line, none on another.
// Before, the entrance's (portrait, ten dots) was cut to 数据更新于 202.
func TestDataDayShownWhole(t *testing.T) {
	t.Parallel()
	dir, _ := builtExample(t)
	base := browsertest.Serve(t, dir)
	for _, k := range []struct {
		name string
		w, h int64
	}{{"lobby", 1920, 1080}, {"entrance", 1080, 1920}} {
		d := openDeck(t, base+"/kiosk/"+k.name+"/", k.w, k.h, "2026-11-27T10:00:00+08:00", time.Second)
		var bad string
		eval(t, d.ctx, `(function () {
			var u = document.querySelector("#stage [data-updated]"), foot = u.parentNode.getBoundingClientRect();
			if (u.hidden || u.scrollWidth > u.clientWidth + 1) { return "cut: " + u.textContent; }
			var r = u.getBoundingClientRect(), others = Array.prototype.slice.call(document.querySelectorAll("#stage .foot .dots li, #stage .foot .phone, #stage .foot .count"));
			for (var i = 0; i < others.length; i++) {
				var o = others[i].getBoundingClientRect();
				if (o.width && o.left < r.right && r.left < o.right && o.top < r.bottom && r.top < o.bottom) { return "on " + others[i].className; }
				if (o.width && (o.bottom > foot.bottom + 1 || o.top < foot.top - 1)) { return "out of the footer: " + others[i].className; }
			}
			return "";
		})()`, &bad)
		if bad != "" {
			t.Errorf("%s: the data's day is %s", k.name, bad)
		}
	}
}

// TestDataDayShownOverTheUrgentNotice: while an urgent item is the touch
// screen's start screen (for days, maybe), 数据更新于… still shows there.
// Before, the urgent notice covered the start screen's line.
func TestDataDayShownOverTheUrgentNotice(t *testing.T) {
	t.Parallel()
	dir, _ := builtExample(t)
	d := openDeck(t, browsertest.Serve(t, dir)+"/kiosk/hall/", 1080, 1920, "2026-11-28T10:00:00+08:00", time.Second)
	var shown string
	eval(t, d.ctx, `(function () {
		var out = "";
		document.querySelectorAll("#stage [data-updated]").forEach(function (u) {
			var r = u.getBoundingClientRect(), top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
			if (!u.hidden && r.width > 0 && top && u.contains(top)) { out = u.textContent; }
		});
		return out;
	})()`, &shown)
	if shown != "数据更新于 2026年11月27日" {
		t.Errorf("the hall's start screen with an urgent notice shows the data's day as %q, want 数据更新于 2026年11月27日", shown)
	}
}
