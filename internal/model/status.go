package model

import (
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
)

// Status is where an item stands in its disclosure lifecycle on --now.
type Status string

const (
	Upcoming   Status = "upcoming"   // immediate, window not begun
	InForce    Status = "in-force"   // immediate in its window; long-term not withdrawn
	Ended      Status = "ended"      // immediate, window over
	Current    Status = "current"    // periodic, updated within its period
	Overdue    Status = "overdue"    // periodic, not updated within its period
	Superseded Status = "superseded" // replaced by a newer item
	Withdrawn  Status = "withdrawn"  // long-term, withdrawn (废止)
)

// Label is the status in Chinese, as readers see it, of an item not open
// for comment.
func (s Status) Label(term string) string { return s.LabelOpen(term, false) }

// LabelOpen is the status in Chinese of an item of term, open for comment
// (OpenForComment) or not: one name for each status on every page and in
// every channel. An item in force while the public may comment on it is
// 征求意见中, not 公示中: what readers are asked to do.
func (s Status) LabelOpen(term string, open bool) string {
	switch s {
	case Upcoming:
		return "未开始"
	case InForce:
		if open {
			return "征求意见中"
		}
		if term == string(config.Immediate) {
			return "公示中"
		}
		return "有效"
	case Ended:
		return "已结束"
	case Current:
		return "现行"
	case Overdue:
		return "逾期未更新"
	case Superseded:
		return "已更新"
	case Withdrawn:
		return "已废止"
	}
	return string(s)
}

// Active reports whether an item with this status is still the information
// in force: boards and kiosks carry only these. A periodic item past its
// period is still the latest version of its information, so it stays up
// (and `gongkai check` warns about it).
func (s Status) Active() bool {
	return s == InForce || s == Current || s == Overdue
}

// statusOf computes an item's status on day now. superseded is the day a
// newer item replaced it, or zero.
func statusOf(it *content.Item, now calendar.Day, supersededOn calendar.Day) Status {
	if !supersededOn.IsZero() && !now.Before(supersededOn) {
		return Superseded
	}
	if !it.Withdrawn.IsZero() && !now.Before(it.Withdrawn) {
		return Withdrawn
	}
	switch config.Term(it.Term) {
	case config.Immediate:
		switch {
		case now.Before(it.Date):
			return Upcoming
		case now.After(it.Until):
			return Ended
		}
		return InForce
	case config.Periodic:
		if due := DueDate(it); !due.IsZero() && now.After(due) {
			return Overdue
		}
		return Current
	}
	return InForce
}

// LastUpdate is the day a periodic item was last brought up to date.
func LastUpdate(it *content.Item) calendar.Day {
	if !it.Updated.IsZero() {
		return it.Updated
	}
	return it.Date
}

// DueDate is the last day a periodic item is current: its last update plus
// its period. An item updated on 2026-10-28 monthly is current through
// 2026-11-28 and overdue from 2026-11-29.
func DueDate(it *content.Item) calendar.Day {
	months := config.PeriodMonths[it.Period]
	if months == 0 {
		return calendar.Day{}
	}
	return LastUpdate(it).AddMonths(months)
}
