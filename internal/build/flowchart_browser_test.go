package build

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
	"github.com/gongkai/gongkai/internal/calendar"
)

// chartReport is what the page says about its flowchart, measured by the
// browser with the real CJK font.
type chartReport struct {
	Found      bool
	Left       float64
	Right      float64
	Width      float64
	Height     float64
	Viewport   float64
	PageScroll float64  // document width beyond the viewport: the page itself must not scroll sideways
	Steps      int      // step boxes drawn
	Outside    []string // text lines whose rendered box leaves their step box
}

const measureChart = `(() => {
  const svg = document.querySelector('svg.flowchart');
  if (!svg) return {Found: false};
  const r = svg.getBoundingClientRect();
  const out = [];
  const steps = svg.querySelectorAll('g.step');
  for (const g of steps) {
    const box = g.querySelector('rect').getBoundingClientRect();
    for (const t of g.querySelectorAll('text')) {
      const b = t.getBoundingClientRect();
      if (b.left < box.left - 0.5 || b.right > box.right + 0.5 || b.top < box.top - 0.5 || b.bottom > box.bottom + 0.5) {
        out.push(g.dataset.step + ': ' + t.textContent);
      }
    }
  }
  const de = document.documentElement;
  return {Found: true, Left: r.left, Right: r.right, Width: r.width, Height: r.height,
    Viewport: de.clientWidth, PageScroll: de.scrollWidth - de.clientWidth, Steps: steps.length, Outside: out};
})()`

// TestFlowchartInBrowser opens the widest flowchart of the example site
// (three branches side by side) and a tall one in Chromium, on a desktop
// and a phone, and checks that the chart is drawn whole: inside the page on
// the desktop, never widening the page on the phone, every step box there,
// and every line of text inside its box as the browser's own font lays it
// out. Screenshots are kept in the test's temporary folder.
func TestFlowchartInBrowser(t *testing.T) {
	ctx := browsertest.Context(t)
	dir := t.TempDir()
	now, _ := calendar.Parse("2026-11-27")
	if _, err := Run(Options{SiteDir: ".", FS: exampleSite(t), Dest: filepath.Join(dir, "public"), Now: now}); err != nil {
		t.Fatal(err)
	}
	base := browsertest.Serve(t, filepath.Join(dir, "public"))
	pages := map[string]int{"flowcharts/xinfang-shixiang-banli-liucheng": 9, "flowcharts/ganbu-xuanba-renyong-liucheng": 12}
	for page, steps := range pages {
		for _, vp := range []struct {
			name string
			w, h int64
		}{{"desktop", 1280, 900}, {"phone", 390, 844}} {
			var rep chartReport
			var png []byte
			err := chromedp.Run(ctx,
				chromedp.EmulateViewport(vp.w, vp.h),
				chromedp.Navigate(base+"/"+page+"/"),
				chromedp.WaitVisible("svg.flowchart"),
				chromedp.Evaluate(measureChart, &rep),
				chromedp.FullScreenshot(&png, 80),
			)
			if err != nil {
				t.Fatalf("%s on %s: %v", page, vp.name, err)
			}
			shot := filepath.Join(dir, filepath.Base(page)+"-"+vp.name+".jpg")
			if err := os.WriteFile(shot, png, 0o644); err != nil {
				t.Fatal(err)
			}
			checkChartReport(t, page+" on "+vp.name, rep, steps, vp.name == "desktop")
			t.Logf("%s on %s: chart %.0f×%.0f px, screenshot %s", page, vp.name, rep.Width, rep.Height, shot)
		}
	}
}

func checkChartReport(t *testing.T, where string, rep chartReport, steps int, mustFit bool) {
	t.Helper()
	switch {
	case !rep.Found:
		t.Fatalf("%s: no svg.flowchart on the page", where)
	case rep.Width < 300 || rep.Height < 300:
		t.Errorf("%s: the chart is drawn %.0f×%.0f px, too small to read", where, rep.Width, rep.Height)
	case rep.Steps != steps:
		t.Errorf("%s: %d step boxes, want %d", where, rep.Steps, steps)
	case rep.PageScroll > 0:
		t.Errorf("%s: the page is %.0f px wider than the screen; only the chart may scroll", where, rep.PageScroll)
	case mustFit && (rep.Left < 0 || rep.Right > rep.Viewport):
		t.Errorf("%s: the chart spans %.0f to %.0f px, outside the %.0f px viewport", where, rep.Left, rep.Right, rep.Viewport)
	}
	for _, o := range rep.Outside {
		t.Errorf("%s: text leaves its step box as rendered: %s", where, o)
	}
}
