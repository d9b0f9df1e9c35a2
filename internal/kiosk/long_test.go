package kiosk

import (
	"bytes"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/textfit"
	"github.com/gongkai/gongkai/internal/textfit/textfittest"
)

var update = flag.Bool("update", false, "rewrite testdata/long/*.txt from the current output")

// TestLongBodiesSlideAsBefore cuts long bodies (textfittest.Bodies) into
// pages at a display's size and in a narrow column and compares every page
// with testdata/long/, written by the layout before it was made linear:
// the rewrite changed the cost of cutting, not one byte of the result.
// go test ./internal/kiosk -run TestLongBodiesSlideAsBefore -update
// rewrites the files; review the diff.
func TestLongBodiesSlideAsBefore(t *testing.T) {
	md := markdown.New(markdown.Options{})
	sizes := map[string]Metrics{"display": {Width: 1363, Font: 40}, "narrow": {Width: 400, Font: 40}}
	for name, src := range textfittest.Bodies() {
		doc := md.Render([]byte(src), 1, nil)
		for size, m := range sizes {
			m = withTags(t, m)
			m.MaxHeight = 11*m.line() + m.gap()
			first, rest := m.MaxHeight+2*m.line(), m.MaxHeight
			pages := Paginate(Fit(doc.Blocks(), m), func(i int) float64 { return map[bool]float64{true: first, false: rest}[i == 0] })
			var got bytes.Buffer
			for i, pg := range pages {
				fmt.Fprintf(&got, "== page %d: %.2f px, block %d\n%s\n", i+1, pg.Height, pg.First(), pageHTML(t, pg))
			}
			file := filepath.Join("testdata", "long", name+"-"+size+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s differs: %s", file, firstDiff(got.Bytes(), want))
			}
		}
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := range min(len(g), len(w)) {
		if !bytes.Equal(g[i], w[i]) {
			return fmt.Sprintf("line %d:\n got: %.300s\nwant: %.300s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(g), len(w))
}

// TestLongParagraphSlidesWhole cuts one pasted paragraph of 30,000
// characters into a display's slides and into a narrow column's: the
// slides, joined, give the paragraph back exactly, and each slide's text,
// measured again from its HTML, fits its room.
func TestLongParagraphSlidesWhole(t *testing.T) {
	doc := markdown.New(markdown.Options{}).Render([]byte(textfittest.Paragraph(30000)), 1, nil)
	want := spacelessText(doc.Text)
	for _, l := range []displayLayout{newDisplayLayout(1920, 1080), newDisplayLayout(600, 1000)} {
		l.tags = withTags(t, Metrics{}).tags
		slides := l.slides(&DeckItem{}, []string{"年度工作目标"}, "长段落", []string{"青府发〔2026〕4号"}, doc.Blocks())
		if len(slides) < 20 {
			t.Fatalf("%.0f px: %d slides for 30,000 characters", l.W, len(slides))
		}
		var got strings.Builder
		for n, s := range slides {
			h := pageHTML(t, s.page)
			if strings.Count(h, "<p") != strings.Count(h, "</p>") || strings.Count(h, "<strong>") != strings.Count(h, "</strong>") {
				t.Errorf("%.0f px slide %d is not well-formed: %s", l.W, n+1, h)
			}
			if used := measured(h, l.body()); used > s.Room {
				t.Errorf("%.0f px slide %d: its text takes %.0f px of %.0f", l.W, n+1, used, s.Room)
			}
			got.WriteString(spacelessText(h))
		}
		if got.String() != want {
			t.Errorf("%.0f px: the slides do not give the paragraph back: %s", l.W, firstDifference(got.String(), want))
		}
	}
}

var paraRe = regexp.MustCompile(`(?s)<p( class="cont")?>(.*?)</p>`)

// measured is the height of a slide's paragraphs, measured from its HTML
// alone: their text, the first indented, wrapped at the column's width.
func measured(h string, m Metrics) float64 {
	used := 0.0
	for _, p := range paraRe.FindAllStringSubmatch(h, -1) {
		text := html.UnescapeString(tags.ReplaceAllString(p[2], ""))
		if p[1] == "" {
			text = "\u3000\u3000" + text
		}
		used += float64(textfit.Lines(text, m.em(m.Width)))*m.line() + m.gap()
	}
	return used
}

func spacelessText(s string) string {
	return strings.Join(strings.Fields(html.UnescapeString(tags.ReplaceAllString(s, ""))), "")
}

// firstDifference shows where two texts part.
func firstDifference(got, want string) string {
	g, w := []rune(got), []rune(want)
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	return fmt.Sprintf("at character %d of %d (%d on the slides): %q, want %q",
		i, len(w), len(g), string(g[i:min(len(g), i+20)]), string(w[i:min(len(w), i+20)]))
}

// TestMarkedUpBodySlidesFit: a body dense with markup, character
// references (&amp;), escapes and hard line breaks is measured as the
// screen shows it, so every slide's text fits its room, and the slides,
// joined, give the body back.
func TestMarkedUpBodySlidesFit(t *testing.T) {
	doc := markdown.New(markdown.Options{}).Render([]byte(textfittest.Bodies()["dense"]), 1, nil)
	want := spacelessText(strings.ReplaceAll(string(doc.HTML), "<br>", ""))
	for _, l := range []displayLayout{newDisplayLayout(1920, 1080), newDisplayLayout(600, 1000)} {
		l.tags = withTags(t, Metrics{}).tags
		slides := l.slides(&DeckItem{}, []string{"年度工作目标"}, "正文", nil, doc.Blocks())
		var got strings.Builder
		for n, s := range slides {
			h := pageHTML(t, s.page)
			if used := measured(h, l.body()); used > s.Room {
				t.Errorf("%.0f px slide %d: its text takes %.0f px of %.0f", l.W, n+1, used, s.Room)
			}
			got.WriteString(spacelessText(strings.ReplaceAll(h, "<br>", "")))
		}
		if got.String() != want {
			t.Errorf("%.0f px: the slides do not give the body back: %s", l.W, firstDifference(got.String(), want))
		}
	}
}
