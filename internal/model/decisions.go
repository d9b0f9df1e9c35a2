package model

import (
	"cmp"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
)

// Window is a span of days, both ends included.
type Window struct{ Start, End calendar.Day }

// Contains reports whether day d falls inside the window.
func (w Window) Contains(d calendar.Day) bool { return !d.Before(w.Start) && !d.After(w.End) }

// Days is the length of the window in calendar days.
func (w Window) Days() int { return w.Start.DaysUntil(w.End) + 1 }

// StageState is where a decision stage stands on --now.
type StageState string

const (
	StageDone    StageState = "done"    // over: a later stage has begun, or it ended
	StageCurrent StageState = "current" // begun and not over
	StagePending StageState = "pending" // not begun, or not recorded yet
)

// Label is the state in Chinese.
func (s StageState) Label() string {
	return map[StageState]string{StageDone: "已完成", StageCurrent: "进行中", StagePending: "未开始"}[s]
}

// TimelineStage is one of the five stages of a decision as its page shows it.
type TimelineStage struct {
	Key, Label string
	Stage      *content.Stage // nil when not begun on --now or not recorded (see asOf)
	State      StageState
}

// ConsultationWindow is when the public may comment on the item (see
// content.Item.ConsultationWindow).
func (it *Item) ConsultationWindow(cfg *config.Site) (Window, bool) {
	start, end, _, ok := it.Item.ConsultationWindow(cfg)
	return Window{start, end}, ok
}

// linkDecisions builds each decision's timeline and the list of items open
// for comment on --now, ending soonest first.
func (s *Site) linkDecisions() {
	for _, it := range s.Items {
		if it.Decision != nil {
			it.Timeline = timeline(it.Decision, s.Now)
		}
		if w, ok := s.openForComment(it); ok {
			it.Comment = &w
			s.Consultations = append(s.Consultations, it)
		}
	}
	slices.SortStableFunc(s.Consultations, func(a, b *Item) int {
		return cmp.Or(a.Comment.End.Compare(b.Comment.End), strings.Compare(a.ID, b.ID))
	})
}

// openForComment returns the consultation window of it when it is open
// for comment on --now: in its window, neither superseded nor withdrawn,
// and not unlisted.
func (s *Site) openForComment(it *Item) (Window, bool) {
	w, ok := it.ConsultationWindow(s.Config)
	open := ok && OpenForComment(w, it.Status, s.Now) && !it.Unlisted
	return w, open
}

// timeline is the five stages of d, a decision as published on now (asOf):
// every stage it holds has begun.
func timeline(d *content.Decision, now calendar.Day) []TimelineStage {
	var out []TimelineStage
	for i, e := range config.Stages.Entries {
		ts := TimelineStage{Key: e.Key, Label: e.Label, Stage: d.Stage(e.Key), State: StagePending}
		if st := ts.Stage; st != nil {
			ts.State = stageState(st, laterStarted(d, config.Stages.Entries[i+1:]), now)
		}
		out = append(out, ts)
	}
	return out
}

func stageState(st *content.Stage, laterBegun bool, now calendar.Day) StageState {
	if laterBegun || (!st.End.IsZero() && st.End.Before(now)) {
		return StageDone
	}
	return StageCurrent
}

func laterStarted(d *content.Decision, later []config.Entry) bool {
	for _, e := range later {
		if d.Stage(e.Key) != nil {
			return true
		}
	}
	return false
}
