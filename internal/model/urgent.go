package model

import (
	"cmp"
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
