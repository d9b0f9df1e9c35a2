// Package browser finds a local Chromium and drives it headless with
// chromedp: for printing board sheets to PDF and for the browser tests.
// It never downloads a browser; kiosks and intranets have no internet.
package browser

import (
	"context"
	"errors"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// candidates are the names Chromium and Chrome go by on PATH.
var candidates = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "headless-shell"}

// ErrNotFound says how to get a browser.
var ErrNotFound = errors.New("no Chromium or Chrome found on PATH; install one (Debian/Ubuntu: apt-get install chromium fonts-noto-cjk) or give its path with --chrome PATH")

// Find returns the browser to use: explicit when given, else the first
// candidate on PATH, else $GONGKAI_CHROME.
func Find(explicit string) (string, error) {
	if explicit != "" {
		if _, err := os.Stat(explicit); err != nil {
			return "", errors.New("--chrome " + explicit + ": no such file")
		}
		return explicit, nil
	}
	if env := os.Getenv("GONGKAI_CHROME"); env != "" {
		return Find(env)
	}
	for _, c := range candidates {
		if p, err := exec.LookPath(c); err == nil {
			return p, nil
		}
	}
	return "", ErrNotFound
}

// New starts a headless browser at path and returns a chromedp context for
// its first tab. cancel stops the browser and removes its profile.
func New(ctx context.Context, path string) (context.Context, context.CancelFunc) {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("allow-file-access-from-files", true),
		chromedp.Flag("font-render-hinting", "none"),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelBrowser := chromedp.NewContext(actx)
	return bctx, func() {
		cancelBrowser()
		cancelAlloc()
	}
}
