package board_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chromedp/cdproto/emulation"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
	"github.com/gongkai/gongkai/internal/build"
)

// overflowJS lists every element that leaves the box it must stay in: a
// column's content its column, a band's its band, anything its sheet; and
// every sheet whose content scrolls. It also reports, for calibration, how
// much taller each measured part is in the browser than the paginator said.
const overflowJS = `(() => {
  const out = {problems: [], worst: 0, worstPart: ""};
  const eps = 0.75;
  const inside = (el, box, what) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return;
    if (r.bottom > box.bottom + eps || r.right > box.right + eps || r.top < box.top - eps || r.left < box.left - eps) {
      const text = (el.textContent || "").trim().slice(0, 40);
      out.problems.push(what + ": <" + el.tagName.toLowerCase() + " class=\"" + el.className + "\"> " + JSON.stringify(text) +
        " is outside by " + Math.max(r.bottom - box.bottom, r.right - box.right, box.top - r.top, box.left - r.left).toFixed(1) + "px");
    }
  };
  document.querySelectorAll(".sheet-page").forEach((page, i) => {
    const where = "sheet " + (i + 1);
    if (page.scrollHeight > page.clientHeight + 1 || page.scrollWidth > page.clientWidth + 1) {
      out.problems.push(where + ": content scrolls (" + page.scrollWidth + "×" + page.scrollHeight + " in " + page.clientWidth + "×" + page.clientHeight + ")");
    }
    const pageBox = page.getBoundingClientRect();
    page.querySelectorAll("*").forEach(el => inside(el, pageBox, where));
    page.querySelectorAll(".col").forEach((col, j) => {
      if (col.scrollHeight > col.clientHeight + 1) out.problems.push(where + " column " + (j + 1) + ": content scrolls (" + col.scrollHeight + " > " + col.clientHeight + ")");
      const box = col.getBoundingClientRect();
      col.querySelectorAll("*").forEach(el => inside(el, box, where + " column " + (j + 1)));
    });
    page.querySelectorAll(".head, .foot").forEach(band => {
      const box = band.getBoundingClientRect();
      band.querySelectorAll("*").forEach(el => inside(el, box, where + " " + band.className));
    });
  });
  const mm = 96 / 25.4;
  document.querySelectorAll("[data-h]").forEach(el => {
    const cs = getComputedStyle(el);
    const h = (el.getBoundingClientRect().height + parseFloat(cs.marginBottom)) / mm;
    const d = h - parseFloat(el.dataset.h);
    if (d > out.worst) { out.worst = d; out.worstPart = (el.textContent || "").trim().slice(0, 30); }
  });
  return out;
})()`

type overflowReport struct {
	Problems  []string `json:"problems"`
	Worst     float64  `json:"worst"`
	WorstPart string   `json:"worstPart"`
}

// TestSheetsNeverOverflow renders every sheet of every board of the example
// site in headless Chromium, as printed, and fails when any content box
// leaves its column, band or sheet.
//
// It runs over the example site and over the fixture, whose content is
// chosen to be awkward: long URLs, Latin and digits, nested lists, quotes,
// drawings taller than a column, a table row taller than a column.
func TestSheetsNeverOverflow(t *testing.T) {
	t.Parallel() // most of it is Chromium's work, in another process
	ctx := browsertest.Context(t)
	if err := chromedp.Run(ctx, emulation.SetEmulatedMedia().WithMedia("print")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"example", "fixture"} {
		s := built(t, name)
		base := browsertest.Serve(t, s.res.Dest)
		for _, b := range s.boards {
			t.Run(fmt.Sprintf("%s/board-%s", name, b.NN), func(t *testing.T) {
				checkOverflow(t, ctx, base, b)
			})
		}
	}
}

func checkOverflow(t *testing.T, ctx context.Context, base string, b *board.Board) {
	var rep overflowReport
	var pages int
	var split []string
	err := chromedp.Run(ctx,
		chromedp.Navigate(base+"/"+b.Path()),
		chromedp.Evaluate(`document.fonts.ready.then(() => true)`, nil, awaitPromise),
		chromedp.Evaluate(overflowJS, &rep),
		chromedp.Evaluate(`document.querySelectorAll(".sheet-page").length`, &pages),
		chromedp.Evaluate(splitFieldsJS, &split),
	)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range split {
		t.Errorf("footer: %s", f)
	}
	if pages != len(b.Sheets) {
		t.Errorf("page shows %d sheets, layout made %d", pages, len(b.Sheets))
	}
	for _, p := range rep.Problems {
		t.Error(p)
	}
	t.Logf("%d sheets; largest underestimate %.2f mm (%s)", len(b.Sheets), rep.Worst, rep.WorstPart)
}

// splitFieldsJS lists the footers whose lines are not the build's: the
// browser broke a line the build measured as one (a label parted from its
// value, a telephone number broken), or a line runs past the footer's
// width into the sheet counter.
const splitFieldsJS = `[...document.querySelectorAll(".fb")].flatMap((fb, i) => {
  const box = fb.getBoundingClientRect(), out = [], r = document.createRange();
  r.selectNodeContents(fb);
  const tops = [...r.getClientRects()].filter(x => x.width > 0).map(x => x.top).sort((a, b) => a - b);
  const lines = tops.filter((t, k) => k === 0 || t - tops[k - 1] > 2).length;
  const want = fb.querySelectorAll("br").length + 1;
  if (lines !== want) out.push("sheet " + (i + 1) + ": " + lines + " lines, the build made " + want);
  if (r.getBoundingClientRect().right > box.right + 1) out.push("sheet " + (i + 1) + ": a line runs past the footer's width");
  return out;
})`

func awaitPromise(p *cdpruntime.EvaluateParams) *cdpruntime.EvaluateParams {
	return p.WithAwaitPromise(true)
}

// brokenJS lists the telephone numbers a page shows across two lines.
const brokenJS = `(() => {
  const out = [], w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let n, seen = 0;
  while ((n = w.nextNode())) {
    const re = /\d{3,4}-\d{5,8}/g;
    let m;
    while ((m = re.exec(n.data))) {
      seen++;
      const r = document.createRange(), tops = new Set();
      r.setStart(n, m.index);
      r.setEnd(n, m.index + m[0].length);
      for (const b of r.getClientRects()) if (b.width > 0) tops.add(Math.round(b.top));
      if (tops.size > 1) out.push(m[0]);
    }
  }
  return {seen, broken: out};
})()`

// TestPhoneNumbersNeverBreakOnSheets prints a paragraph with a telephone
// number at every offset of a line (so that, unkept, some would fall
// across a line's end, "0791-" above "8812380") and finds none broken.
func TestPhoneNumbersNeverBreakOnSheets(t *testing.T) {
	t.Parallel()
	fsys := fixture(t)
	var body strings.Builder
	for k := range 40 {
		body.WriteString(strings.Repeat("字", k%17+1) + "电话0791-8812380，")
	}
	fsys["content/goals/phones.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"电话\"\ndate = 2026-11-20\ncategory = \"goals\"\nterm = \"periodic\"\nperiod = \"yearly\"\n+++\n" + body.String() + "\n")}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := build.Run(build.Options{SiteDir: ".", FS: fsys, Dest: dest, Now: now}); err != nil {
		t.Fatal(err)
	}
	ctx := browsertest.Context(t)
	var rep struct {
		Seen   int      `json:"seen"`
		Broken []string `json:"broken"`
	}
	err := chromedp.Run(ctx, emulation.SetEmulatedMedia().WithMedia("print"),
		chromedp.Navigate(browsertest.Serve(t, dest)+"/boards/02/"),
		chromedp.Evaluate(`document.fonts.ready.then(() => true)`, nil, awaitPromise),
		chromedp.Evaluate(brokenJS, &rep))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Seen < 40 {
		t.Fatalf("%d telephone numbers on the sheets, want 40 or more", rep.Seen)
	}
	if len(rep.Broken) > 0 {
		t.Errorf("%d of %d telephone numbers broken across lines", len(rep.Broken), rep.Seen)
	}
}
