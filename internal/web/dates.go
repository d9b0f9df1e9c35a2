package web

import (
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
)

// A status is true on the day of the build only; the days it turns on are
// true for ever. index.json carries those days, so other tools can keep
// time as the pages' clock script does, and the feed, which no script
// brings up to date, states the days and never a status.

// addDates writes into e the days the item's status turns on.
func addDates(s *model.Site, it *model.Item, e *IndexEntry) {
	e.Due = it.Due().String()
	e.Withdrawn = it.Withdrawn.String()
	if w, ok := it.ConsultationWindow(s.Config); ok {
		e.CommentStart, e.CommentEnd = w.Start.String(), w.End.String()
	}
}

// feedSummary is an entry's summary after the windows it is open in:
// "公示期：2026年11月23日至11月27日。".
func feedSummary(s *model.Site, it *model.Item) string {
	var out string
	if it.Term == string(config.Immediate) && !it.Until.IsZero() {
		out = "公示期：" + span(it.Date, it.Until) + "。"
	}
	if w, ok := it.ConsultationWindow(s.Config); ok && (w.Start != it.Date || w.End != it.Until) {
		out += "征求意见：" + span(w.Start, w.End) + "。"
	}
	return out + page.Summary(it, page.LongestSummary)
}

// span writes a window as partials/window.html does: the year of its end
// only when it differs from its start's.
func span(start, end calendar.Day) string {
	if start.Y == end.Y {
		return start.Chinese() + "至" + end.ChineseShort()
	}
	return start.Chinese() + "至" + end.Chinese()
}
