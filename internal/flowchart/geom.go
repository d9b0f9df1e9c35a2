package flowchart

import "math"

// Point is a position in the chart, in px from its top-left corner.
type Point struct{ X, Y float64 }

// Rect is an axis-aligned rectangle.
type Rect struct{ X, Y, W, H float64 }

// Right is the x of the rectangle's right side.
func (r Rect) Right() float64 { return r.X + r.W }

// Bottom is the y of the rectangle's bottom side.
func (r Rect) Bottom() float64 { return r.Y + r.H }

// CenterX is the x of the rectangle's vertical centre line.
func (r Rect) CenterX() float64 { return r.X + r.W/2 }

// Overlaps reports whether r and s share any interior area.
func (r Rect) Overlaps(s Rect) bool {
	return r.X < s.Right() && s.X < r.Right() && r.Y < s.Bottom() && s.Y < r.Bottom()
}

// Contains reports whether s lies inside r (edges may touch), allowing eps
// for rounding.
func (r Rect) Contains(s Rect, eps float64) bool {
	return s.X >= r.X-eps && s.Y >= r.Y-eps && s.Right() <= r.Right()+eps && s.Bottom() <= r.Bottom()+eps
}

// CrossesSegment reports whether the orthogonal segment a–b passes through
// the interior of r.
func (r Rect) CrossesSegment(a, b Point) bool {
	lo, hi := math.Min(a.X, b.X), math.Max(a.X, b.X)
	top, bot := math.Min(a.Y, b.Y), math.Max(a.Y, b.Y)
	const eps = 0.01
	return lo < r.Right()-eps && hi > r.X+eps && top < r.Bottom()-eps && bot > r.Y+eps
}

// round keeps coordinates to a tenth of a px, so the SVG is short and the
// same on every machine.
func round(v float64) float64 { return math.Round(v*10) / 10 }
