package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	chromekb "github.com/chromedp/chromedp/kb"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// axeScript is a pinned copy of axe-core (testdata/axe/README.md).
const axeScript = "testdata/axe/axe-4.10.3.min.js"

// axeRun runs axe over the page with the rules of WCAG 2.1 A and AA and
// axe's best practices, and lists the violations as "rule: target".
const axeRun = `axe.run(document, {
  runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
  resultTypes: ["violations"]
}).then(r => r.violations.flatMap(v => v.nodes.map(n => v.id + " (" + v.impact + "): " + n.target.join(" ") + " — " + v.help)))`

// a11yPages is one page of every kind the example publishes: the website's
// kinds, a board's sheet page and the print room, and each kiosk kind.
var a11yPages = []string{
	"/",                                    // home
	"/categories/cadre/",                   // list
	"/terms/long-term/page/2/",             // a list's second page
	"/cadre/2026-11-renqian-gongshi/",      // item with a table
	"/flowcharts/xingzheng-xuke-liucheng/", // item with a flowchart
	"/categories/",                         // groups
	"/search/",                             // search
	"/catalog/",                            // catalog
	"/powers/",                             // powers
	"/risks/",                              // risk points
	"/archive/",                            // archive
	"/archive/2026/11/",                    // month
	"/apply/",                              // apply
	"/replies/",                            // replies
	"/supervision/",                        // supervision
	"/404.html",                            // not found
	"/boards/",                             // print room
	"/boards/01/",                          // a board's sheet page
	"/kiosk/lobby/",                        // display kiosk, landscape
	"/kiosk/entrance/",                     // display kiosk, portrait
	"/kiosk/hall/",                         // touch kiosk
}

// TestAccessibility runs axe-core in Chromium over one page of every kind
// and wants no violation of WCAG 2.1 AA or of axe's best practices.
func TestAccessibility(t *testing.T) {
	t.Parallel()
	dest := builtExample(t).Dest
	for _, p := range a11yPages {
		if _, err := os.Stat(pageFile(dest, p)); err != nil {
			t.Errorf("%s: the example publishes no such page (%v); update a11yPages", p, err)
			continue
		}
		axeCheck(t, p, 1280)
	}
}

// TestAccessibilityPhoneAndElder runs axe over the home page and an item
// with a table on a phone, in both modes, and an item with a flowchart in
// 长者模式.
func TestAccessibilityPhoneAndElder(t *testing.T) {
	t.Parallel()
	for _, p := range []string{"/", "/contacts/bumen-xiangzhen-lianxi/"} {
		axeCheck(t, p, 390)
		axeCheck(t, p+"#elder", 390)
	}
	axeCheck(t, "/flowcharts/xingzheng-xuke-liucheng/#elder", 1280)
}

// axeCheck reports what axe finds on the example's page p at the given
// width, in a tab of its own (each tab has its own time limit).
func axeCheck(t *testing.T, p string, width int64) {
	t.Helper()
	t.Run(fmt.Sprintf("%s@%d", p, width), func(t *testing.T) {
		ctx := browsertest.Context(t)
		axe, err := os.ReadFile(axeScript)
		if err != nil {
			t.Fatal(err)
		}
		base := browsertest.Serve(t, builtExample(t).Dest)
		for _, v := range axeViolations(t, ctx, base+p, width, string(axe)) {
			t.Errorf("%s at %d px: %s", p, width, v)
		}
	})
}

// pageFile is the file the address p of a site built into dest serves.
func pageFile(dest, p string) string {
	if strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	return filepath.Join(dest, filepath.FromSlash(p))
}

// axeViolations opens url at the given width and returns what axe finds.
func axeViolations(t *testing.T, ctx context.Context, url string, width int64, axe string) []string {
	t.Helper()
	var out []string
	await := func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(width, 900),
		chromedp.Navigate(url),
		chromedp.WaitReady("body"),
		chromedp.Evaluate(axe+"\n;true", nil),
		chromedp.Evaluate(axeRun, &out, await),
	)
	if err != nil {
		t.Fatalf("axe on %s: %v", url, err)
	}
	return out
}

// kioskFocus is what the touch kiosk shows and has focused.
type kioskFocus struct {
	View    string   // the stage's data-view
	Focused string   // data-go of the focused button
	Ring    bool     // the focused button has a visible outline
	Buttons []string // data-go of the enabled buttons the reader sees
}

const kioskState = `(() => {
  const el = document.activeElement, st = document.getElementById("stage");
  const seen = b => { for (let e = b; e; e = e.parentElement) { if (e.hidden) return false; } return b.getClientRects().length > 0 && !b.disabled; };
  return {View: st.dataset.view, Focused: el && el.dataset ? (el.dataset.go || "") : "",
    Ring: !!el && getComputedStyle(el).outlineStyle !== "none" && parseFloat(getComputedStyle(el).outlineWidth) >= 2,
    Buttons: [...document.querySelectorAll("#stage button[data-go]")].filter(seen).map(b => b.dataset.go)};
})()`

// TestTouchKioskByKeyboard: the touch kiosk works with a keyboard (or a
// switch that sends keys): a key leaves the welcome screen, Tab reaches
// every button the screen shows, each with a focus ring, and Enter opens
// a category, an item, and goes back.
func TestTouchKioskByKeyboard(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	base := browsertest.Serve(t, builtExample(t).Dest)
	state := func() kioskFocus {
		var s kioskFocus
		if err := chromedp.Run(ctx, chromedp.Evaluate(kioskState, &s)); err != nil {
			t.Fatal(err)
		}
		return s
	}
	press := func(ks ...string) {
		for _, k := range ks {
			if err := chromedp.Run(ctx, chromedp.KeyEvent(k)); err != nil {
				t.Fatal(err)
			}
		}
	}
	// tab presses Tab until done says so (at most 80 times) and returns
	// the buttons it reached on the way.
	tab := func(done func(first, now string) bool) map[string]bool {
		reached, first := map[string]bool{}, ""
		for i := 0; i < 80; i++ {
			press(chromekb.Tab)
			s := state()
			if s.Focused != "" && !s.Ring {
				t.Errorf("the button %s has the focus but no visible focus ring", s.Focused)
			}
			if i == 0 {
				first = s.Focused
			}
			reached[s.Focused] = true
			if done(first, s.Focused) && i > 0 {
				return reached
			}
		}
		return reached
	}
	tabTo := func(prefix string) {
		tab(func(_, now string) bool { return strings.HasPrefix(now, prefix) })
		if s := state(); !strings.HasPrefix(s.Focused, prefix) {
			t.Fatalf("Tab never reaches a button %s… on the %s screen", prefix, s.View)
		}
	}
	if err := chromedp.Run(ctx, chromedp.EmulateViewport(1080, 1920), chromedp.Navigate(base+"/kiosk/hall/"), chromedp.WaitReady("#stage"),
		chromedp.Poll(`document.querySelector("[data-clock]").textContent !== ""`, nil)); err != nil { // the kiosk's script has started
		t.Fatal(err)
	}
	press(chromekb.Tab)
	home := state()
	if home.View != "home" {
		t.Fatalf("a key on the welcome screen leaves the kiosk on %q, want home", home.View)
	}
	reached := tab(func(first, now string) bool { return now == first }) // once round
	for _, b := range home.Buttons {
		if !reached[b] {
			t.Errorf("Tab never reaches the button %s on the home screen", b)
		}
	}
	tabTo("cat:")
	press(chromekb.Enter)
	if v := state().View; v != "cat" {
		t.Fatalf("Enter on a category tile shows %q, want the category", v)
	}
	tabTo("item:")
	press(chromekb.Enter)
	if v := state().View; v != "item" {
		t.Fatalf("Enter on an entry shows %q, want the item", v)
	}
	tabTo("back")
	press(chromekb.Enter)
	if v := state().View; v != "cat" {
		t.Errorf("Enter on ‹ 返回 shows %q, want the category again", v)
	}
}
