package web

import "github.com/gongkai/gongkai/internal/model"

// neighbours are the items before and after it in its category's list
// (上一篇, 下一篇): the list holds the published, listed items only, so a
// hidden item is never a neighbour and never moves one. An item not in the
// list (unlisted) has none.
func neighbours(list []*model.Item, it *model.Item) (prev, next *model.Item) {
	for i, x := range list {
		if x != it {
			continue
		}
		if i > 0 {
			prev = list[i-1]
		}
		if i+1 < len(list) {
			next = list[i+1]
		}
		return prev, next
	}
	return nil, nil
}
