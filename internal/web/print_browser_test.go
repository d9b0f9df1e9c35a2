package web_test

import (
	"bytes"
	"context"
	"regexp"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// pdfPage counts the pages of a PDF Chromium wrote.
var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

// printedPages prints url as Chromium's 打印 would, on A4 with the page's
// own margins (@page), and counts the pages.
func printedPages(t *testing.T, ctx context.Context, url string) int {
	t.Helper()
	var pdf []byte
	err := chromedp.Run(ctx, chromedp.Navigate(url), chromedp.WaitReady("body"),
		chromedp.ActionFunc(func(ctx context.Context) (err error) {
			pdf, _, err = page.PrintToPDF().WithPreferCSSPageSize(true).Do(ctx)
			return err
		}))
	if err != nil {
		t.Fatalf("printing %s: %v", url, err)
	}
	if !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Fatalf("printing %s gave no PDF", url)
	}
	return len(pdfPage.FindAll(pdf, -1))
}

// TestNoticePrintsOnOnePage: a notice that fits a screen prints on one A4
// page, in 长者模式 too: the print stylesheet leaves out the navigation,
// the footer and the side column and sets the text for paper.
func TestNoticePrintsOnOnePage(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	base := browsertest.Serve(t, builtExample(t))
	for _, p := range []string{"/cadre/2026-11-renqian-gongshi-chen/", "/cadre/2026-11-renqian-gongshi-chen/#elder"} {
		if n := printedPages(t, ctx, base+p); n != 1 {
			t.Errorf("%s prints on %d pages, want 1", p, n)
		}
	}
}
