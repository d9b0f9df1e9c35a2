package model

import (
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
)

// An unlisted item is an ended notice that has left the site's lists: a
// 任前公示 names people, with their birth month, home town and education,
// and must not stay indexed for ever. Its page stays at its address (marked
// noindex), the archive names it by title only, and index.json keeps it,
// marked; every other list, count, the feed and the sitemap leave it out.

// UnlistOn is the first day the item is unlisted, or zero when it never
// is. An immediate item with unlist_after (its own, or its category's)
// stays listed for that long after the last day of its window:
// until = 2026-11-27 with "30d" is listed through 2026-12-27 and
// unlisted from 2026-12-28.
func (it *Item) UnlistOn() calendar.Day { return unlistOn(it.Item) }

func unlistOn(ci *content.Item) calendar.Day {
	if ci.Term != string(config.Immediate) || ci.Until.IsZero() || !ci.UnlistAfter.On() {
		return calendar.Day{}
	}
	return ci.UnlistAfter.After(ci.Until).AddDays(1)
}

// unlisted reports whether the item is unlisted on now.
func unlisted(ci *content.Item, now calendar.Day) bool {
	on := unlistOn(ci)
	return !on.IsZero() && !now.Before(on)
}

// Listed returns the items that lists show: all but the unlisted ones.
func Listed(items []*Item) []*Item {
	out := make([]*Item, 0, len(items))
	for _, it := range items {
		if !it.Unlisted {
			out = append(out, it)
		}
	}
	return out
}
