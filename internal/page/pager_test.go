package page

import (
	"slices"
	"testing"
)

// TestPagerLinks: every page of the list, numbered from 1, the pager's own
// marked, in order.
func TestPagerLinks(t *testing.T) {
	p := &Pager{Number: 2, Total: 3, Pages: []string{"terms/", "terms/page/2/", "terms/page/3/"}}
	want := []PageLink{{1, "terms/", false}, {2, "terms/page/2/", true}, {3, "terms/page/3/", false}}
	if got := p.Links(); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
