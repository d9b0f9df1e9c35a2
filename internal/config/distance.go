package config

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
)

// A board's viewing distance (distance = "1.5m") decides the smallest
// type its sheets may use: readers need characters about 1/300 of the
// distance high (5 mm at 1.5 m). For CJK type the character height is
// taken as the type size (an ideograph fills its em square), so the
// smallest size in points is the height over one point (0.3528 mm),
// rounded up to the half point.

// ptMM is one typographic point in millimetres.
const ptMM = 25.4 / 72

// ReadingRatio is the viewing distance over the smallest character height
// readers need at it.
const ReadingRatio = 300

var distanceRe = regexp.MustCompile(`^(\d+(?:\.\d+)?)\s*(m|cm|mm|米|厘米)$`)

// ParseDistance reads a viewing distance ("1.5m", "150cm", "1500mm") in
// millimetres; 0.3 m to 20 m.
func ParseDistance(s string) (float64, error) {
	m := distanceRe.FindStringSubmatch(strings.ToLower(strings.TrimSpace(s)))
	if m != nil {
		v, _ := strconv.ParseFloat(m[1], 64)
		switch m[2] {
		case "m", "米":
			v *= 1000
		case "cm", "厘米":
			v *= 10
		}
		if v >= 300 && v <= 20000 {
			return v, nil
		}
	}
	return 0, fmt.Errorf(`distance %q is not a viewing distance from 0.3 m to 20 m; write distance = "1.5m" (or "150cm")`, s)
}

// DefaultDistance is where people stand to read a sheet of w×h mm, by
// its longer side: A4 1 m (a sheet in a display case, read up close), A3
// and A2 1.5 m (a board behind glass, read from the path in front of it),
// A1 2 m and A0 2.5 m (their top lines are above the eyes: people step
// back to read them, and stand back to let others read).
func DefaultDistance(w, h float64) float64 {
	switch long := math.Max(w, h); {
	case long <= 297+0.5:
		return 1000
	case long <= 594+0.5:
		return 1500
	case long <= 841+0.5:
		return 2000
	}
	return 2500
}

// LegiblePt is the smallest type size (pt) readable from the board's
// viewing distance: distance/300 high, rounded up to the half point.
func (b *Board) LegiblePt() float64 {
	return LegiblePt(b.DistanceMM)
}

// LegiblePt is the smallest type size (pt) readable from mm away.
func LegiblePt(mm float64) float64 {
	return math.Ceil(mm/ReadingRatio/ptMM*2-1e-9) / 2
}

// MinBody is the smallest body type of the board: the size legible from
// its distance, or min_font when that is larger.
func (b *Board) MinBody() float64 { return math.Max(b.MinFont, b.LegiblePt()) }

// distance checks and sets the board's viewing distance.
func (v *validator) distance(p string, b *Board) {
	if strings.TrimSpace(b.Distance) == "" {
		b.DistanceMM = DefaultDistance(b.Width, b.Height)
		return
	}
	mm, err := ParseDistance(b.Distance)
	if err != nil {
		v.errorf(p+".distance", "%v", err)
		mm = DefaultDistance(b.Width, b.Height)
	}
	b.DistanceMM = mm
}

// DistanceFor is the farthest viewing distance (mm) from which type of pt
// points is legible, to the 10 cm below.
func DistanceFor(pt float64) float64 {
	return math.Floor(pt*ptMM*ReadingRatio/100) * 100
}

// FormatDistance writes mm as site.toml takes it: "1.5m".
func FormatDistance(mm float64) string {
	return strconv.FormatFloat(mm/1000, 'f', -1, 64) + "m"
}
