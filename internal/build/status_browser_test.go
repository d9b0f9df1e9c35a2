package build

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/status"
)

// serveWithStatus serves the example build, with st as its status.json,
// as a published site whose last publish failed would be.
func serveWithStatus(t *testing.T, st status.Status) string {
	t.Helper()
	files := http.FileServer(http.Dir(builtExample(t).Dest))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/"+status.File {
			w.Header().Set("Content-Type", "application/json")
			w.Write(st.JSON())
			return
		}
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestStatusInBrowser: the boards index says when the data was built, and
// warns the print room when status.json says the last publish failed;
// display and touch kiosks show 数据更新于, the day of the build they show.
func TestStatusInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	built, _ := calendar.Parse("2026-11-27")
	failed, _ := calendar.Parse("2026-11-28")
	base := serveWithStatus(t, status.Failure(status.Built(built, "public"), failed, "public", 3))
	var stamp, warning string
	err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/boards/"),
		chromedp.WaitVisible("#publish-failed"),
		chromedp.Text("#publish-failed", &warning),
		chromedp.Evaluate(`[...document.querySelectorAll(".list-desc")].map(p => p.textContent).join("\n")`, &stamp),
	)
	if err != nil {
		t.Fatalf("boards index: %v", err)
	}
	if !strings.Contains(stamp, "数据更新于 2026年11月27日") {
		t.Errorf("the boards index does not say when its data was built:\n%s", stamp)
	}
	if want := "2026年11月28日的自动更新失败，本页仍是2026年11月27日的数据"; !strings.Contains(warning, want) {
		t.Errorf("the boards index warns %q, want %q", warning, want)
	}
	var hidden bool
	ok := serveWithStatus(t, status.Built(built, "public"))
	err = chromedp.Run(ctx,
		chromedp.Navigate(ok+"/boards/"),
		chromedp.Poll(`performance.getEntriesByType("resource").some(e => e.name.includes("status.json"))`, nil, chromedp.WithPollingTimeout(20*time.Second)),
		chromedp.Sleep(100*time.Millisecond), // its onload
		chromedp.Evaluate(`document.getElementById("publish-failed").hidden`, &hidden),
	)
	if err != nil || !hidden {
		t.Errorf("the boards index warns after a publish that succeeded (%v)", err)
	}
	for _, kiosk := range []string{"lobby", "hall"} {
		var updated string
		err := chromedp.Run(ctx,
			chromedp.Navigate(base+"/kiosk/"+kiosk+"/"),
			chromedp.Poll(`window.gongkaiKiosk && window.gongkaiKiosk.state().updated`, &updated, chromedp.WithPollingTimeout(20*time.Second)),
		)
		if err != nil {
			t.Fatalf("kiosk %s: %v", kiosk, err)
		}
		var shown string
		chromedp.Run(ctx, chromedp.Evaluate(`[...document.querySelectorAll("[data-updated]")].filter(e => !e.hidden).map(e => e.textContent).join("|")`, &shown))
		if updated != "数据更新于 2026年11月27日" || !strings.Contains(shown, updated) {
			t.Errorf("kiosk %s: state says %q, the page shows %q", kiosk, updated, shown)
		}
	}
}
