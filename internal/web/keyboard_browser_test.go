package web_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// focused describes the element that has the keyboard's focus.
type focused struct {
	Key     string // its address, or its tag and text
	Outline float64
	Shadow  bool
}

const whatIsFocused = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return {Key: "body"};
  const s = getComputedStyle(el);
  return {Key: el.getAttribute("href") || el.tagName.toLowerCase() + ":" + (el.id || el.textContent.trim().slice(0, 12)),
    Outline: s.outlineStyle === "none" ? 0 : parseFloat(s.outlineWidth), Shadow: s.boxShadow !== "none"};
})()`

// tabThrough presses Tab until the focus comes back to the first element
// it reached (or leaves the page), and returns what it reached in order.
func tabThrough(t *testing.T, ctx context.Context, most int) []focused {
	t.Helper()
	var seen []focused
	for i := 0; i < most; i++ {
		var f focused
		if err := chromedp.Run(ctx, chromedp.KeyEvent(kb.Tab), chromedp.Evaluate(whatIsFocused, &f)); err != nil {
			t.Fatal(err)
		}
		if f.Key == "body" || (len(seen) > 0 && f.Key == seen[0].Key) {
			break
		}
		seen = append(seen, f)
	}
	return seen
}

// TestHomeByKeyboard: on the home page, Tab reaches first 跳到正文, then
// every link of the navigation, 长者模式, the search and every link of the
// page's main part and footer, each with a visible focus ring (an outline
// of at least 2 px). On a phone, the folded menu opens with Space.
func TestHomeByKeyboard(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	base := browsertest.Serve(t, builtExample(t))
	openSized(t, ctx, base+"/", 1280)
	seen := tabThrough(t, ctx, 400)
	if len(seen) == 0 || seen[0].Key != "#main" {
		t.Fatalf("the first Tab reaches %v, want the skip link to #main", seen)
	}
	reached := map[string]bool{}
	for _, f := range seen {
		reached[f.Key] = true
		if f.Outline < 2 && !f.Shadow {
			t.Errorf("%s has the focus but no visible focus ring", f.Key)
		}
	}
	var links []string
	read(t, ctx, `[...document.querySelectorAll(".mainnav a[href], main a[href], .sitefoot a[href]")]
		.filter(a => a.getClientRects().length > 0).map(a => a.getAttribute("href"))`, &links)
	if len(links) < 30 {
		t.Fatalf("only %d links on the home page: the test proves nothing", len(links))
	}
	for _, want := range append(links, "/search/", "#elder") {
		if !reached[want] {
			t.Errorf("Tab never reaches the link to %s", want)
		}
	}
	t.Logf("Tab reaches %d elements, %d links of the page among them", len(seen), len(links))

	// a phone: the menu is folded; Tab reaches its checkbox and Space opens it
	openSized(t, ctx, base+"/", 390)
	var open bool
	var id string
	for i := 0; i < 3 && id != "nav-open"; i++ {
		if err := chromedp.Run(ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
			t.Fatal(err)
		}
		read(t, ctx, `document.activeElement.id`, &id)
	}
	if id != "nav-open" {
		t.Fatal("on a phone Tab does not reach the menu's switch (nav-open) after the skip link and the site's name")
	}
	read(t, ctx, `getComputedStyle(document.querySelector(".mainnav ul")).display !== "none"`, &open)
	if open {
		t.Fatal("on a phone the menu is open before it is asked for")
	}
	if err := chromedp.Run(ctx, chromedp.KeyEvent(" ")); err != nil {
		t.Fatal(err)
	}
	read(t, ctx, `getComputedStyle(document.querySelector(".mainnav ul")).display !== "none"`, &open)
	if !open {
		t.Error("Space on the menu's switch does not open the menu")
	}
	if f := tabThrough(t, ctx, 1); len(f) == 0 || f[0].Key != "/" {
		t.Errorf("after opening the menu Tab reaches %v, want its first link 首页", f)
	}
}

// bodyFont is the page's body text size in px.
func bodyFont(t *testing.T, ctx context.Context) string {
	t.Helper()
	var size string
	read(t, ctx, `Math.round(parseFloat(getComputedStyle(document.body).fontSize) * 10) / 10 + "px"`, &size)
	return size
}

// settledFont is bodyFont once it is size or 3 s have passed: the links
// switch the mode by the address (#elder), and the page hears of the
// address's change (hashchange) only after the click has returned.
func settledFont(t *testing.T, ctx context.Context, size string) string {
	t.Helper()
	expr := `Math.round(parseFloat(getComputedStyle(document.body).fontSize) * 10) / 10 + "px" === "` + size + `"`
	pctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	_ = chromedp.Run(pctx, chromedp.Poll(expr, nil, chromedp.WithPollingInterval(50*time.Millisecond)))
	return bodyFont(t, ctx)
}

// TestElderModeRemembered: 长者模式 turns on from its link, stays on on the
// next pages (localStorage), and 标准模式 turns it off for the next pages
// too; without scripts the address #elder turns it on for that page.
func TestElderModeRemembered(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	base := browsertest.Serve(t, builtExample(t))
	openSized(t, ctx, base+"/categories/cadre/", 1280)
	want(t, "body text before 长者模式", bodyFont(t, ctx), "18px")
	if err := chromedp.Run(ctx, chromedp.Click(".mode-elder", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	want(t, "body text in 长者模式", settledFont(t, ctx, "24px"), "24px")
	for _, p := range []string{"/", "/archive/", "/cadre/2026-11-renqian-gongshi/"} {
		openSized(t, ctx, base+p, 1280)
		want(t, "body text of "+p+" opened after 长者模式", bodyFont(t, ctx), "24px")
	}
	if err := chromedp.Run(ctx, chromedp.Click(".mode-standard", chromedp.ByQuery)); err != nil {
		t.Fatal(err)
	}
	want(t, "body text after 标准模式", settledFont(t, ctx, "18px"), "18px")
	openSized(t, ctx, base+"/archive/", 1280)
	want(t, "body text of the next page after 标准模式", bodyFont(t, ctx), "18px")

	// no scripts: the address is the switch
	noJS := browsertest.Context(t)
	if err := chromedp.Run(noJS, emulation.SetScriptExecutionDisabled(true)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ hash, size string }{{"#elder", "24px"}, {"", "18px"}, {"#standard", "18px"}} {
		openSized(t, noJS, base+"/archive/"+c.hash, 1280)
		var on bool
		read(t, noJS, `document.documentElement.classList.contains("elder")`, &on)
		if on {
			t.Fatal("scripts ran in the tab that has them disabled")
		}
		want(t, fmt.Sprintf("body text of /archive/%s without scripts", c.hash), bodyFont(t, noJS), c.size)
	}
	var label string
	openSized(t, noJS, base+"/archive/#elder", 1280)
	read(t, noJS, `[...document.querySelectorAll(".modes a")].filter(a => a.getClientRects().length).map(a => a.textContent).join()`, &label)
	if !strings.Contains(label, "标准模式") || strings.Contains(label, "长者模式") {
		t.Errorf("in 长者模式 without scripts the switch reads %q, want 标准模式 only", label)
	}
}
