package page

import "github.com/gongkai/gongkai/internal/model"

// CoverageItem is an item a catalog entry may show on the page.
type CoverageItem struct {
	*model.Item
	Shown  bool // shown on the build's day
	Newest bool // one of the entry's newest, shown when none is current
}

// coverageItems lists what the catalog shows of an entry: up to current of
// its current items or, when it has none, its newest few. It lists every
// item the entry may show later too, each marked, because the page's clock
// script shows the right ones when an item stops being current. (None
// becomes current later: an item published after the build is not on the
// page.) An unlisted item is never named (it has ended: it is not current).
func coverageItems(e *model.Entry, current, newest int) []CoverageItem {
	var out []CoverageItem
	n := 0
	for i, it := range e.Listed() {
		c := CoverageItem{Item: it, Newest: i < newest}
		switch {
		case it.Current():
			c.Shown = n < current
			n++
		case c.Newest:
			c.Shown = len(e.Current) == 0
		default:
			continue
		}
		out = append(out, c)
	}
	return out
}
