package serve

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/gongkai/gongkai/internal/browser/browsertest"
	"github.com/gongkai/gongkai/internal/msg"
)

// TestErrorsInTheEditorsLanguage: with Lang Chinese, the overlay's errors
// are Chinese with their file and line as they are, and so is the
// terminal; the English of the code (Lang empty) is TestErrorsShowAndClear's.
func TestErrorsInTheEditorsLanguage(t *testing.T) {
	dir := newSite(t)
	var term termBuffer
	srv := start(t, dir, func(s *Server) {
		s.opts.Lang = msg.Zh
		s.opts.Stderr = inLang(&term, msg.Zh) // as Listen makes it
	})
	events := listen(t, srv)
	events.next(t, "hello", &helloData{})
	writeFile(t, dir, "content/cadre/wang.md", strings.Replace(wangMD, `category = "cadre"`, `category = "cadres"`, 1))
	var bad errorsData
	events.next(t, "errors", &bad)
	want := Problem{File: "content/cadre/wang.md", Line: 4, Msg: `未知的公开类别 "cadres"（是否要写 "cadre"？）`}
	if len(bad.Errors) != 1 || bad.Errors[0] != want {
		t.Fatalf("errors = %+v, want %+v", bad.Errors, want)
	}
	for _, line := range []string{
		`content/cadre/wang.md:4: 未知的公开类别 "cadres"（是否要写 "cadre"？）`,
		"生成失败：1 个错误；浏览器中显示了这些错误，仍显示上一次成功生成的网站",
	} {
		if !term.waitFor(line) {
			t.Errorf("the terminal did not say %q; it said:\n%s", line, term.String())
		}
	}
}

// termBuffer is a terminal written from the server's goroutines.
type termBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *termBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *termBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// waitFor reports whether a line of the buffer is line, waiting a while
// for the server to print it.
func (l *termBuffer) waitFor(line string) bool {
	for range 100 {
		for _, got := range strings.Split(l.String(), "\n") {
			if got == line {
				return true
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}

// TestOverlayInChinese: in Chromium, the overlay over the page says the
// error in Chinese, under its file and line. Skipped without Chromium.
func TestOverlayInChinese(t *testing.T) {
	bctx := browsertest.Context(t)
	dir := newSite(t)
	srv := start(t, dir, func(s *Server) { s.opts.Lang = msg.Zh })
	ctx, cancel := context.WithTimeout(bctx, 60*time.Second)
	defer cancel()
	writeFile(t, dir, "content/cadre/wang.md", strings.Replace(wangMD, `category = "cadre"`, `category = "cadres"`, 1))
	var overlay string
	if err := chromedp.Run(ctx,
		chromedp.Navigate(srv.URL()+"cadre/wang/"),
		chromedp.WaitVisible("#gongkai-overlay", chromedp.ByQuery),
		chromedp.Text("#gongkai-overlay li", &overlay, chromedp.ByQuery),
	); err != nil {
		t.Fatal(err)
	}
	if want := "content/cadre/wang.md 第 4 行\n" + `未知的公开类别 "cadres"（是否要写 "cadre"？）`; overlay != want {
		t.Errorf("the overlay says\n%q\nwant\n%q", overlay, want)
	}
}
