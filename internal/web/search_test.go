package web_test

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// TestSearchInBrowser types into the search page of the example site and
// reads the results: every word must match, results link to their pages.
func TestSearchInBrowser(t *testing.T) {
	ctx := browsertest.Context(t)
	base := browsertest.Serve(t, builtExample(t))
	var status string
	var titles, hrefs []string
	err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/search/?q="+"任前公示%20县委组织部"),
		chromedp.WaitVisible(".search-results", chromedp.ByQuery),
		chromedp.Text(".search-status", &status, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll(".search-results a")].map(a => a.textContent)`, &titles),
		chromedp.Evaluate(`[...document.querySelectorAll(".search-results a")].map(a => a.getAttribute("href"))`, &hrefs),
	)
	if err != nil {
		t.Fatal(err)
	}
	if len(titles) < 3 || !strings.Contains(status, "找到") {
		t.Fatalf("status %q, results %q", status, titles)
	}
	for i, title := range titles {
		if !strings.Contains(title, "任前公示") || !strings.HasPrefix(hrefs[i], "/") {
			t.Errorf("result %q at %q does not match the query", title, hrefs[i])
		}
	}
	var none string
	err = chromedp.Run(ctx,
		chromedp.Navigate(base+"/search/?q=没有这样的事项"),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.Text(".search-status", &none, chromedp.ByQuery),
	)
	if err != nil || !strings.Contains(none, "没有找到") {
		t.Errorf("no-match status %q (%v)", none, err)
	}
}
