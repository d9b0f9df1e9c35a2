package flowchart

import (
	"cmp"
	"math"
	"slices"
)

// jog is the horizontal part of an edge between two layers: it comes down at
// s, runs across on its track, and goes on down at t.
type jog struct {
	edge  int
	s, t  float64
	track int
}

func (j *jog) lo() float64 { return math.Min(j.s, j.t) }
func (j *jog) hi() float64 { return math.Max(j.s, j.t) }

const same = 0.5 // px within which two x are the same line

// inside reports whether x lies strictly within the jog's span.
func (j *jog) inside(x float64) bool { return x > j.lo()+same && x < j.hi()-same }

func near(a, b float64) bool { return math.Abs(a-b) < same }

// cost is how bad it is to run a above b: one per crossing, and far more
// for two edges sharing a stretch of line, which readers cannot follow.
func cost(a, b *jog) int {
	c := 0
	if a.inside(b.s) {
		c++ // a's track crosses b on its way down to b's track
	}
	if b.inside(a.t) {
		c++ // b's track crosses a on its way down from a's track
	}
	if near(a.s, b.s) || near(a.t, b.t) || near(a.t, b.s) {
		c += 100
	}
	return c
}

// assignTracks gives each jog of one channel a track, 0 at the top, and
// returns how many tracks the channel needs. Jogs are inserted one by one
// where they cost least; jogs whose spans keep apart share a track.
func assignTracks(js []*jog, m metrics) int {
	slices.SortStableFunc(js, func(a, b *jog) int { return cmp.Or(cmp.Compare(a.lo(), b.lo()), cmp.Compare(a.hi(), b.hi())) })
	var order []*jog
	for _, j := range js {
		best, bestCost := len(order), math.MaxInt
		for pos := 0; pos <= len(order); pos++ {
			c := 0
			for i, o := range order {
				if i < pos {
					c += cost(o, j)
				} else {
					c += cost(j, o)
				}
			}
			if c < bestCost {
				best, bestCost = pos, c
			}
		}
		order = slices.Insert(order, best, j)
	}
	tracks := 0
	for i, j := range order {
		j.track = 0
		for _, o := range order[:i] {
			if o.lo() < j.hi()+m.portGap && j.lo() < o.hi()+m.portGap {
				j.track = max(j.track, o.track+1)
			}
		}
		tracks = max(tracks, j.track+1)
	}
	return tracks
}
