package report

import (
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/check"
	"github.com/gongkai/gongkai/internal/model"
)

// Late is an item of a catalog entry published in the month after the
// entry's time limit (公开时限) from the day the information was formed.
type Late struct {
	Entry *model.Entry
	Item  *model.Item
	Limit string       // the limit as written: "20个工作日内"
	Last  calendar.Day // the last day it could be published on time
}

// lateItems are the items of e published in the period (inPeriod) later
// than e's time limit allows. An entry whose time_limit states no limit in
// days, or an item without formed, cannot be late.
func lateItems(e *model.Entry, cal *calendar.Calendar, inPeriod func(calendar.Day) bool) []Late {
	l, ok := check.ParseTimeLimit(e.TimeLimit)
	if !ok {
		return nil
	}
	var late []Late
	for _, it := range e.Items {
		if !inPeriod(it.Date) || it.Formed.IsZero() {
			continue
		}
		if last := l.Last(cal, it.Formed); it.Date.After(last) {
			late = append(late, Late{Entry: e, Item: it, Limit: l.Text, Last: last})
		}
	}
	return late
}

// onTime reports whether the entry is covered and none of its items of
// the month was published late.
func (r *Report) onTime(e *model.Entry) bool {
	if e.Coverage != model.Covered {
		return false
	}
	for _, l := range r.Late {
		if l.Entry == e {
			return false
		}
	}
	return true
}
