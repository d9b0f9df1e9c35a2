package page

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestPagerLinks: a list of up to 11 pages links every page, numbered from
// 1, the pager's own marked, in order.
func TestPagerLinks(t *testing.T) {
	p := &Pager{Number: 2, Total: 3, Pages: []string{"terms/", "terms/page/2/", "terms/page/3/"}}
	want := []PageLink{{1, "terms/", false, false}, {2, "terms/page/2/", true, false}, {3, "terms/page/3/", false, false}}
	if got := p.Links(); !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if got := linksOf(6, 11); got != "1 2 3 4 5 [6] 7 8 9 10 11" {
		t.Errorf("11 pages: got %s", got)
	}
}

// TestPagerLinksOfALongList: a longer list links the first and last pages
// and three on each side of the pager's own, with a gap for two pages or
// more left out, so a page's pager does not grow with its list.
func TestPagerLinksOfALongList(t *testing.T) {
	for _, c := range []struct {
		number, total int
		want          string
	}{
		{1, 12, "[1] 2 3 4 … 12"},
		{5, 12, "1 2 3 4 [5] 6 7 8 … 12"},
		{6, 12, "1 2 3 4 5 [6] 7 8 9 … 12"},
		{7, 12, "1 … 4 5 6 [7] 8 9 10 11 12"},
		{10, 20, "1 … 7 8 9 [10] 11 12 13 … 20"},
		{17, 20, "1 … 14 15 16 [17] 18 19 20"},
		{20, 20, "1 … 17 18 19 [20]"},
		{500, 1000, "1 … 497 498 499 [500] 501 502 503 … 1000"},
	} {
		if got := linksOf(c.number, c.total); got != c.want {
			t.Errorf("page %d of %d: got %s, want %s", c.number, c.total, got, c.want)
		}
	}
}

// linksOf writes the links of page number of a list of total pages,
// checking that each links the right path.
func linksOf(number, total int) string {
	p := &Pager{Number: number, Total: total}
	for i := range total {
		p.Pages = append(p.Pages, fmt.Sprintf("p%d/", i+1))
	}
	var words []string
	for _, l := range p.Links() {
		switch {
		case l.Gap:
			words = append(words, "…")
		case l.Path != fmt.Sprintf("p%d/", l.Number):
			words = append(words, "bad path "+l.Path)
		case l.Current:
			words = append(words, fmt.Sprintf("[%d]", l.Number))
		default:
			words = append(words, fmt.Sprint(l.Number))
		}
	}
	return strings.Join(words, " ")
}
