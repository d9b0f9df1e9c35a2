package board

import (
	"testing"

	"github.com/gongkai/gongkai/internal/config"
)

// paperBoard is a board on paper p ("A1") in orientation o, with the
// defaults site.toml gives it (min_font 14, distance by paper) and
// distance d when not "".
func paperBoard(t *testing.T, p, o, d string) *config.Board {
	t.Helper()
	w, h, err := config.ParsePaper(p)
	if err != nil {
		t.Fatal(err)
	}
	if o == "landscape" {
		w, h = h, w
	}
	b := &config.Board{Number: 5, Name: "干部调整任用", Paper: p, Orientation: o, Width: w, Height: h, MinFont: 14, DistanceMM: config.DefaultDistance(w, h)}
	if d != "" {
		if b.DistanceMM, err = config.ParseDistance(d); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

// TestBodyLegibleFromTheDistance: no body type, at the paper's size or
// tried smaller to save a sheet, is below 1/300 of the board's viewing
// distance (5 mm at 1.5 m: 14.5pt, where A3 sheets were set at 14pt),
// nor table text; min_font wins when it is larger.
func TestBodyLegibleFromTheDistance(t *testing.T) {
	for _, c := range []struct {
		paper, distance string
		min             float64
		wantPt          float64 // the smallest body size
	}{
		{"A4", "", 14, 14},     // 1 m: 9.5pt, min_font is larger
		{"A3", "", 14, 14.5},   // 1.5 m: 5 mm
		{"A2", "", 14, 14.5},   // 1.5 m
		{"A1", "", 14, 19},     // 2 m: 6.7 mm
		{"A0", "", 14, 24},     // 2.5 m: 8.3 mm
		{"A1", "3m", 14, 28.5}, // 10 mm
		{"A3", "150cm", 16, 16},
	} {
		b := paperBoard(t, c.paper, "portrait", c.distance)
		b.MinFont = c.min
		if got := b.MinBody(); got != c.wantPt {
			t.Errorf("%s at %q, min_font %g: smallest body %gpt, want %gpt", c.paper, c.distance, c.min, got, c.wantPt)
		}
		for _, scale := range []float64{0, 0.85, 1} {
			g := newGeometry(b, bands{}, scale, 0)
			if g.Body.Pt < c.wantPt || g.Table.Pt < c.wantPt || g.Code.Pt < c.wantPt {
				t.Errorf("%s at %q, scale %g: body %gpt, table %gpt, code %gpt, below %gpt", c.paper, c.distance, scale, g.Body.Pt, g.Table.Pt, g.Code.Pt, c.wantPt)
			}
			if g.Body.mm() < b.DistanceMM/300-0.01 && c.min < c.wantPt {
				t.Errorf("%s: body %.2f mm high, less than 1/300 of %g mm", c.paper, g.Body.mm(), b.DistanceMM)
			}
		}
		if g := newGeometry(b, bands{}, 0, 0); g.Body.Pt != c.wantPt {
			t.Errorf("%s at %q: scale 0 gives %gpt, want the smallest body %gpt", c.paper, c.distance, g.Body.Pt, c.wantPt)
		}
	}
}

// TestDefaultColumnsHoldReadableLines: without columns, a line of body
// type holds 25 to 40 characters on every paper from A4 to A0, portrait
// and landscape (one column on A1 portrait held about 70, on landscape
// about 100); columns a board sets win.
func TestDefaultColumnsHoldReadableLines(t *testing.T) {
	for _, p := range []string{"A4", "A3", "A2", "A1", "A0"} {
		for _, o := range []string{"portrait", "landscape"} {
			g := newGeometry(paperBoard(t, p, o, ""), bands{}, 1, 0)
			t.Logf("%s %s: %d columns of %.1f characters at %gpt", p, o, g.Columns, g.Body.ems(g.ColW), g.Body.Pt)
			if ems := g.Body.ems(g.ColW); ems < leastLineEms || ems > mostLineEms {
				t.Errorf("%s %s: %d columns of %.1f characters at %gpt, want 25 to 40", p, o, g.Columns, ems, g.Body.Pt)
			}
		}
	}
	b := paperBoard(t, "A1", "portrait", "")
	b.Columns = 1
	if g := newGeometry(b, bands{}, 1, 0); g.Columns != 1 {
		t.Errorf("columns = 1 gives %d columns", g.Columns)
	}
}
