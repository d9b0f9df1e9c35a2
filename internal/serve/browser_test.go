package serve

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// TestOverlayInBrowser opens a page in Chromium, breaks the item's front
// matter and expects the overlay with file and line over the page; fixing
// the file must make it go; a body edit must show up without a reload by
// hand. Skipped without Chromium.
func TestOverlayInBrowser(t *testing.T) {
	bctx := browsertest.Context(t)
	dir := newSite(t)
	srv := start(t, dir, nil)
	ctx, cancel := context.WithTimeout(bctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL()+"cadre/wang/"),
		chromedp.WaitVisible("main", chromedp.ByQuery),
		waitFor(`document.documentElement.getAttribute("data-gongkai-live") === "connected"`),
	); err != nil {
		t.Fatal(err)
	}

	writeFile(t, dir, "content/cadre/wang.md", strings.Replace(wangMD, `category = "cadre"`, `category = "cadres"`, 1))
	var overlay, size string
	if err := chromedp.Run(ctx,
		chromedp.WaitVisible("#gongkai-overlay", chromedp.ByQuery),
		chromedp.Text("#gongkai-overlay", &overlay, chromedp.ByQuery),
		chromedp.Evaluate(`getComputedStyle(document.querySelector("#gongkai-overlay")).fontSize`, &size),
	); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"content/cadre/wang.md", "第 4 行", `unknown category "cadres"`, "上一次成功生成的网站"} {
		if !strings.Contains(overlay, want) {
			t.Errorf("the overlay lacks %q:\n%s", want, overlay)
		}
	}
	if size != "20px" {
		t.Errorf("overlay type is %s, want 20px", size)
	}

	writeFile(t, dir, "content/cadre/wang.md", strings.Replace(wangMD, "现予公示", "现予公示。修改后的正文", 1))
	eventually(t, ctx, `!document.querySelector("#gongkai-overlay") && document.body.innerText.includes("修改后的正文")`)
}

// waitFor polls a JavaScript condition.
func waitFor(cond string) chromedp.Action {
	return chromedp.Poll(cond, nil, chromedp.WithPollingInterval(50*time.Millisecond))
}

// TestUnchangedPageStays: a page an edit did not change is not reloaded
// (a kiosk's slideshow or a long list keeps its place), but it learns of
// the new build.
func TestUnchangedPageStays(t *testing.T) {
	bctx := browsertest.Context(t)
	dir := newSite(t)
	srv := start(t, dir, nil)
	ctx, cancel := context.WithTimeout(bctx, 60*time.Second)
	defer cancel()
	var stayed bool
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL()+"duties/fengong/"),
		waitFor(`document.documentElement.getAttribute("data-gongkai-live") === "connected"`),
		chromedp.Evaluate(`window.stillHere = true`, nil),
	); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "content/cadre/wang.md", strings.Replace(wangMD, "现予公示", "现予公示。另一页的修改", 1))
	if err := chromedp.Run(ctx,
		waitFor(`Number(document.documentElement.getAttribute("data-gongkai-build")) >= 2`),
		chromedp.Evaluate(`window.stillHere === true`, &stayed),
	); err != nil {
		t.Fatal(err)
	}
	if !stayed {
		t.Errorf("the duties page reloaded for an edit of another item")
	}
}

// eventually polls a JavaScript condition across page reloads, which end
// the context chromedp.Poll evaluates in.
func eventually(t *testing.T, ctx context.Context, cond string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		var ok bool
		if err := chromedp.Run(ctx, chromedp.Evaluate(cond, &ok)); err == nil && ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("still not true after 20 s: %s", cond)
}
