package markdown

import (
	"context"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// browserPayloads are bodies that try to run a script, on top of rawCases.
var browserPayloads = []string{
	"<javascript:alert(1)>", "[x](javascript://%0aalert(1))", "[x](data:text/html,<script>alert(1)</script>)",
	"![](javascript:alert(1))", "[x](&#106;avascript:alert(1))", "[x](<java\tscript:alert(1)>)",
	"<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [y](javascript:alert(1)) |",
	"[<img src=x onerror=alert(1)>](x)", "[x](y \"\\\" onmouseover=alert(1) x=\\\"\")", "![x\" onerror=\"alert(1)](x)",
	"<div>\n<img src=x onerror=alert(1)>\n</div>", "> <iframe src=javascript:alert(1)></iframe>", "- <svg><script>alert(1)</script></svg>",
	"<style>*{}</style><img src=x onerror=alert(1)>", "`<img src=x onerror=alert(1)>`", "&lt;img src=x onerror=alert(1)&gt;",
	"<a href=\"javascript:alert(1)\" id=clickme>x</a>", "<svg><a href=\"javascript:alert(1)\"><text y=\"20\">x</text></a></svg>",
	"<details open ontoggle=alert(1)>", "<video><source onerror=alert(1)></video>", "<body onload=alert(1)>",
	"<input autofocus onfocus=alert(1)>", "<object data=\"javascript:alert(1)\"></object>", "<embed src=\"javascript:alert(1)\">",
	"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
	"<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
	"<a href=\"#\" style=\"background:url(javascript:alert(1))\">x</a>", "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
	"<textarea><img src=x onerror=alert(1)>", "<title><img src=x onerror=alert(1)></title>", "<xmp><img src=x onerror=alert(1)></xmp>",
	"<img src=\"x\n", "<a/onclick=alert(1)>x</a>", "<a \"onclick=alert(1)\">x</a>", "<img src=x\x00 onerror=alert(1)>",
}

// scanJS reports, for each frame, every live script handle left in it:
// event handler attributes, script elements, and addresses whose protocol
// is not http, https, mailto or tel, as the browser reads them.
const scanJS = `(() => {
  const bad = [];
  const urlAttrs = ["href","src","action","formaction","poster","data","cite","background","xlink:href"];
  document.querySelectorAll("iframe").forEach((f, i) => {
    for (const el of f.contentDocument.querySelectorAll("*")) {
      if (el.tagName.toLowerCase() === "script" && el.id !== "stub") bad.push(i + ": script element");
      for (const a of el.attributes) {
        const n = a.name.toLowerCase();
        if (n.startsWith("on")) bad.push(i + ": " + el.tagName + " " + n + "=" + a.value);
        if (n === "srcdoc") bad.push(i + ": srcdoc");
        if (urlAttrs.includes(n) || n === "srcset") {
          for (const v of n === "srcset" ? a.value.split(",").map(s => s.trim().split(/\s+/)[0]) : [a.value]) {
            let p = "";
            try { p = new URL(v, location.href).protocol; } catch (e) { continue; }
            if (!["http:","https:","mailto:","tel:"].includes(p)) bad.push(i + ": " + el.tagName + " " + n + "=" + v);
          }
        }
        if (n === "style" && /url\(\s*['"]?\s*(javascript|data|vbscript):/i.test(a.value)) bad.push(i + ": style " + a.value);
      }
    }
  });
  return bad;
})()`

// frameHead starts each payload's frame: alert tells the page which ran.
const frameHead = "<!doctype html><meta charset=utf-8><script id=stub>window.alert = m => parent.ran.push(m)</script><body>"

// TestNoScriptRunsInABrowser opens every payload, rendered with raw_html
// off and on (ignoring the problems reported, as if they were bypassed),
// in Chromium, each in a frame of its own, and fails when a script runs
// (each payload's alert says its number) or a handle for one is left.
func TestNoScriptRunsInABrowser(t *testing.T) {
	ctx := browsertest.Context(t)
	var mu sync.Mutex
	var dialogs []string // alerts from frames inside frames, which the stub does not reach
	chromedp.ListenTarget(ctx, func(ev any) {
		if d, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			mu.Lock()
			dialogs = append(dialogs, d.Message)
			mu.Unlock()
			go func() { _ = chromedp.Run(ctx, page.HandleJavaScriptDialog(false)) }()
		}
	})
	srcs := append([]string{}, browserPayloads...)
	for _, c := range rawCases {
		srcs = append(srcs, c.src)
	}
	dir := t.TempDir()
	base := browsertest.Serve(t, dir)
	for _, raw := range []bool{false, true} {
		md := New(Options{RawHTML: raw})
		var b strings.Builder
		b.WriteString("<!doctype html><meta charset=utf-8><script>window.ran = []</script><body>")
		for i, src := range srcs {
			body := md.Render([]byte(strings.ReplaceAll(src, "alert(1)", fmt.Sprintf("alert(%d)", i))), 1, nil).HTML
			b.WriteString(`<iframe srcdoc="` + html.EscapeString(frameHead+string(body)) + `"></iframe>`)
		}
		name := fmt.Sprintf("raw-%v.html", raw)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		var bad, ran []string
		tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		err := chromedp.Run(tctx, chromedp.Navigate(base+"/"+name), chromedp.Evaluate(scanJS, &bad),
			chromedp.Evaluate(`window.ran.map(String)`, &ran))
		cancel()
		if err != nil {
			t.Fatalf("raw_html = %v: the page of payloads did not load: %v", raw, err)
		}
		mu.Lock()
		ran, dialogs = append(ran, dialogs...), nil
		mu.Unlock()
		for _, r := range ran {
			bad = append(bad, r+": a script ran")
		}
		for _, p := range bad {
			i, _ := strconv.Atoi(p[:strings.IndexByte(p, ':')])
			t.Errorf("raw_html = %v, %q: %s", raw, srcs[i], p)
		}
	}
}

func awaitPromise(p *cdpruntime.EvaluateParams) *cdpruntime.EvaluateParams {
	return p.WithAwaitPromise(true)
}
