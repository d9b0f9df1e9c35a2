package board

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"sync"

	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/publish"
)

// PrintPDF prints each board's sheet page, already written into w's
// temporary folder, to boards/<NN>/board-<NN>.pdf beside it, with the
// Chromium at chrome. The page's @page rule sets the paper, so every sheet
// is one PDF page of exactly the board's paper (plus bleed); fonts are the
// local CJK fonts, embedded by Chromium. It returns the number of PDFs
// written. With tile ("A3", "A4": --tile) or a board's own tile, a sheet
// larger than that paper is also cut into pages of it (tile.go), to
// boards/<NN>/board-<NN>-tiles-<paper>.pdf.
//
// PDFs are not byte-identical from run to run (Chromium stamps a creation
// date and font subset tags); the HTML sheets they are printed from are.
func PrintPDF(ctx context.Context, chrome string, site *model.Site, w *publish.Writer, tile string) (int, error) {
	bctx, cancel := browser.New(ctx, chrome)
	defer cancel()
	if err := chromedp.Run(bctx); err != nil {
		return 0, fmt.Errorf("starting %s: %w", chrome, err)
	}
	boards := site.Boards()
	errs := make([]error, len(boards))
	sem := make(chan struct{}, 4)
	var wg sync.WaitGroup
	for i := range boards {
		nn := fmt.Sprintf("%02d", boards[i].Number)
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			errs[i] = output.Safely(name(boards[i])+" PDF", func() error { return printBoard(bctx, w, boards[i], nn, tile) })
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return 0, err
		}
	}
	return len(boards), nil
}

// printBoard prints one board's sheets in a tab of its own and declares
// the PDF's print boxes (pressReady).
func printBoard(bctx context.Context, w *publish.Writer, cb *config.Board, nn, tile string) error {
	tab, cancel := chromedp.NewContext(bctx)
	defer cancel()
	file := filepath.Join(w.Dir(), "boards", nn, "index.html")
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(file)}
	var pdf []byte
	err := chromedp.Run(tab,
		chromedp.Navigate(u.String()),
		chromedp.Evaluate(`document.fonts.ready.then(() => true)`, nil, func(p *cdpruntime.EvaluateParams) *cdpruntime.EvaluateParams {
			return p.WithAwaitPromise(true)
		}),
		chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			pdf, _, err = page.PrintToPDF().
				WithPreferCSSPageSize(true).
				WithPrintBackground(true).
				WithMarginTop(0).WithMarginBottom(0).WithMarginLeft(0).WithMarginRight(0).
				Do(ctx)
			return err
		}),
	)
	if err != nil {
		return fmt.Errorf("printing boards/%s/index.html to PDF: %w", nn, err)
	}
	if pdf, err = pressReady(pdf, cb.Bleed, cb.CropMarks); err != nil {
		return fmt.Errorf("boards/%s/board-%s.pdf: %w", nn, nn, err)
	}
	if err := w.WriteRaw("boards/"+nn+"/board-"+nn+".pdf", pdf, "board "+nn+" PDF"); err != nil {
		return err
	}
	plan, paper, ok := tiling(cb, tile)
	if !ok {
		return nil
	}
	tiles, err := printTiles(tab, cb, plan)
	if err != nil {
		return fmt.Errorf("cutting boards/%s/index.html into %s tiles: %w", nn, paper, err)
	}
	return w.WriteRaw("boards/"+nn+"/"+TilePDF(cb, paper), tiles, "board "+nn+" tiles PDF")
}
