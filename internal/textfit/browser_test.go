package textfit

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/chromedp/chromedp"

	"github.com/gongkai/gongkai/internal/browser/browsertest"
	"github.com/gongkai/gongkai/internal/textfit/metricsgen"
)

// TestMain stops the browser the tests shared.
func TestMain(m *testing.M) { os.Exit(browsertest.Main(m)) }

// sheetCSS sets text as boards and kiosks do: Noto Sans CJK SC, no
// kerning, keep-together runs nowrap.
const sheetCSS = `body{margin:0;font-family:"Noto Sans CJK SC";font-kerning:none;text-autospace:no-autospace;text-spacing-trim:space-all}
.nb{white-space:nowrap}.b{font-weight:bold}.t{font-variant-numeric:tabular-nums}
div.w{font-size:20px;line-height:1.5;line-break:normal}`

// page serves an HTML page with body and returns a tab showing it.
func page(t *testing.T, body string) (run func(js string, out any)) {
	t.Helper()
	for _, p := range metricsgen.Files {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s is not installed (Debian: apt-get install fonts-noto-cjk): Chromium would draw another font", p)
		}
	}
	ctx := browsertest.Context(t)
	dir := t.TempDir()
	html := `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><style>` + sheetCSS + `</style></head><body>` + body + `</body></html>`
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Run(ctx, chromedp.Navigate(browsertest.Serve(t, dir)+"/index.html")); err != nil {
		t.Fatal(err)
	}
	return func(js string, out any) {
		t.Helper()
		if err := chromedp.Run(ctx, chromedp.Evaluate(js, out)); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBrowserDrawsNoWiderThanTheTable: Chromium draws no character of the
// table wider than the table says, regular or bold, with proportional or
// tabular digits (kiosks set tabular-nums). Marks that combine with the
// character before them are left out: alone, they are drawn on a dotted
// circle.
func TestBrowserDrawsNoWiderThanTheTable(t *testing.T) {
	var runes []rune
	for r := range fontAdvance {
		if !unicode.Is(unicode.M, r) {
			runes = append(runes, r)
		}
	}
	sort.Slice(runes, func(i, j int) bool { return runes[i] < runes[j] })
	var b strings.Builder
	for _, class := range []string{"", "b", "t", "b t"} {
		fmt.Fprintf(&b, `<p class="%s" style="font-size:1000px;white-space:pre">`, class)
		for _, r := range runes {
			fmt.Fprintf(&b, `<span style="display:inline-block">&#%d;</span>`, r)
		}
		b.WriteString("</p>")
	}
	run := page(t, b.String())
	var widths [][]float64
	run(`Array.from(document.querySelectorAll("p")).map(p => Array.from(p.children).map(s => s.getBoundingClientRect().width))`, &widths)
	for k, class := range []string{"regular", "bold", "tabular", "bold tabular"} {
		for i, r := range runes {
			if drawn := widths[k][i] / 1000; drawn > float64(fontAdvance[r])/100+1e-6 {
				t.Errorf("%s %c (U+%04X): Chromium draws %.4f em, the table says %.2f", class, r, r, drawn, float64(fontAdvance[r])/100)
			}
		}
	}
}

// samples are paragraphs with keep-together runs and the marks around
// them, as the example's items write them.
var samples = []string{
	"根据青办发〔2026〕12号文件精神，经县委常委会2026年11月20日研究，现将有关事项公告如下。",
	"来电请在工作日办公时间（8:30—12:00，14:30—17:30）拨打，举报电话0791-8812380，邮编330100。",
	"全年完成固定资产投资3,200万元，同比增长12.5%，其中11月27日至12月3日完成投资412万元。",
	"公示期：2026年11月23日至11月27日（5个工作日）。来访地点：县委大院3号楼208室。",
	"Open Government Data：qszjj-gz@qingshan.example.gov.cn，PPP项目和EPC总承包项目一律公开。",
}

// TestBrowserBreaksWhereTextfitDoes: set in Chromium at widths from very
// narrow to wide, with keep-together runs in nowrap spans as boards and
// kiosks write them, no sample takes more lines than textfit counts (as a
// board counts them: a word wider than the line takes the rows it needs),
// fewer where Chromium fits a little more on a line (textfit counts the
// bold face's advances, rounded up, and no break inside a Latin word), and
// no keep-together run is broken.
func TestBrowserBreaksWhereTextfitDoes(t *testing.T) {
	widths := []float64{7.5, 9, 11.3, 13, 16.7, 21}
	var b strings.Builder
	for _, s := range samples {
		for _, w := range widths {
			fmt.Fprintf(&b, `<div class="w" style="width:%gpx">`, w*20)
			last := 0
			for _, k := range Keeps(s) {
				b.WriteString(s[last:k.Start] + `<span class="nb">` + s[k.Start:k.End] + `</span>`)
				last = k.End
			}
			b.WriteString(s[last:] + "</div>")
		}
	}
	run := page(t, b.String())
	var got [][]string
	run(linesJS, &got)
	i := 0
	for _, s := range samples {
		for _, w := range widths {
			want, rows := Wrap(s, w), NewFlow(s, w, rowsAt(w)).From(0).Rows()
			if len(got[i]) > rows {
				t.Errorf("%s at %g em: Chromium takes more lines than textfit counts:\nChromium %q\n textfit %q", s, w, got[i], want)
			}
			for _, k := range Keeps(s) {
				if !slices.ContainsFunc(got[i], func(l string) bool { return strings.Contains(l, s[k.Start:k.End]) }) {
					t.Errorf("%s at %g em: Chromium breaks %s: %q", s, w, s[k.Start:k.End], got[i])
				}
			}
			i++
		}
	}
}

// linesJS is the lines of each div.w, as Chromium broke them.
const linesJS = `Array.from(document.querySelectorAll("div.w")).map(function (d) {
  var lines = [], line = "", top = null;
  var walk = document.createTreeWalker(d, NodeFilter.SHOW_TEXT);
  for (var n = walk.nextNode(); n; n = walk.nextNode()) {
    for (var i = 0; i < n.data.length; i++) {
      var r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
      var b = r.getClientRects()[0];
      if (!b) continue;
      if (top !== null && Math.round(b.top) > top) { lines.push(line.replace(/ +$/, "")); line = ""; }
      top = Math.round(b.top); line += n.data[i];
    }
  }
  lines.push(line);
  return lines;
})`
