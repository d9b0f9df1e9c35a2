package model

import (
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/content"
)

// StatusOn is the status a build on day would give a published item that
// a newer item replaced on supersededOn (zero if none): the rules of
// statusOf, for any day. The website's pages bring their statuses up to
// date in the reader's browser (themes/default/static/js/clock.js); a test
// holds that script to this function.
func StatusOn(it *content.Item, day, supersededOn calendar.Day) Status {
	return statusOf(it, day, supersededOn)
}

// SupersededOn is the day a newer item replaced the item (the newer item's
// date), or zero.
func (it *Item) SupersededOn() calendar.Day {
	if it.SupersededBy == nil {
		return calendar.Day{}
	}
	return it.SupersededBy.Date
}

// Due is the last day a periodic item is current (DueDate); zero for
// other terms.
func (it *Item) Due() calendar.Day { return DueDate(it.Item) }

// OpenForComment reports whether an item with consultation window w and
// status st on day is open for comment then: the site's Consultations on
// --now, and what the pages' clock script keeps to on later days.
func OpenForComment(w Window, st Status, day calendar.Day) bool {
	return w.Contains(day) && st != Superseded && st != Withdrawn
}
