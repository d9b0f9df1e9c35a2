package kiosk_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
	"github.com/gongkai/gongkai/internal/kiosk"
)

// The browser tests build the example site, serve it, and drive the kiosk
// pages in headless Chromium with short intervals (?slide=, ?poll=, ?idle=)
// and a fixed clock (?clock=), so each runs in seconds. Most of those
// seconds are spent waiting on the pages' timers, so they run in parallel,
// each in its own tab; those that only read the example site's output
// share one build of it (builtExample).

// state is what the page reports through window.gongkaiKiosk.state().
type state struct {
	Hash     string `json:"hash"`
	Code     string `json:"code"`
	Reload   string `json:"reload"`
	Stale    bool   `json:"stale"`
	View     string `json:"view"`
	Size     string `json:"size"`
	Page     int    `json:"page"`
	Polls    int    `json:"polls"`
	Failures int    `json:"failures"`
	Pending  bool   `json:"pending"`
	Slide    string `json:"slide"`
	Day      string `json:"day"`
}

func stateOf(t *testing.T, ctx context.Context) state {
	t.Helper()
	var s state
	if err := chromedp.Run(ctx, chromedp.Evaluate(`window.gongkaiKiosk.state()`, &s)); err != nil {
		t.Fatalf("reading the kiosk's state: %v", err)
	}
	return s
}

// eval runs js in the page and decodes its value into out.
func eval(t *testing.T, ctx context.Context, js string, out any) {
	t.Helper()
	if err := chromedp.Run(ctx, chromedp.Evaluate(js, out)); err != nil {
		t.Fatalf("%s: %v", js, err)
	}
}

// open loads a kiosk page at the screen size it is made for.
func open(t *testing.T, ctx context.Context, url string, w, h int) {
	t.Helper()
	err := chromedp.Run(ctx, chromedp.EmulateViewport(int64(w), int64(h)), chromedp.Navigate(url), chromedp.WaitReady("#stage"))
	if err != nil {
		t.Fatalf("opening %s: %v", url, err)
	}
}

// waitFor polls cond until it holds or the time is up.
func waitFor(t *testing.T, limit time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up after %s waiting for %s", limit, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// visibleSlides counts the slides on screen: always exactly one.
const visibleSlides = `document.querySelectorAll("#stage .slide:not([hidden])").length`

func TestDisplayAdvancesOnItsTimer(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	dir, _ := builtExample(t)
	base := browsertest.Serve(t, dir)
	open(t, ctx, base+"/kiosk/lobby/?slide=0.4&clock=2026-11-27T10:00:00%2B08:00", 1920, 1080)
	var order []string
	eval(t, ctx, `Array.prototype.map.call(document.querySelectorAll(".slide"), function (s) { return s.getAttribute("data-id") + "#" + s.getAttribute("data-page") })`, &order)
	var nodes0 int
	eval(t, ctx, `document.getElementsByTagName("*").length`, &nodes0)
	// The page records every change of slide itself, with its time, so a
	// slow test machine cannot miss one between two polls.
	eval(t, ctx, `(function () {
		window.__seen = []; window.__shown = [];
		function note() {
			var v = document.querySelectorAll("#stage .slide:not([hidden])");
			window.__shown.push(v.length);
			if (v.length !== 1) return;
			var s = v[0].getAttribute("data-id") + "#" + v[0].getAttribute("data-page");
			var last = window.__seen[window.__seen.length - 1];
			if (!last || last.s !== s) window.__seen.push({s: s, t: performance.now()});
		}
		note();
		new MutationObserver(note).observe(document.getElementById("stage"), {attributes: true, subtree: true, attributeFilter: ["hidden"]});
		return true;
	})()`, new(bool))
	type change struct {
		S string  `json:"s"`
		T float64 `json:"t"`
	}
	var seen []change
	waitFor(t, 30*time.Second, "ten changes of slide", func() bool {
		eval(t, ctx, `window.__seen`, &seen)
		return len(seen) >= 10
	})
	// A busy machine may turn a slide before the recording starts: the
	// first slide recorded is then a later one, but no later than the time
	// since the page opened allows (performance.now counts from then).
	start := slices.Index(order, seen[0].S)
	if start < 0 {
		t.Fatalf("the first slide recorded, %s, is not in the deck %v", seen[0].S, order)
	}
	if seen[0].T < float64(start)*400-300 {
		t.Errorf("the first slide recorded is %s, %.0f ms after the page opened; want %s, the deck's first, or one the 0.4 s slides reached by then", seen[0].S, seen[0].T, order[0])
	}
	for i, c := range seen {
		if want := order[(start+i)%len(order)]; c.S != want {
			t.Errorf("slide %d is %s, want %s (the deck's order)", i, c.S, want)
			break
		}
		// Slides keep to a schedule on the clock, checked every 250 ms
		// (kiosk-script.html): a busy machine makes a change late, never
		// early, so the i-th change comes no sooner than i-1 slide times
		// less one tick after the first change (the first slide was on
		// screen before the count began).
		if at := c.T - seen[min(i, 1)].T; i > 1 && at < float64(i-1)*400-300 {
			t.Errorf("slide %d came %.0f ms after slide 1; slides are 0.4 s", i, at)
		}
	}
	var shown []int
	eval(t, ctx, `window.__shown`, &shown)
	for _, n := range shown {
		if n > 1 {
			t.Fatalf("%d slides on screen at once", n)
		}
	}
	var nodes int
	eval(t, ctx, `document.getElementsByTagName("*").length`, &nodes)
	if nodes != nodes0 {
		t.Errorf("the page has %d elements after %d slides, %d before: it must reuse its nodes", nodes, len(seen), nodes0)
	}
}

func TestItemLeavesTheScreenAtTheEndOfItsLastDay(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	// The kiosk PC keeps another timezone than the site: the day still
	// turns at midnight in Asia/Shanghai.
	if err := chromedp.Run(ctx, emulation.SetTimezoneOverride("America/New_York")); err != nil {
		t.Fatal(err)
	}
	dir, _ := builtExample(t)
	base := browsertest.Serve(t, dir)
	const ending = "cadre/2026-11-renqian-gongshi" // until = 2026-11-27
	// The page's clock starts 5 s before midnight: time to load the page
	// and count before the day turns, even on a loaded machine.
	open(t, ctx, base+"/kiosk/lobby/?slide=0.5&clock=2026-11-27T23:59:55.000%2B08:00", 1920, 1080)
	count := `document.querySelectorAll('[data-id="` + ending + `"], .notices li[data-end="2026-11-27"]').length`
	var before int
	eval(t, ctx, count, &before)
	if before == 0 || stateOf(t, ctx).Day != "2026-11-27" {
		t.Fatalf("%s is not on the screen on its last day (%d elements, day %s)", ending, before, stateOf(t, ctx).Day)
	}
	waitFor(t, 12*time.Second, "the next day", func() bool { return stateOf(t, ctx).Day == "2026-11-28" })
	waitFor(t, 3*time.Second, ending+" to leave the screen", func() bool {
		var n int
		eval(t, ctx, count, &n)
		return n == 0
	})
	if s := stateOf(t, ctx).Slide; strings.HasPrefix(s, ending+"#") || s == "" {
		t.Errorf("showing %q after the item's last day", s)
	}
}

// TestAttractCountsNoticesLeft: the touch screen's attract screen says how
// many notices are in their window; when one ends while the screen runs,
// the count goes down with it.
func TestAttractCountsNoticesLeft(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	dir, _ := builtExample(t)
	base := browsertest.Serve(t, dir)
	open(t, ctx, base+"/kiosk/hall/?clock=2026-11-27T23:59:55.000%2B08:00", 1080, 1920)
	const note = `(function () { var n = document.querySelector("#stage .a-note"); return n && !n.hidden ? +n.querySelector(".n").textContent : 0; })()`
	const listed = `new Set(Array.prototype.map.call(document.querySelectorAll('#stage .size [data-view="home"] .entry[data-end]'), function (e) { return e.getAttribute("data-go"); })).size`
	const ending = `document.querySelectorAll('#stage .size[data-size="m"] [data-view="home"] .entry[data-end="2026-11-27"]').length`
	var before, first, gone int
	eval(t, ctx, note, &before)
	eval(t, ctx, listed, &first)
	eval(t, ctx, ending, &gone)
	if before == 0 || before != first || gone == 0 {
		t.Fatalf("on 2026-11-27 the attract screen counts %d notices, the home screen lists %d, %d of them ending that day", before, first, gone)
	}
	waitFor(t, 12*time.Second, "the next day", func() bool { return stateOf(t, ctx).Day == "2026-11-28" })
	var after int
	deadline := time.Now().Add(2 * time.Second) // the day turns on the page's next tick
	for eval(t, ctx, note, &after); after != before-gone && time.Now().Before(deadline); eval(t, ctx, note, &after) {
		time.Sleep(50 * time.Millisecond)
	}
	if after != before-gone {
		t.Errorf("on 2026-11-28 the attract screen counts %d notices, want %d (%d ended the day before)", after, before-gone, gone)
	}
}

// overflowJS lists every slide, touch screen, notice page and bar whose
// content does not fit its box, or that shows a telephone number broken
// across two lines.
const overflowJS = `(function () {
  var bad = [];
  function check(el, what) {
    if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1) {
      var r = el.getBoundingClientRect(), worst = "";
      el.querySelectorAll("*").forEach(function (c) {
        var b = c.getBoundingClientRect();
        if (b.bottom > r.bottom + 1 || b.right > r.right + 1) { worst = c.tagName + "." + c.className + " " + (c.textContent || "").slice(0, 30) + " at " + Math.round(b.right - r.left) + "," + Math.round(b.bottom - r.top); }
      });
      bad.push(what + ": content " + el.scrollWidth + "x" + el.scrollHeight + " in " + el.clientWidth + "x" + el.clientHeight + (worst ? "; " + worst : ""));
    }
    broken(el).forEach(function (n) { bad.push(what + ": " + n + " broken across lines"); });
  }
  // broken lists the telephone numbers in el that the browser breaks
  // across lines (the layout measures each as one unit).
  function broken(el) {
    var out = [], w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), n;
    while ((n = w.nextNode())) {
      var re = /\d{3,4}-\d{5,8}/g, m;
      while ((m = re.exec(n.data))) {
        var r = document.createRange(), tops = {};
        r.setStart(n, m.index);
        r.setEnd(n, m.index + m[0].length);
        Array.prototype.forEach.call(r.getClientRects(), function (b) { if (b.width > 0) tops[Math.round(b.top)] = 1; });
        if (Object.keys(tops).length > 1) out.push(m[0]);
      }
    }
    return out;
  }
  var sizes = document.querySelectorAll("#stage .size");
  var screens = document.querySelectorAll("#stage .slide, #stage .screen");
  screens.forEach(function (s) { s.hidden = true; });
  screens.forEach(function (s) {
    var box = s.closest(".size");
    sizes.forEach(function (z) { z.hidden = z !== box; });
    s.hidden = false;
    check(s, (s.getAttribute("data-id") || s.getAttribute("data-view")) + "#" + s.getAttribute("data-page") + (box ? " size " + box.getAttribute("data-size") : ""));
    s.hidden = true;
  });
  var pages = document.querySelectorAll(".notices ol");
  pages.forEach(function (ol, i) {
    pages.forEach(function (o) { o.hidden = o !== ol; });
    check(document.querySelector(".notices"), "notice panel page " + (i + 1));
  });
  document.querySelectorAll(".bar, .brand, .pager").forEach(function (el) { check(el, el.className); });
  return bad;
})()`

func TestNothingOverflowsTheScreen(t *testing.T) {
	t.Parallel()
	// The example's kiosks (display 1920×1080, display 1080×1920, touch
	// 1080×1920) and more sizes: a small landscape screen, a 4K portrait
	// one and a landscape touch screen.
	extra := `
[[kiosks]]
name = "small"
kind = "display"
width = 1366
height = 768
categories = ["cadre", "appointments", "decisions", "goals", "projects", "contacts", "duties"]

[[kiosks]]
name = "tall4k"
kind = "display"
width = 2160
height = 3840
categories = ["goals", "projects", "powers", "flowcharts", "masses"]

[[kiosks]]
name = "wide-touch"
kind = "touch"
width = 1920
height = 1080
categories = ["duties", "contacts", "goals", "projects", "cadre", "appointments", "powers", "flowcharts", "decisions", "masses"]
`
	dir := t.TempDir()
	res := buildSite(t, example(map[string]string{"site.toml": readSiteToml(t) + extra}), dir, "2026-11-27")
	base := browsertest.Serve(t, dir)
	ctx := browsertest.Context(t)
	for _, k := range res.Site.Config.Kiosks {
		t.Run(fmt.Sprintf("%s-%dx%d", k.Name, k.Width, k.Height), func(t *testing.T) {
			open(t, ctx, base+"/kiosk/"+k.Name+"/?speed=0.0001", k.Width, k.Height)
			var screens int
			eval(t, ctx, `document.querySelectorAll("#stage .slide, #stage .screen").length`, &screens)
			var bad []string
			eval(t, ctx, overflowJS, &bad)
			for _, b := range bad {
				t.Error(b)
			}
			t.Logf("%d slides or screens checked", screens)
		})
	}
}

// click taps the element on screen that matches sel.
func click(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	if err := chromedp.Run(ctx, chromedp.Click(sel, chromedp.ByQuery, chromedp.NodeVisible)); err != nil {
		t.Fatalf("tapping %s: %v", sel, err)
	}
}

// onScreen is a selector for an element of the screen now shown.
func onScreen(sel string) string {
	return `#stage .size:not([hidden]) .screen:not([hidden]) ` + sel
}

func expectView(t *testing.T, ctx context.Context, view string, page int) {
	t.Helper()
	waitFor(t, 2*time.Second, fmt.Sprintf("view %s page %d", view, page), func() bool {
		s := stateOf(t, ctx)
		return s.View == view && s.Page == page
	})
}

func TestTouchNavigation(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	dir, _ := builtExample(t)
	base := browsertest.Serve(t, dir)
	open(t, ctx, base+"/kiosk/hall/?clock=2026-11-27T10:00:00%2B08:00", 1080, 1920)
	expectView(t, ctx, "attract", 1)
	click(t, ctx, "#stage .attract")
	expectView(t, ctx, "home", 1)
	click(t, ctx, onScreen(`[data-go="cat:cadre"]`))
	expectView(t, ctx, "cat:cadre", 1)
	const item = "cadre/2026-11-renqian-gongshi"
	click(t, ctx, onScreen(`[data-go="item:`+item+`"]`))
	expectView(t, ctx, "item:"+item, 1)
	var qr bool
	eval(t, ctx, `!!document.querySelector('.qrdock figure[data-id="`+item+`"]:not([hidden]) svg')`, &qr)
	if !qr {
		t.Error("the item's QR code is not shown beside it")
	}
	click(t, ctx, `#stage .pager [data-go="next"]`)
	expectView(t, ctx, "item:"+item, 2)
	click(t, ctx, `#stage .pager [data-go="prev"]`)
	expectView(t, ctx, "item:"+item, 1)
	click(t, ctx, `#stage .pager [data-go="next"]`)
	click(t, ctx, `#stage [data-go="size:l"]`)
	if s := stateOf(t, ctx); s.Size != "l" || s.View != "item:"+item {
		t.Errorf("after choosing large type: %+v", s)
	}
	click(t, ctx, `#stage [data-go="back"]`)
	expectView(t, ctx, "cat:cadre", 1)
	click(t, ctx, `#stage [data-go="home"]`)
	expectView(t, ctx, "home", 1)
	var small []string
	eval(t, ctx, `Array.prototype.filter.call(document.querySelectorAll("#stage button"), function (b) {
		var r = b.getBoundingClientRect(); return r.width > 0 && (r.width < 48 || r.height < 48);
	}).map(function (b) { return b.textContent + " " + b.getBoundingClientRect().width + "x" + b.getBoundingClientRect().height })`, &small)
	for _, b := range small {
		t.Errorf("tap target smaller than 48 px: %s", b)
	}
	var links int
	eval(t, ctx, `document.querySelectorAll("a[href], input:not([type=range]), textarea, select").length`, &links)
	if links != 0 {
		t.Errorf("the touch page has %d links or text inputs: a reader could leave the kiosk", links)
	}
	longItem(t, ctx)
}

// longItem: a long item's table of contents leads to the page of a
// heading and 返回 then to the item's category; the page slider turns
// pages by touch and by the arrow keys, says where the reader is, and its
// handle is at least 60 px.
func longItem(t *testing.T, ctx context.Context) {
	t.Helper()
	const item = "goals/2026-niandu-mubiao"
	click(t, ctx, onScreen(`[data-go="cat:goals"]`))
	click(t, ctx, onScreen(`[data-go="item:`+item+`"]`))
	expectView(t, ctx, "item:"+item, 1)
	click(t, ctx, `#stage .nav [data-go="toc"]`)
	expectView(t, ctx, "toc:"+item, 1)
	var target string
	eval(t, ctx, `document.querySelectorAll('`+onScreen(`.entry`)+`')[2].getAttribute("data-go")`, &target)
	var page int
	if _, err := fmt.Sscanf(target[strings.LastIndex(target, "@")+1:], "%d", &page); err != nil || page < 2 {
		t.Fatalf("the third heading leads to %q", target)
	}
	click(t, ctx, onScreen(`[data-go="`+target+`"]`))
	expectView(t, ctx, "item:"+item, page)
	var slider struct {
		Value, Max, Text string
		Thumb            float64
	}
	read := func() {
		eval(t, ctx, `(function () { var r = document.querySelector("#stage [data-pgr]");
			return {Value: r.value, Max: r.max, Text: r.getAttribute("aria-valuetext"), Thumb: r.getBoundingClientRect().height}; })()`, &slider)
	}
	read()
	if slider.Value != fmt.Sprint(page) || slider.Max == "1" || !strings.HasPrefix(slider.Text, fmt.Sprintf("第 %d 页，共 ", page)) || slider.Thumb < 60 {
		t.Errorf("on page %d the slider reads %+v", page, slider)
	}
	if err := chromedp.Run(ctx, chromedp.Focus(`#stage [data-pgr]`, chromedp.ByQuery), chromedp.KeyEvent(kb.ArrowRight)); err != nil {
		t.Fatal(err)
	}
	expectView(t, ctx, "item:"+item, page+1)
	if err := chromedp.Run(ctx, chromedp.KeyEvent(kb.End)); err != nil {
		t.Fatal(err)
	}
	read()
	expectView(t, ctx, "item:"+item, atoi(t, slider.Max))
	click(t, ctx, `#stage [data-go="back"]`)
	expectView(t, ctx, "cat:goals", 1)
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	var n int
	if _, err := fmt.Sscanf(s, "%d", &n); err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return n
}

func TestTouchIdleReturnsToAttractScreen(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	dir, _ := builtExample(t)
	base := browsertest.Serve(t, dir)
	open(t, ctx, base+"/kiosk/hall/?idle=1.5", 1080, 1920)
	click(t, ctx, "#stage .attract")
	click(t, ctx, onScreen(`[data-go="cat:goals"]`))
	click(t, ctx, `#stage [data-go="size:s"]`)
	if s := stateOf(t, ctx); s.View != "cat:goals" || s.Size != "s" {
		t.Fatalf("before the timeout: %+v", s)
	}
	waitFor(t, 4*time.Second, "the attract screen", func() bool { return stateOf(t, ctx).View == "attract" })
	if s := stateOf(t, ctx); s.Size != "m" || s.Page != 1 {
		t.Errorf("the idle timeout left state behind: %+v", s)
	}
	click(t, ctx, "#stage .attract")
	expectView(t, ctx, "home", 1)
}

// server serves dir, and answers manifest.json with 500 while failing is set.
func server(t *testing.T, dir string, failing *atomic.Bool) *httptest.Server {
	files := http.FileServer(http.Dir(dir))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if failing.Load() && strings.HasSuffix(r.URL.Path, "manifest.json") {
			http.Error(w, "database is down", http.StatusInternalServerError)
			return
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func manifestHash(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "kiosk", name, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m kiosk.Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m.Hash
}

// corrected is the example site with the title of an item on the lobby
// screen changed.
func corrected(t *testing.T) map[string]string {
	const file = "content/cadre/2026-11-renqian-gongshi.md"
	data, err := os.ReadFile(filepath.Join(exampleSite, file))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(data), `title    = "关于王建国等同志任前公示的公告"`, `title    = "关于王建国等同志任前公示的公告（更正）"`, 1)
	if text == string(data) {
		t.Fatal("the title to correct is not in " + file)
	}
	return map[string]string{file: text}
}

func TestNewBuildIsPickedUp(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	dir := copyOfExample(t)
	old := manifestHash(t, dir, "lobby")
	srv := server(t, dir, new(atomic.Bool))
	open(t, ctx, srv.URL+"/kiosk/lobby/?slide=0.5&poll=0.3&clock=2026-11-27T10:00:00%2B08:00", 1920, 1080)
	if h := stateOf(t, ctx).Hash; h != old {
		t.Fatalf("page hash %s, manifest %s", h, old)
	}
	buildSite(t, example(corrected(t)), dir, "2026-11-27")
	fresh := manifestHash(t, dir, "lobby")
	if fresh == old {
		t.Fatal("the manifest's hash did not change with the content")
	}
	waitFor(t, 10*time.Second, "the new build on screen", func() bool {
		var n int
		eval(t, ctx, visibleSlides, &n)
		if n != 1 {
			t.Fatalf("%d slides on screen during the swap", n)
		}
		return stateOf(t, ctx).Hash == fresh
	})
	var shown bool
	eval(t, ctx, `document.getElementById("stage").textContent.indexOf("（更正）") >= 0`, &shown)
	if !shown {
		t.Error("the new build is in but its content is not")
	}
}

func TestNewBuildIsPickedUpFromFiles(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t) // started with --allow-file-access-from-files, as the README says
	dir := copyOfExample(t)
	open(t, ctx, "file://"+filepath.ToSlash(dir)+"/kiosk/lobby/index.html?slide=0.5&poll=0.3", 1920, 1080)
	buildSite(t, example(corrected(t)), dir, "2026-11-27")
	fresh := manifestHash(t, dir, "lobby")
	waitFor(t, 10*time.Second, "the new build from file://", func() bool { return stateOf(t, ctx).Hash == fresh })
}

func TestFailingManifestKeepsTheSlide(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	dir, _ := builtExample(t)
	failing := new(atomic.Bool)
	failing.Store(true)
	srv := server(t, dir, failing)
	open(t, ctx, srv.URL+"/kiosk/lobby/?slide=600&poll=0.2&clock=2026-11-27T10:00:00%2B08:00", 1920, 1080)
	first := stateOf(t, ctx)
	if first.Slide == "" {
		t.Fatal("nothing on screen")
	}
	check := func(when string) {
		s := stateOf(t, ctx)
		var text string
		eval(t, ctx, `document.querySelector("#stage .slide:not([hidden])").textContent`, &text)
		// a slide of an item, or the urgent notice that opens each round
		if s.Slide != first.Slide || s.Hash != first.Hash || !(strings.Contains(text, "公") || strings.Contains(text, "紧急通知")) {
			t.Errorf("%s: showing %q (hash %s), was %q (hash %s)", when, s.Slide, s.Hash, first.Slide, first.Hash)
		}
	}
	waitFor(t, 5*time.Second, "three failed polls", func() bool { return stateOf(t, ctx).Failures >= 3 })
	check("manifest answering 500")
	srv.Close() // the server is gone
	// polls back off (at most 3.2 s for the fourth failure in a row at
	// poll=0.2; TestBackOff counts them)
	n := stateOf(t, ctx).Failures
	waitFor(t, 8*time.Second, "a failed poll with the server down", func() bool { return stateOf(t, ctx).Failures >= n+1 })
	check("server down")
}
