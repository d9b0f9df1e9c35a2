package config

import "testing"

// TestViewingDistance: distance takes metres, centimetres and millimetres
// ("1.5m", "150cm"), refuses what is not a distance, defaults by paper,
// and gives the smallest type as 1/300 of it, in points rounded up to
// the half point (5 mm at 1.5 m: 14.5pt).
func TestViewingDistance(t *testing.T) {
	for s, want := range map[string]float64{"1.5m": 1500, "150cm": 1500, " 2 m ": 2000, "1500mm": 1500, "1.5米": 1500, "3M": 3000} {
		if got, err := ParseDistance(s); err != nil || got != want {
			t.Errorf("ParseDistance(%q) = %g, %v; want %g", s, got, err, want)
		}
	}
	for _, s := range []string{"far", "1.5", "0.1m", "30m", "5 feet", ""} {
		if _, err := ParseDistance(s); err == nil {
			t.Errorf("ParseDistance(%q) took it", s)
		}
	}
	for paper, want := range map[string]float64{"A4": 1000, "A3": 1500, "A2": 1500, "A1": 2000, "A0": 2500, "600x900mm": 2500} {
		w, h, _ := ParsePaper(paper)
		if got := DefaultDistance(w, h); got != want || DefaultDistance(h, w) != want {
			t.Errorf("DefaultDistance(%s) = %g, want %g", paper, got, want)
		}
	}
	for mm, want := range map[float64]float64{1000: 9.5, 1500: 14.5, 2000: 19, 2500: 24, 3000: 28.5} {
		if got := LegiblePt(mm); got != want {
			t.Errorf("LegiblePt(%g) = %g, want %g", mm, got, want)
		}
		if got := LegiblePt(mm) * ptMM; got < mm/300 {
			t.Errorf("LegiblePt(%g) is %.2f mm high, below %.2f", mm, got, mm/300)
		}
	}
	if got := FormatDistance(DistanceFor(12)); got != "1.2m" {
		t.Errorf("12pt is legible up to %s, want 1.2m", got)
	}
}
