package calendar

import (
	"testing"
	"time"
)

func TestWorkdaysAcrossHolidayAndMakeUpDay(t *testing.T) {
	// National Day 2026: Oct 1-7 off (weekdays Oct 1,2,5,6,7 are holidays),
	// Saturday Oct 10 is a make-up working day.
	hol := []Day{Date(2026, 10, 1), Date(2026, 10, 2), Date(2026, 10, 5), Date(2026, 10, 6), Date(2026, 10, 7)}
	cal := New(hol, []Day{Date(2026, 10, 10)})
	tests := []struct {
		a, b Day
		want int
	}{
		{Date(2026, 11, 23), Date(2026, 11, 27), 5}, // Mon..Fri
		{Date(2026, 11, 24), Date(2026, 11, 30), 5}, // Tue..Mon over a weekend
		{Date(2026, 9, 28), Date(2026, 10, 9), 5},   // Sep 28-30 + Oct 8, 9: the holiday week counts nothing
		{Date(2026, 10, 8), Date(2026, 10, 12), 4},  // Thu, Fri, make-up Sat, Mon
		{Date(2026, 11, 28), Date(2026, 11, 29), 0}, // a weekend
	}
	for _, tt := range tests {
		if got := cal.WorkdaysBetween(tt.a, tt.b); got != tt.want {
			t.Errorf("WorkdaysBetween(%s, %s) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
	if got := cal.AddWorkdays(Date(2026, 9, 30), 1); got != Date(2026, 10, 8) {
		t.Errorf("first working day after Sep 30 = %s, want 2026-10-08", got)
	}
}

func TestDayInSiteTimezoneNotUTC(t *testing.T) {
	sh, _ := time.LoadLocation("Asia/Shanghai")
	// 2026-11-27 00:30 in Shanghai is still Nov 26 in UTC.
	inst := time.Date(2026, 11, 27, 0, 30, 0, 0, sh)
	if got := Of(inst, sh); got != Date(2026, 11, 27) {
		t.Errorf("Of = %s, want 2026-11-27", got)
	}
	if got := Of(inst, time.UTC); got != Date(2026, 11, 26) {
		t.Errorf("Of(UTC) = %s, want 2026-11-26", got)
	}
}

func TestAddMonthsClampsToMonthEnd(t *testing.T) {
	if got := Date(2026, 1, 31).AddMonths(1); got != Date(2026, 2, 28) {
		t.Errorf("Jan 31 + 1 month = %s", got)
	}
	if got := Date(2025, 11, 28).AddMonths(12); got != Date(2026, 11, 28) {
		t.Errorf("+12 months = %s", got)
	}
}
