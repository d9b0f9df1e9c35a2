package web_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// The figures docs/accessibility.md promises, measured in Chromium with
// the fonts the machine has: text size, line spacing, contrast, the size
// of everything to click or tap, the header's rows and height, and that
// names, dates and telephone numbers are not cut at a line's end.

// readerPages are the pages a reader opens most: home, a list, items with
// a table and with a flowchart, and the pages of lists and forms.
var readerPages = []string{
	"/",
	"/categories/cadre/",
	"/cadre/2026-11-renqian-gongshi/",
	"/contacts/bumen-xiangzhen-lianxi/",
	"/flowcharts/xingzheng-xuke-liucheng/",
	"/archive/",
	"/search/",
	"/risks/",
}

// mode is one way of reading the site: its name, what to add to a page's
// address, and the least text size and target size it promises.
type mode struct {
	name     string
	hash     string
	minFont  float64 // px
	minTap   float64 // px, width and height
	maxRows  int     // of the navigation at 1280 px
	maxPhone float64 // px, header and navigation at 390 px
}

var modes = []mode{
	{name: "standard", hash: "", minFont: 18, minTap: 44, maxRows: 1, maxPhone: 120},
	{name: "elder", hash: "#elder", minFont: 24, minTap: 60, maxRows: 1, maxPhone: 180},
}

// pageReport is what measurePage finds.
type pageReport struct {
	MinFont     float64
	SmallText   []string
	MinLine     float64 // least line-height ÷ font-size of running text
	MinTap      float64
	SmallTaps   []string
	MinContrast float64
	LowContrast []string
	NavRows     int
	HeaderH     float64
	PageScroll  float64
	Cut         []string // keep-together runs laid out on two lines
}

// measurePage is the measuring script; MINFONT and MINTAP are replaced.
const measurePage = `(() => {
  const MINFONT = %v, MINTAP = %v;
  const shown = el => { for (let e = el; e; e = e.parentElement) { const s = getComputedStyle(e);
    if (s.display === "none" || s.visibility === "hidden" || e.hidden) return false; } return el.getClientRects().length > 0; };
  const skip = el => el.closest("svg, .visually-hidden, script, style, noscript, title");
  const name = el => el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "");
  const out = {MinFont: 1e9, SmallText: [], MinLine: 1e9, MinTap: 1e9, SmallTaps: [], MinContrast: 1e9, LowContrast: [], NavRows: 0, HeaderH: 0, PageScroll: 0, Cut: []};
  // colours
  const rgba = s => { const m = s.match(/[\d.]+/g) || [0, 0, 0, 0]; return [+m[0], +m[1], +m[2], m.length > 3 ? +m[3] : 1]; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
  const background = el => { const layers = [];
    for (let e = el; e; e = e.parentElement) { const c = rgba(getComputedStyle(e).backgroundColor); if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; } }
    let c = [255, 255, 255];
    for (let i = layers.length - 1; i >= 0; i--) { const l = layers[i]; c = [0, 1, 2].map(k => l[k] * l[3] + c[k] * (1 - l[3])); }
    return c; };
  const texts = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.textContent.trim()) continue;
    const el = n.parentElement;
    if (!el || skip(el) || texts.has(el) || !shown(el)) continue;
    texts.add(el);
  }
  for (const el of texts) {
    const s = getComputedStyle(el), size = parseFloat(s.fontSize);
    const what = name(el) + " «" + el.textContent.trim().slice(0, 20) + "» " + size.toFixed(1) + "px";
    if (size < out.MinFont) out.MinFont = size;
    if (size < MINFONT - 0.05) out.SmallText.push(what);
    const fg = rgba(s.color), bg = background(el);
    const a = lum(fg) + 0.05, b = lum(bg) + 0.05, ratio = Math.max(a, b) / Math.min(a, b);
    const large = size >= 24 || (size >= 18.66 && +s.fontWeight >= 700);
    if (ratio < out.MinContrast) out.MinContrast = ratio;
    if (ratio < (large ? 3 : 4.5)) out.LowContrast.push(what + " contrast " + ratio.toFixed(2));
    if (el.matches("main p, main li, main td") && s.lineHeight !== "normal") {
      const r = parseFloat(s.lineHeight) / size; if (r < out.MinLine) out.MinLine = r;
    }
  }
  for (const el of document.querySelectorAll("td[data-label]")) {
    if (!shown(el)) continue;
    const b = getComputedStyle(el, "::before");
    if (b.content === "none" || b.content === "normal") continue;
    const size = parseFloat(b.fontSize);
    if (size < out.MinFont) out.MinFont = size;
    if (size < MINFONT - 0.05) out.SmallText.push(name(el) + "::before " + size + "px");
  }
  // targets: everything to click, except a link inside a sentence
  const inSentence = el => { if (el.closest(".item-body")) return true;
    const block = el.closest("p, figcaption, blockquote");
    return !!block && block.textContent.trim().length > el.textContent.trim().length + 3; };
  for (const el of document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, label[for], summary")) {
    if (el.matches("label") && !(el.control && el.control.matches("[type=checkbox], [type=radio]"))) continue;
    if (!shown(el) || inSentence(el) || skip(el)) continue;
    if (el.matches("input") && +getComputedStyle(el).opacity === 0 && el.labels && el.labels.length) continue;
    const r = el.getBoundingClientRect(), least = Math.min(r.width, r.height);
    if (least < out.MinTap) out.MinTap = least;
    if (least < MINTAP - 0.5) out.SmallTaps.push(name(el) + " «" + el.textContent.trim().slice(0, 16) + "» " + r.width.toFixed(0) + "×" + r.height.toFixed(0));
  }
  const tops = new Set();
  for (const el of document.querySelectorAll(".mainnav li, .mainnav .modes")) { if (shown(el)) { const r = el.getBoundingClientRect(); tops.add(Math.round((r.top + r.bottom) / 2 / 16)); } }
  out.NavRows = tops.size;
  out.HeaderH = document.querySelector(".mainnav").getBoundingClientRect().bottom + scrollY;
  out.PageScroll = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  // keep-together: telephone numbers and dates anywhere in main, short names in tables
  const runs = /\d{3,4}-\d{5,8}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日/g;
  const lines = (node, from, to) => { const rg = document.createRange(); rg.setStart(node, from); rg.setEnd(node, to);
    return new Set([...rg.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size; };
  const tw = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
  for (let n = tw.nextNode(); n; n = tw.nextNode()) {
    const el = n.parentElement;
    if (!el || skip(el) || !shown(el)) continue;
    for (const m of n.textContent.matchAll(runs)) {
      if (lines(n, m.index, m.index + m[0].length) > 1) out.Cut.push(m[0] + " in " + name(el));
    }
    const t = n.textContent.trim();
    if (el.closest(".item-body td, .item-meta td") && /^[\u4e00-\u9fff]{2,4}$/.test(t) && n.textContent === t && lines(n, 0, t.length) > 1) out.Cut.push(t + " in " + name(el));
  }
  return out;
})()`

// openSized opens url at the given width, in a tall window.
func openSized(t *testing.T, ctx context.Context, url string, width int64) {
	t.Helper()
	if err := chromedp.Run(ctx, chromedp.EmulateViewport(width, 900), chromedp.Navigate(url), chromedp.WaitReady("body")); err != nil {
		t.Fatalf("%s at %d px: %v", url, width, err)
	}
}

// TestReadingFigures measures, on the pages readers open most, at 1280 and
// 390 px and in both modes: no text under 18 px (24 px in 长者模式), line
// height at least 1.3 times the text, contrast at least 4.5:1 (3:1 for
// large text), every control at least 44 × 44 px (60 × 60 in 长者模式),
// the navigation on one row at 1280 px, the phone's header and folded
// navigation short, nothing wider than the screen, and no telephone
// number, date or name cut at a line's end.
func TestReadingFigures(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	base := browsertest.Serve(t, builtExample(t))
	for _, m := range modes {
		for _, width := range []int64{1280, 390} {
			worst := pageReport{MinFont: 1e9, MinLine: 1e9, MinTap: 1e9, MinContrast: 1e9}
			for _, p := range readerPages {
				where := fmt.Sprintf("%s%s at %d px", p, m.hash, width)
				openSized(t, ctx, base+p+m.hash, width)
				var r pageReport
				read(t, ctx, fmt.Sprintf(measurePage, m.minFont, m.minTap), &r)
				checkReport(t, where, m, width, r)
				worst.MinFont = min(worst.MinFont, r.MinFont)
				worst.MinLine = min(worst.MinLine, r.MinLine)
				worst.MinTap = min(worst.MinTap, r.MinTap)
				worst.MinContrast = min(worst.MinContrast, r.MinContrast)
				worst.NavRows = max(worst.NavRows, r.NavRows)
				worst.HeaderH = max(worst.HeaderH, r.HeaderH)
			}
			t.Logf("%s at %d px: smallest text %.1f px, line height ≥ %.2f×, smallest target %.0f px, lowest contrast %.2f:1, navigation %d row(s), header and navigation %.0f px",
				m.name, width, worst.MinFont, worst.MinLine, worst.MinTap, worst.MinContrast, worst.NavRows, worst.HeaderH)
		}
	}
}

func checkReport(t *testing.T, where string, m mode, width int64, r pageReport) {
	t.Helper()
	list := func(what string, xs []string) {
		if len(xs) > 0 {
			t.Errorf("%s: %s (%d): %s", where, what, len(xs), strings.Join(xs[:min(len(xs), 8)], "; "))
		}
	}
	list(fmt.Sprintf("text under %g px", m.minFont), r.SmallText)
	list(fmt.Sprintf("controls under %g × %g px", m.minTap, m.minTap), r.SmallTaps)
	list("text under the contrast of WCAG 2.1 AA", r.LowContrast)
	list("cut at a line's end", r.Cut)
	if r.MinLine < 1.3 {
		t.Errorf("%s: running text with line height %.2f× its size, want at least 1.3×", where, r.MinLine)
	}
	if r.PageScroll > 0 {
		t.Errorf("%s: the page is %.0f px wider than the screen", where, r.PageScroll)
	}
	if width == 1280 && r.NavRows > m.maxRows {
		t.Errorf("%s: the navigation takes %d rows, want %d", where, r.NavRows, m.maxRows)
	}
	if width == 390 && r.HeaderH > m.maxPhone {
		t.Errorf("%s: header and navigation take %.0f px of the phone's height, want at most %g", where, r.HeaderH, m.maxPhone)
	}
}
