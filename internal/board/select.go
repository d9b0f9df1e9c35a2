package board

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/model"
)

// Check warns about items a board lists that it never shows: an internal
// item on a public board, or an item not published on boards. The board
// leaves them off, which is rarely what the editor meant. (Ids that name no
// item at all are errors reported by the model, for boards, kiosks and the
// catalog alike; a draft or future item shows once it is published.) items
// is every item read, drafts, internal and future ones included.
func Check(cfg *config.Site, items []*content.Item) []diag.Diagnostic {
	byID := make(map[string]*content.Item, len(items))
	for _, it := range items {
		byID[it.ID] = it
	}
	var out []diag.Diagnostic
	for _, b := range cfg.Boards {
		line := cfg.Meta.Line(fmt.Sprintf("boards[%d].items", b.Index))
		warn := func(format string, args ...any) {
			out = append(out, diag.Diagnostic{File: config.File, Line: line, Severity: diag.Warning, Msg: fmt.Sprintf(format, args...)})
		}
		for _, id := range b.Items {
			it, ok := byID[id]
			switch {
			case !ok:
			case it.Internal() && b.Scope != string(config.Internal):
				warn("board %d lists %s, but that item is internal (党内公开) and the board is public, so no edition shows it there; "+
					"write scope = \"internal\" in this board if it stands inside the Party (党内公开栏), or take the item out of items", b.Number, id)
			case !it.HasChannel(string(config.ChannelBoard)):
				warn("board %d lists %s, but that item is not published on boards, so the board leaves it off; add \"board\" to channel in %s", b.Number, id, it.File)
			}
		}
	}
	return out
}

// Items returns what board b carries on --now, in the order it shows
// them: the items it lists, in their order; then its categories in their
// order, and within a category the notices in force (ending soonest first)
// before the rest (newest first). Only items in force and published
// through boards are taken, through model.Site.InForce, and on a public
// board never an internal item, whatever the edition (site is the board's
// model.Site.View, which has none; this says so once more).
func Items(site *model.Site, b *config.Board) []*model.Item {
	listed := map[string]int{}
	for i, id := range b.Items {
		listed[id] = i
	}
	cats := map[string]int{}
	for i, c := range b.Categories {
		cats[c] = i
	}
	rank := func(it *model.Item) (int, bool) {
		if i, ok := listed[it.ID]; ok {
			return i, true
		}
		if i, ok := cats[it.Category]; ok {
			return len(listed) + i, true
		}
		return 0, false
	}
	its := site.InForce(func(it *model.Item) bool {
		_, ok := rank(it)
		return ok && it.HasChannel(string(config.ChannelBoard)) && (b.Scope == string(config.Internal) || !it.Internal())
	})
	slices.SortStableFunc(its, func(a, b *model.Item) int {
		ra, _ := rank(a)
		rb, _ := rank(b)
		return cmp.Or(cmp.Compare(ra, rb), cmp.Compare(noticeRank(a), noticeRank(b)), noticeOrder(a, b))
	})
	return its
}

func noticeRank(it *model.Item) int {
	if it.Term == string(config.Immediate) {
		return 0
	}
	return 1
}

// noticeOrder puts the notice that ends first first; other items keep
// InForce's order (newest first).
func noticeOrder(a, b *model.Item) int {
	if a.Term == string(config.Immediate) && b.Term == string(config.Immediate) {
		return a.Until.Compare(b.Until)
	}
	return 0
}
