package model

import (
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/content"
)

// asOf returns the item as it is published on now: without what is dated
// after now, exactly as if those parts were not written yet. A decision's
// stage that has not begun is left out (its page shows the stage as 未开始,
// with nothing of its dates, meeting, vote or outcome), and so is an
// evaluation not yet made and an update not yet made.
//
// What a published part announces stays: a begun consultation's last day
// and its hearing, a notice's until, a rule's withdrawal date. Those are
// the schedule readers need, not events reported before they happen.
//
// The item is copied only when it has parts to leave out: builds share
// content items (serve), so they are never changed.
func asOf(it *content.Item, now calendar.Day) *content.Item {
	d := decisionAsOf(it.Decision, now)
	if d == it.Decision && !it.Updated.After(now) {
		return it
	}
	c := *it
	c.Decision = d
	if c.Updated.After(now) {
		c.Updated = calendar.Day{}
	}
	return &c
}

// decisionAsOf is the decision without its stages not begun on now and
// its evaluations made after now; d itself when it has none.
func decisionAsOf(d *content.Decision, now calendar.Day) *content.Decision {
	if d == nil || !hasFuture(d, now) {
		return d
	}
	out := &content.Decision{}
	for _, st := range d.Stages {
		if st.Start.After(now) {
			continue
		}
		c := *st
		c.Evaluations = nil
		for _, e := range st.Evaluations {
			if !e.Date.After(now) {
				c.Evaluations = append(c.Evaluations, e)
			}
		}
		out.Stages = append(out.Stages, &c)
	}
	if len(out.Stages) == 0 {
		// As an item with no [[stages]] written: a notice of a
		// consultation category is then open for comment over its
		// window (content.Item.ConsultationWindow), which check warns of.
		return nil
	}
	return out
}

func hasFuture(d *content.Decision, now calendar.Day) bool {
	for _, st := range d.Stages {
		if st.Start.After(now) {
			return true
		}
		for _, e := range st.Evaluations {
			if e.Date.After(now) {
				return true
			}
		}
	}
	return false
}
