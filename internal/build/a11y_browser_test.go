package build

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
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
	ctx := browsertest.Context(t)
	axe, err := os.ReadFile(axeScript)
	if err != nil {
		t.Fatal(err)
	}
	dest := builtExample(t).Dest
	base := browsertest.Serve(t, dest)
	for _, p := range a11yPages {
		if _, err := os.Stat(pageFile(dest, p)); err != nil {
			t.Errorf("%s: the example publishes no such page (%v); update a11yPages", p, err)
			continue
		}
		for _, v := range axeViolations(t, ctx, base+p, string(axe)) {
			t.Errorf("%s: %s", p, v)
		}
	}
}

// pageFile is the file the address p of a site built into dest serves.
func pageFile(dest, p string) string {
	if strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	return filepath.Join(dest, filepath.FromSlash(p))
}

// axeViolations opens url at a desktop size and returns what axe finds.
func axeViolations(t *testing.T, ctx context.Context, url, axe string) []string {
	t.Helper()
	var out []string
	await := func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(1280, 900),
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
