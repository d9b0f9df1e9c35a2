package tomlx

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Date is a TOML date or date-time as the user wrote it. A value without an
// offset is Local: the caller places it in the site's timezone, never UTC.
type Date struct {
	Y, M, D        int
	Hour, Min, Sec int
	HasTime        bool
	Local          bool      // no offset given
	Instant        time.Time // set when an offset was given
}

// IsZero reports whether no date was given.
func (d Date) IsZero() bool { return d.Y == 0 }

// In returns the moment the date names, reading a local date in loc.
func (d Date) In(loc *time.Location) time.Time {
	if !d.Local {
		return d.Instant.In(loc)
	}
	return time.Date(d.Y, time.Month(d.M), d.D, d.Hour, d.Min, d.Sec, 0, loc)
}

var zhDate = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$`)

// UnmarshalTOMLValue accepts a TOML date or date-time, or a string written
// as 2026-11-20, 2026/11/20 or 2026年11月20日 (editors often quote dates).
func (d *Date) UnmarshalTOMLValue(v any) error {
	switch v := v.(type) {
	case time.Time:
		name := v.Location().String()
		if name == "time-local" {
			return fmt.Errorf("a time of day alone is not a date")
		}
		*d = Date{Y: v.Year(), M: int(v.Month()), D: v.Day(), Hour: v.Hour(), Min: v.Minute(), Sec: v.Second(),
			HasTime: name != "date-local", Local: name == "date-local" || name == "datetime-local"}
		if !d.Local {
			d.Instant = v
		}
		return nil
	case string:
		m := zhDate.FindStringSubmatch(v)
		if m == nil {
			return fmt.Errorf("%q is not a date", v)
		}
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		dd, _ := strconv.Atoi(m[3])
		t := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
		if t.Month() != time.Month(mo) || t.Day() != dd {
			return fmt.Errorf("%q is not a date on the calendar", v)
		}
		*d = Date{Y: y, M: mo, D: dd, Local: true}
		return nil
	}
	return fmt.Errorf("%s is not a date", describe(v))
}

// Hint is what to write instead.
func (Date) Hint() string { return "2026-11-20" }
