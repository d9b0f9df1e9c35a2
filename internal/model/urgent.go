package model

import (
	"cmp"

	"github.com/gongkai/gongkai/internal/calendar"
	"slices"
	"strings"
)

// Urgent returns the published items in force on --now whose urgent window
// (content.Item.Urgent: from the item's date through urgent_until) holds
// --now, the soonest to end first. Every screen of the build shows them
// full-screen at each round start and as a banner, and the home page
// heads with them; the browser lets each go after its last day. As they
// are taken from the published items, an internal, draft or future item
// is never urgent in a public edition.
func (s *Site) Urgent() []*Item {
	out := s.InForce(func(it *Item) bool { return !it.Urgent.IsZero() && !it.Urgent.Before(s.Now) })
	slices.SortStableFunc(out, func(a, b *Item) int {
		return cmp.Or(a.Urgent.Compare(b.Urgent), strings.Compare(a.ID, b.ID))
	})
	return out
}

// UrgentEnd is the last day the item is urgent: urgent_until, or the end
// of its window or the day before it is withdrawn when sooner; the zero
// day when it is not urgent.
func (it *Item) UrgentEnd() calendar.Day {
	end := it.Urgent
	if !it.Until.IsZero() && it.Until.Before(end) {
		end = it.Until
	}
	if w := it.Withdrawn; !w.IsZero() && !end.IsZero() && w.AddDays(-1).Before(end) {
		end = w.AddDays(-1)
	}
	return end
}
