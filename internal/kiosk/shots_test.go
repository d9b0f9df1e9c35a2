package kiosk_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

var shots = flag.String("shots", "", "write screenshots of every slide and touch screen of the example site into `DIR`")

// TestShots is for looking at the kiosks, not a check: go test
// ./internal/kiosk -run TestShots -shots /tmp/kiosk-shots
func TestShots(t *testing.T) {
	if *shots == "" {
		t.Skip("pass -shots DIR to write screenshots")
	}
	if err := os.MkdirAll(*shots, 0o755); err != nil {
		t.Fatal(err)
	}
	dir, res := builtExample(t)
	base := browsertest.Serve(t, dir)
	for _, k := range res.Site.Config.Kiosks {
		ctx := browsertest.Context(t)
		url := base + "/kiosk/" + k.Name + "/?clock=2026-11-27T10:30:00%2B08:00&speed=0.001"
		var n int
		err := chromedp.Run(ctx, chromedp.EmulateViewport(int64(k.Width), int64(k.Height)),
			chromedp.Navigate(url), chromedp.WaitReady("#stage"),
			chromedp.Evaluate(`document.querySelectorAll("#stage .slide, #stage .size[data-size=m] .screen, #stage .attract").length`, &n))
		if err != nil {
			t.Fatal(err)
		}
		for i := range n {
			var png []byte
			js := fmt.Sprintf(`(function(){var all=document.querySelectorAll("#stage .slide, #stage .size[data-size=m] .screen, #stage .attract");
				all.forEach(function(s,j){s.hidden=j!==%d});var s=all[%d];
				var id=s.getAttribute("data-id")||(s.getAttribute("data-view")||"").replace("item:","");
				document.querySelectorAll(".qrcard figure").forEach(function(f){f.hidden=f.getAttribute("data-item")!==s.getAttribute("data-item")});
				document.querySelectorAll(".qrdock figure").forEach(function(f){f.hidden=f.getAttribute("data-id")!==id});
				var p=document.querySelector(".pager"); if(p){p.hidden=+(s.getAttribute("data-pages")||1)<2}
				return true})()`, i, i)
			if err := chromedp.Run(ctx, chromedp.Evaluate(js, nil), chromedp.CaptureScreenshot(&png)); err != nil {
				t.Fatal(err)
			}
			name := filepath.Join(*shots, fmt.Sprintf("%s-%02d.png", k.Name, i))
			if err := os.WriteFile(name, png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("%s: %d screens", k.Name, n)
	}
	finals(t, base)
}

// finals are the screenshots named in the report: each screen as the
// public sees it, reached through the page's own script.
func finals(t *testing.T, base string) {
	shot := func(ctx context.Context, name string, actions ...chromedp.Action) {
		var png []byte
		actions = append(actions, chromedp.Sleep(300*time.Millisecond), chromedp.CaptureScreenshot(&png))
		if err := chromedp.Run(ctx, actions...); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(*shots, name), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const clock = "?clock=2026-11-27T10:30:00%2B08:00&speed=0.001"
	ctx := browsertest.Context(t)
	shot(ctx, "display-1920x1080.png", chromedp.EmulateViewport(1920, 1080), chromedp.Navigate(base+"/kiosk/lobby/"+clock), chromedp.WaitReady("#stage"))
	shot(ctx, "display-1080x1920.png", chromedp.EmulateViewport(1080, 1920), chromedp.Navigate(base+"/kiosk/entrance/"+clock), chromedp.WaitReady("#stage"))
	shot(ctx, "touch-attract.png", chromedp.EmulateViewport(1080, 1920), chromedp.Navigate(base+"/kiosk/hall/"+clock), chromedp.WaitReady("#stage"))
	shot(ctx, "touch-home.png", chromedp.Click("#stage .attract", chromedp.ByQuery))
	shot(ctx, "touch-category.png", chromedp.Click(`#stage .size:not([hidden]) .screen:not([hidden]) [data-go="cat:projects"]`, chromedp.ByQuery))
	shot(ctx, "touch-item.png", chromedp.Click(`#stage .size:not([hidden]) .screen:not([hidden]) .entry`, chromedp.ByQuery))
	shot(ctx, "touch-item-large.png", chromedp.Click(`#stage [data-go="size:l"]`, chromedp.ByQuery))
}
