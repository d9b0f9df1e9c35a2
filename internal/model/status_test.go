package model

import (
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/content"
)

func day(s string) calendar.Day {
	d, err := calendar.Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestImmediateWindowBoundaries(t *testing.T) {
	it := &content.Item{Term: "immediate", Date: day("2026-11-23"), Until: day("2026-11-27")}
	for now, want := range map[string]Status{
		"2026-11-22": Upcoming, // the day before it opens
		"2026-11-23": InForce,  // first day, included
		"2026-11-27": InForce,  // last day, included
		"2026-11-28": Ended,    // the next day
	} {
		if got := statusOf(it, day(now), calendar.Day{}); got != want {
			t.Errorf("on %s: %s, want %s", now, got, want)
		}
	}
}

func TestPeriodicOverdueAfterItsPeriod(t *testing.T) {
	monthly := &content.Item{Term: "periodic", Period: "monthly", Date: day("2026-09-01"), Updated: day("2026-10-28")}
	for now, want := range map[string]Status{
		"2026-11-27": Current,
		"2026-11-28": Current, // last update + one month: still due today
		"2026-11-29": Overdue,
	} {
		if got := statusOf(monthly, day(now), calendar.Day{}); got != want {
			t.Errorf("monthly on %s: %s, want %s", now, got, want)
		}
	}
	yearly := &content.Item{Term: "periodic", Period: "yearly", Date: day("2025-11-28")}
	if got := statusOf(yearly, day("2026-11-27"), calendar.Day{}); got != Current {
		t.Errorf("yearly from 2025-11-28 on 2026-11-27: %s", got)
	}
	if got := statusOf(yearly, day("2026-11-27"), day("2026-02-10")); got != Superseded {
		t.Errorf("replaced item: %s, want superseded", got)
	}
}

func TestLongTermUntilWithdrawn(t *testing.T) {
	it := &content.Item{Term: "long-term", Date: day("2019-03-01"), Withdrawn: day("2026-06-30")}
	if got := statusOf(it, day("2026-06-29"), calendar.Day{}); got != InForce {
		t.Errorf("before withdrawal: %s", got)
	}
	if got := statusOf(it, day("2026-06-30"), calendar.Day{}); got != Withdrawn {
		t.Errorf("on the withdrawal day: %s", got)
	}
	if Withdrawn.Active() || Ended.Active() || Superseded.Active() || !Overdue.Active() || !InForce.Active() {
		t.Error("Active() is wrong: boards would carry the wrong items")
	}
}
