// Package calendar holds civil dates and the working-day arithmetic that
// publicity windows are measured in: Monday to Friday, minus the site's
// holidays, plus its make-up working days (调休上班).
package calendar

import (
	"fmt"
	"time"
)

// Day is a date on the calendar, without a time or a zone. Lifecycle rules
// are stated in days ("from date through until, both days included"), so they
// are computed on Days in the site's timezone, never on UTC instants.
type Day struct {
	Y int
	M time.Month
	D int
}

// Of returns the day t falls on in loc.
func Of(t time.Time, loc *time.Location) Day {
	t = t.In(loc)
	return Day{t.Year(), t.Month(), t.Day()}
}

// Date builds a Day, normalising overflow (Jan 32 is Feb 1).
func Date(y int, m time.Month, d int) Day {
	return dayOf(time.Date(y, m, d, 12, 0, 0, 0, time.UTC))
}

// Parse reads "2026-11-27".
func Parse(s string) (Day, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Day{}, fmt.Errorf("%q is not a date; write 2026-11-27", s)
	}
	return dayOf(t), nil
}

func dayOf(t time.Time) Day { return Day{t.Year(), t.Month(), t.Day()} }

func (d Day) t() time.Time { return time.Date(d.Y, d.M, d.D, 12, 0, 0, 0, time.UTC) }

// IsZero reports whether d is unset.
func (d Day) IsZero() bool { return d.Y == 0 }

// AddDays returns d plus n days.
func (d Day) AddDays(n int) Day { return dayOf(d.t().AddDate(0, 0, n)) }

// AddMonths returns d plus n months; the 31st of a shorter month becomes its last day.
func (d Day) AddMonths(n int) Day {
	first := time.Date(d.Y, d.M+time.Month(n), 1, 12, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return Day{first.Year(), first.Month(), min(d.D, last)}
}

// Before reports whether d is earlier than e.
func (d Day) Before(e Day) bool { return d.Compare(e) < 0 }

// After reports whether d is later than e.
func (d Day) After(e Day) bool { return d.Compare(e) > 0 }

// Compare returns -1, 0 or +1.
func (d Day) Compare(e Day) int {
	switch {
	case d.Y != e.Y:
		return sign(d.Y - e.Y)
	case d.M != e.M:
		return sign(int(d.M) - int(e.M))
	}
	return sign(d.D - e.D)
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// DaysUntil returns the number of calendar days from d to e (negative if e is earlier).
func (d Day) DaysUntil(e Day) int {
	return int(e.t().Sub(d.t()).Hours() / 24)
}

// Weekday returns the day of the week.
func (d Day) Weekday() time.Weekday { return d.t().Weekday() }

// Start returns the first instant of d in loc.
func (d Day) Start(loc *time.Location) time.Time {
	return time.Date(d.Y, d.M, d.D, 0, 0, 0, 0, loc)
}

// String formats as 2026-11-27.
func (d Day) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Y, int(d.M), d.D)
}

// Chinese formats as 2026年11月27日.
func (d Day) Chinese() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d年%d月%d日", d.Y, int(d.M), d.D)
}

// ChineseShort formats as 11月27日.
func (d Day) ChineseShort() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d月%d日", int(d.M), d.D)
}
