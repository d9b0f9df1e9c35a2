package web

import "github.com/gongkai/gongkai/internal/model"

// adjacent are the items before and after one in its category's list
// (上一篇, 下一篇), nil at the ends.
type adjacent struct{ prev, next *model.Item }

// neighbours maps every item of the categories' lists to its neighbours
// there, in one pass: the lists hold the published, listed items only, so
// a hidden item is never a neighbour and never moves one; an item in no
// list (unlisted) has none.
func neighbours(categories []*model.Group) map[*model.Item]adjacent {
	out := map[*model.Item]adjacent{}
	for _, g := range categories {
		for i, it := range g.Items {
			var a adjacent
			if i > 0 {
				a.prev = g.Items[i-1]
			}
			if i+1 < len(g.Items) {
				a.next = g.Items[i+1]
			}
			out[it] = a
		}
	}
	return out
}
