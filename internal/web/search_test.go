package web_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// TestSearchInBrowser types into the search page of the example site and
// reads the results: every word must match (TestSearchPhrasesAreExact
// checks which items), results link to their pages.
func TestSearchInBrowser(t *testing.T) {
	ctx := browsertest.Context(t)
	out := builtExample(t)
	base := browsertest.Serve(t, out)
	var status string
	var titles, hrefs []string
	err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/search/?q="+"任前公示%20县委组织部"),
		chromedp.Poll(searchDone, nil, chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Text(".search-status", &status, chromedp.ByQuery),
		chromedp.Evaluate(`[...document.querySelectorAll(".search-results a")].map(a => a.textContent)`, &titles),
		chromedp.Evaluate(`[...document.querySelectorAll(".search-results a")].map(a => a.getAttribute("href"))`, &hrefs),
	)
	if err != nil {
		t.Fatal(err)
	}
	if len(titles) < 3 || !strings.Contains(status, "找到") || strings.Contains(status, "显示前") {
		t.Fatalf("status %q, results %q", status, titles)
	}
	named := 0 // the items named 任前公示; others hold both words in their text
	for i, title := range titles {
		if strings.Contains(title, "任前公示") {
			named++
		}
		if !strings.HasPrefix(hrefs[i], "/") {
			t.Errorf("result %q links to %q", title, hrefs[i])
		}
	}
	if named < 3 {
		t.Errorf("only %d of the results are 任前公示: %q", named, titles)
	}
	// ended 任前公示 past their unlist_after are in index.json, marked, and
	// never among the results
	unlisted := unlistedPaths(t, filepath.Join(out, "index.json"))
	if len(unlisted) == 0 {
		t.Error("the example has no unlisted item on 2026-11-27 to leave out of the results")
	}
	for _, h := range hrefs {
		if slices.Contains(unlisted, h) {
			t.Errorf("search shows the unlisted item %s", h)
		}
	}
	var none string
	err = chromedp.Run(ctx,
		chromedp.Navigate(base+"/search/?q=没有这样的事项"),
		chromedp.Poll(searchDone, nil, chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Text(".search-status", &none, chromedp.ByQuery),
	)
	if err != nil || !strings.Contains(none, "没有找到") {
		t.Errorf("no-match status %q (%v)", none, err)
	}
}

// unlistedPaths are the paths of the items index.json marks unlisted.
func unlistedPaths(t *testing.T, file string) []string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var index struct {
		Items []struct {
			Path     string `json:"path"`
			Unlisted bool   `json:"unlisted"`
		} `json:"items"`
	}
	if err := json.Unmarshal(data, &index); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, it := range index.Items {
		if it.Unlisted {
			out = append(out, it.Path)
		}
	}
	return out
}
