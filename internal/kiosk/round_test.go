package kiosk

import (
	"slices"
	"testing"
)

// TestSlideCaps: items that fit take all their slides; when they do not,
// each gets an equal share and the slides left over go to the first ones
// cut short; every item keeps at least one slide, even in a round too
// short for all; max_slides caps every item.
func TestSlideCaps(t *testing.T) {
	for _, c := range []struct {
		whole      []int
		room, most int
		want       []int
	}{
		{[]int{4, 4, 3}, 0, 0, []int{4, 4, 3}},  // no round
		{[]int{4, 4, 3}, 11, 0, []int{4, 4, 3}}, // fits
		{[]int{4, 4, 3}, 30, 2, []int{2, 2, 2}}, // max_slides
		{[]int{4, 4, 4, 5, 6, 5, 4, 3, 15, 13}, 19, 0, []int{2, 2, 2, 2, 2, 2, 2, 2, 2, 1}},
		{[]int{1, 9, 9, 2}, 12, 0, []int{1, 5, 4, 2}}, // share 4, one left over
		{[]int{3, 3, 3}, 2, 0, []int{1, 1, 1}},        // never dropped
		{[]int{6, 6}, 9, 3, []int{3, 3}},              // max_slides under the share
	} {
		if got := slideCaps(c.whole, c.room, c.most); !slices.Equal(got, c.want) {
			t.Errorf("slideCaps(%v, %d, %d) = %v, want %v", c.whole, c.room, c.most, got, c.want)
		}
	}
}

// TestRefill: a short deck that leaves slides in the round gives them to
// the first items that then fit whole, in the round's order; an item over
// max_slides stays short.
func TestRefill(t *testing.T) {
	deck := func(n int) []*Slide {
		di := &DeckItem{Short: true}
		out := make([]*Slide, n)
		for i := range out {
			out[i] = &Slide{Item: di}
		}
		return out
	}
	whole := [][]*Slide{deck(4), deck(3), deck(5), deck(2)}
	short := [][]*Slide{deck(1), deck(1), deck(1), nil}
	var got []int
	for _, d := range refill(whole, short, 9, 0) {
		got = append(got, len(d))
	}
	if want := []int{4, 1, 1, 2}; !slices.Equal(got, want) {
		t.Errorf("refill in 9 slides: %v, want %v", got, want)
	}
	if short[0][0].Item.Short || !short[1][0].Item.Short {
		t.Errorf("an item shown whole is still marked short, or a short one is not")
	}
	got = got[:0]
	for _, d := range refill(whole, short, 0, 3) {
		got = append(got, len(d))
	}
	if want := []int{1, 3, 1, 2}; !slices.Equal(got, want) {
		t.Errorf("refill without a round, max_slides 3: %v, want %v", got, want)
	}
}

// TestCapsOfEachSelection: with a schedule, each selection is a round of
// its own: items only at lunch do not shorten the morning's, and an item
// in two selections takes the smaller share.
func TestCapsOfEachSelection(t *testing.T) {
	whole := []int{4, 4, 3, 3, 3}
	// items 0, 1: the kiosk's own (0); 2, 3: entry 1; item 4: both
	sel := [][]int{{0, 1, 4}, {2, 3, 4}}
	got := capsOf(whole, sel, 9, 0)
	if want := []int{3, 3, 3, 3, 3}; !slices.Equal(got, want) {
		t.Errorf("capsOf = %v, want %v", got, want)
	}
	if got := capsOf(whole, [][]int{{0, 1, 2, 3, 4}}, 9, 0); slices.Equal(got, []int{3, 3, 3, 3, 3}) {
		t.Errorf("one selection of all five shares 9 slides as %v", got)
	}
}
