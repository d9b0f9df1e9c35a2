package flowchart

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden SVG files in testdata")

// TestGoldenSVG draws fixed charts and compares them with testdata/*.svg.
// Run with -update after a deliberate change and look at the new drawings.
func TestGoldenSVG(t *testing.T) {
	cases := map[string]*Chart{
		"linear": linearChart(),
		"branch": branchChart(),
		"large":  randomChart(42, 18),
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			l, err := Lay(c, Options{})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, name, SVG(l))
		})
	}
	parts, err := Split(branchChart(), Options{}, 700)
	if err != nil || len(parts) < 2 {
		t.Fatalf("split: %d parts, %v", len(parts), err)
	}
	for i, p := range parts {
		golden(t, "branch-part"+itoa(i+1), SVG(p))
	}
}

// golden compares got with testdata/name.svg, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	file := filepath.Join("testdata", name+".svg")
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the drawing in %s; if the change is intended, run go test ./internal/flowchart -update and look at the new SVG", name, file)
	}
}

// TestSizeIsTheViewBox: Layout.Size is the size the SVG's viewBox gives,
// so a channel scales a chart from its layout without reading the SVG.
func TestSizeIsTheViewBox(t *testing.T) {
	for _, c := range []*Chart{linearChart(), branchChart(), randomChart(7, 11)} {
		l, err := Lay(c, Options{})
		if err != nil {
			t.Fatal(err)
		}
		l.Width, l.Height = l.Width+0.04, l.Height+0.06 // not yet rounded
		w, h := l.Size()
		if want := []byte(`viewBox="0 0 ` + num(w) + ` ` + num(h) + `"`); !bytes.Contains(SVG(l), want) {
			t.Errorf("Size %v×%v, SVG %.120s", w, h, SVG(l))
		}
		if w != round(w) || h != round(h) {
			t.Errorf("Size %v×%v is not rounded as the viewBox", w, h)
		}
	}
}

// TestTextIsWhatPrintfWrote: the <text> elements written without fmt are
// byte for byte what the format wrote, whatever the text holds.
func TestTextIsWhatPrintfWrote(t *testing.T) {
	strs := []string{"受理", "A&B <c> \"d\" 'e'", "tab\there\nnew\rline", "\uFFFD ok", "bad \xff byte", "\uFFFE\uFFFF", "𠀀 emoji 😀", ""}
	for _, s := range strs {
		var x bytes.Buffer
		xml.EscapeText(&x, []byte(s))
		if got := esc(s); got != x.String() {
			t.Errorf("esc(%q) = %q, xml.EscapeText writes %q", s, got, x.String())
		}
		tx := Text{X: 10.04, Y: 3.333, W: 27.5, H: 20.3, Size: 15.06, Str: s}
		var want bytes.Buffer
		fmt.Fprintf(&want, `<text x="%s" y="%s" font-size="%s" fill="%s" %s>%s</text>`+"\n", num(tx.X), num(baseline(tx)), num(round(tx.Size)), ink, `font-weight="700"`, esc(s))
		fmt.Fprintf(&want, `<text x="%s" y="%s" font-size="%s" fill="%s" text-anchor="middle" %s>%s</text>`+"\n", num(round(tx.X+tx.W/2)), num(baseline(tx)), num(round(tx.Size)), accent, "", esc(s))
		var got bytes.Buffer
		w := &svgWriter{b: &got}
		w.text(tx, ink, `font-weight="700"`)
		w.centred(tx, accent, "")
		if got.String() != want.String() {
			t.Errorf("text %q:\n got %s\nwant %s", s, got.String(), want.String())
		}
	}
}

// TestSVGSizeIsNearlyRight: the buffer SVG reserves holds the drawing
// (it grows once), and is not more than twice its size.
func TestSVGSizeIsNearlyRight(t *testing.T) {
	for _, c := range []*Chart{linearChart(), branchChart(), randomChart(42, 18)} {
		l, err := Lay(c, Options{})
		if err != nil {
			t.Fatal(err)
		}
		n, got := svgSize(l), len(SVG(l))
		if n < got || n > 2*got {
			t.Errorf("%s: reserved %d bytes for a drawing of %d", c.Title, n, got)
		}
	}
}
