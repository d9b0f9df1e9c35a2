package web

import "github.com/gongkai/gongkai/internal/model"

// Flatten sets an item page's own copies of its page.Page's fields, as the
// build does when it makes the page.
func Flatten(p *ItemPage) *ItemPage {
	p.flatten()
	return p
}

// ItemPageOf is the page the build makes for an item, without neighbours.
func ItemPageOf(s *model.Site, it *model.Item) *ItemPage { return itemPage(s, it, adjacent{}) }

// PagesOf is the data of every page of the website, in the build's order.
func PagesOf(s *model.Site) []any {
	var out []any
	for _, j := range plan(s) {
		if j.item != nil {
			out = append(out, itemPage(s, j.item, j.adj))
		} else {
			out = append(out, j.pg)
		}
	}
	return out
}

// Compiled turns the Go code writing the built-in theme's templates
// (itemmain.go, itemhead.go, itemrow.go) on or off, and reports how many
// times each piece has written: an item page's main, meta.html,
// crumbs.html; an item's row.
func Compiled(on bool) [4]int64 {
	itemMainOn.Store(on)
	var n [4]int64
	for i := range n {
		n[i] = itemWritten[i].Load()
	}
	return n
}
