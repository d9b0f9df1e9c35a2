package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
	"github.com/gongkai/gongkai/internal/config"
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
	t.Parallel()
	ctx := browsertest.Context(t)
	dir := t.TempDir() // for the screenshots
	base := browsertest.Serve(t, builtExample(t).Dest)
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

// sheetReport is what an A1 sheet of the flowchart board says about its
// charts: each chart's printed field size, and anything out of place.
type sheetReport struct {
	Charts   int
	MinPt    float64  // the smallest field text of any chart, in pt as printed
	Problems []string // a chart outside its sheet, or text outside its box
}

const measureSheets = `(() => {
  const out = {Charts: 0, MinPt: 1e9, Problems: []};
  document.querySelectorAll(".sheet-page").forEach((page, i) => {
    const pr = page.getBoundingClientRect();
    const mmPerPx = PAPER_MM / pr.width;
    page.querySelectorAll("svg.flowchart").forEach(svg => {
      out.Charts++;
      const r = svg.getBoundingClientRect();
      if (r.width < 10 || r.left < pr.left - 0.5 || r.right > pr.right + 0.5 || r.top < pr.top - 0.5 || r.bottom > pr.bottom + 0.5) {
        out.Problems.push("sheet " + (i + 1) + ": a chart is outside its sheet or not drawn");
      }
      const vb = svg.viewBox.baseVal;
      const pt = (r.width / vb.width) * FONT * mmPerPx / 0.3528;
      out.MinPt = Math.min(out.MinPt, pt);
      svg.querySelectorAll("g.step").forEach(g => {
        const box = g.querySelector("rect").getBoundingClientRect();
        g.querySelectorAll("text").forEach(t => {
          const b = t.getBoundingClientRect();
          if (b.left < box.left - 0.5 || b.right > box.right + 0.5 || b.top < box.top - 0.5 || b.bottom > box.bottom + 0.5) {
            out.Problems.push("sheet " + (i + 1) + " step " + g.dataset.step + ": text leaves its box: " + t.textContent);
          }
        });
      });
    });
  });
  return out;
})()`

// TestFlowchartsOnA1Sheets opens the 权力运行流程图 board (A1 portrait) in
// Chromium and checks every chart on it: drawn inside its sheet, every
// line of text inside its step box as rendered, and field text printed at
// no less than the board's min_font. A screenshot is kept in the test's
// temporary folder.
func TestFlowchartsOnA1Sheets(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	dir := t.TempDir() // for the screenshot
	res := builtExample(t)
	var cb *config.Board
	for i := range res.Site.Config.Boards {
		if b := &res.Site.Config.Boards[i]; b.Number == 7 {
			cb = b
		}
	}
	if cb == nil || cb.Paper != "A1" {
		t.Fatalf("the example's board 7 should be the A1 flowchart board: %+v", cb)
	}
	base := browsertest.Serve(t, res.Dest)
	js := strings.NewReplacer("PAPER_MM", fmt.Sprint(cb.Width+2*cb.Bleed), "FONT", "18").Replace(measureSheets)
	var rep sheetReport
	var png []byte
	err := chromedp.Run(ctx,
		chromedp.EmulateViewport(1400, 2000),
		chromedp.Navigate(base+"/boards/07/"),
		chromedp.WaitVisible("svg.flowchart"),
		chromedp.Evaluate(js, &rep),
		chromedp.CaptureScreenshot(&png),
	)
	if err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "board-07.png")
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	if want := len(res.Site.Powers); rep.Charts != want {
		t.Errorf("%d charts on board 7, want one per power: %d", rep.Charts, want)
	}
	if rep.MinPt < cb.MinFont {
		t.Errorf("a chart prints its field text at %.1fpt, below the board's min_font %gpt", rep.MinPt, cb.MinFont)
	}
	for _, p := range rep.Problems {
		t.Error(p)
	}
	t.Logf("%d charts, smallest field text %.1fpt as printed; screenshot %s", rep.Charts, rep.MinPt, shot)
}
