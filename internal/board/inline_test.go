package board

import (
	"math"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/markdown"
)

// TestInlineTextIsWhatTheRunsShow: a paragraph's text as the board
// measures it is its characters, a <br> a new line (and the newline
// written after it a space), a picture nothing; cutting it anywhere and writing the two parts
// from the runs gives the paragraph's HTML back, each part well formed.
func TestInlineTextIsWhatTheRunsShow(t *testing.T) {
	src := "电话**0791-8812380**，\n地址\\\n[人民路](/a/)1号![图](/x.png)。"
	doc := markdown.New(markdown.Options{}).Render([]byte(src), 1, nil)
	p := doc.Blocks()[0].Para
	in := newInline(p)
	if want := "电话0791-8812380，地址\n 人民路1号。"; in.text != want {
		t.Fatalf("text = %q, want %q", in.text, want)
	}
	whole := in.html(0, len(in.text))
	for cut := range len(in.text) + 1 {
		if !utf8Boundary(in.text, cut) {
			continue
		}
		head, tail := in.html(0, cut), in.html(cut, len(in.text))
		if strings.Count(head, "<strong>") != strings.Count(head, "</strong>") || strings.Count(tail, "<a ") != strings.Count(tail, "</a>") {
			t.Errorf("cut at %d: parts not well formed: %q | %q", cut, head, tail)
		}
		if got := spaceless(head + tail); got != spaceless(whole) {
			t.Errorf("cut at %d: parts give %q, want %q", cut, got, spaceless(whole))
		}
	}
	if !strings.Contains(whole, `<span class="nb">0791-8812380</span>`) || !strings.Contains(whole, `<img src="/x.png" alt="图">`) {
		t.Errorf("whole = %s", whole)
	}
}

func utf8Boundary(s string, i int) bool { return i == len(s) || s[i]&0xC0 != 0x80 }

// TestRawDrawingsAreSizedFromTheirTag: an editor's svg, picture or figure
// (raw_html), which package markdown gives as a sized figure, is a figure
// of the drawing's ratio on a sheet with its caption as runs; anything
// else is not a drawing.
func TestRawDrawingsAreSizedFromTheirTag(t *testing.T) {
	g := a4(t, 1)
	bl := &builder{g: g}
	r := markdown.New(markdown.Options{RawHTML: true})
	blocks := func(h string) []block { return bl.blocks(r.Render([]byte(h+"\n"), 1, nil).Blocks(), g.ColH) }
	for _, c := range []struct {
		html    string
		w, h    float64
		caption string
	}{
		{`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 1200"><text font-size="40">流程</text></svg>`, 400, 1200, ""},
		{"<figure><svg viewBox=\"0,0,1000,300\"><rect/></svg>\n<figcaption>图1 <b>受理</b>环节</figcaption></figure>\n", 1000, 300, "图1 受理环节"},
		{`<p><img src="a.svg" alt="示意图" width="800" height="600"></p>`, 800, 600, ""},
		{`<img src="a.png" alt="照片">`, 4, 3, ""},
	} {
		bs := blocks(c.html)
		f, ok := bs[0].(*figure)
		if len(bs) != 1 || !ok || math.Abs(f.ratio-c.h/c.w) > 1e-9 {
			t.Errorf("%.30s: %d blocks, %T %+v", c.html, len(bs), bs[0], bs[0])
			continue
		}
		if got := ""; f.caption != nil {
			got = f.caption.text()
			if got != c.caption {
				t.Errorf("%.30s: caption %q, want %q", c.html, got, c.caption)
			}
		} else if c.caption != "" {
			t.Errorf("%.30s: no caption", c.html)
		}
		if !strings.HasPrefix(f.body, "<svg") && !strings.HasPrefix(f.body, "<img") {
			t.Errorf("%.30s: drawing %q", c.html, f.body)
		}
	}
	for _, h := range []string{`<svg><text>无尺寸</text></svg>`, `<div class="note">说明</div>`, `<p><img src="a.png"> 和文字</p>`, `<figure><svg viewBox="0 0 1 1"></svg><svg viewBox="0 0 1 1"></svg></figure>`} {
		for _, b := range blocks(h) {
			if f, ok := b.(*figure); ok {
				t.Errorf("%s is a drawing: %+v", h, f)
			}
		}
	}
}
