package calendar

import "time"

// Calendar knows which days are working days.
type Calendar struct {
	holidays map[Day]bool
	workdays map[Day]bool
}

// New returns a calendar with the given weekday holidays and weekend make-up days.
func New(holidays, workdays []Day) *Calendar {
	c := &Calendar{holidays: map[Day]bool{}, workdays: map[Day]bool{}}
	for _, d := range holidays {
		c.holidays[d] = true
	}
	for _, d := range workdays {
		c.workdays[d] = true
	}
	return c
}

// IsWorkday reports whether d is a working day.
func (c *Calendar) IsWorkday(d Day) bool {
	if c.workdays[d] {
		return true
	}
	if c.holidays[d] {
		return false
	}
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// WorkdaysBetween counts the working days from a through b, both included.
func (c *Calendar) WorkdaysBetween(a, b Day) int {
	n := 0
	for d := a; !d.After(b); d = d.AddDays(1) {
		if c.IsWorkday(d) {
			n++
		}
	}
	return n
}

// AddWorkdays returns the day n working days after d (d itself not counted).
func (c *Calendar) AddWorkdays(d Day, n int) Day {
	for n > 0 {
		d = d.AddDays(1)
		if c.IsWorkday(d) {
			n--
		}
	}
	return d
}
