package markdown

import (
	"reflect"
	"strings"
	"testing"
)

// TestDrawingsAreFigures: an editor's drawing (raw_html = true) is a
// figure of its drawing, sized, and its caption as runs, from the Markdown
// renderer and from FromHTML alike; raw HTML that is no drawing stays raw
// HTML, with the blocks FromHTML reads in it as Kids (an image of unknown
// size in a <p> a paragraph); without raw_html nothing is a figure.
func TestDrawingsAreFigures(t *testing.T) {
	doc := New(Options{RawHTML: true}).Render([]byte(drawingSource), 1, nil)
	want := []struct {
		kind string
		w, h float64
		alt  string
	}{
		{"figure", 400, 300, "图\n图1　审批流程"}, {"figure", 640, 480, "示意"}, {"figure", 200, 100, ""},
		{"figure", 4, 3, "照片"}, {"figure", 10, 5, ""}, {"figure", 30, 20, ""},
		{"html", 0, 0, ""}, {"html", 0, 0, ""}, {"html", 0, 0, ""},
	}
	if len(doc.Blocks()) != len(want) {
		t.Fatalf("%d blocks, want %d: %s", len(doc.Blocks()), len(want), kindsOf(doc.Blocks()))
	}
	read := FromHTML(string(doc.HTML))
	for i, w := range want {
		b := doc.Blocks()[i]
		if b.Kind != w.kind {
			t.Errorf("block %d is %s, want %s: %q", i, b.Kind, w.kind, b.HTML)
			continue
		}
		if w.kind == "figure" && !reflect.DeepEqual(normal(read[i], true), normal(b, true)) {
			t.Errorf("block %d: FromHTML gives\n%+v\nthe renderer\n%+v", i, read[i], b)
		}
		if got := b.Rebuild(); got != string(b.HTML) {
			t.Errorf("block %d rebuilds %q, want %q", i, got, b.HTML)
		}
		if w.kind != "figure" {
			continue
		}
		if d := b.Kids[0]; d.Kind != "html" || d.Width != w.w || d.Height != w.h {
			t.Errorf("block %d: drawing %s %gx%g, want html %gx%g", i, d.Kind, d.Width, d.Height, w.w, w.h)
		}
		if d := b.Kids[0]; d.Picture != strings.HasPrefix(string(d.HTML), "<img") {
			t.Errorf("block %d: Picture %v for %q", i, d.Picture, d.HTML)
		}
		if b.Text != w.alt {
			t.Errorf("block %d: text %q, want %q", i, b.Text, w.alt)
		}
	}
	fig := doc.Blocks()[0]
	if len(fig.Kids) != 2 || fig.Kids[0].HTML != `<svg viewBox="0 0 400 300"><text>图</text></svg>` {
		t.Fatalf("figure: %+v", fig.Kids)
	}
	if c := fig.Kids[1]; c.Kind != "figcaption" || c.Para == nil || c.Para.Whole(false) != "\n<figcaption>图1　审批<b>流程</b> </figcaption>\n" || c.Para.Runs[len(c.Para.Runs)-1].Marks == nil {
		t.Errorf("caption: %q %+v", c.Para.Whole(false), c.Para)
	}
	if fig.Open != "<figure class=\"fig\">\n" || fig.Close != "</figure>\n" {
		t.Errorf("figure tags %q %q", fig.Open, fig.Close)
	}
	if k := doc.Blocks()[6].Kids; len(k) != 1 || k[0].Kind != "p" || k[0].Para == nil || !k[0].Para.Runs[0].Image {
		t.Errorf("raw HTML of a picture in a <p>: kids %+v", k)
	}
	if k := doc.Blocks()[7].Kids; len(k) != 1 || k[0].Kind != "html" || k[0].Kids != nil {
		t.Errorf("raw HTML kept whole: kids %+v", k)
	}
	for _, b := range New(Options{}).Render([]byte(drawingSource), 1, nil).Blocks() {
		if b.Kind == "figure" {
			t.Errorf("raw_html = false: a figure %q", b.HTML)
		}
	}
}
