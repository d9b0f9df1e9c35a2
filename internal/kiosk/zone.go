package kiosk

import (
	"time"

	"github.com/gongkai/gongkai/internal/calendar"
)

// zone lists the site's offset from UTC, in minutes, from each instant on
// (Unix milliseconds; the first entry holds from the start), for three
// years from the start of --now's year. The kiosk PC may keep another
// timezone; the page turns the day at the site's midnight with this.
// Asia/Shanghai has one entry. It depends on --now's year only, so a
// rebuild on another day of the year gives the same page.
func zone(loc *time.Location, now calendar.Day) [][2]int64 {
	start := time.Date(now.Y, time.January, 1, 0, 0, 0, 0, loc)
	end := start.AddDate(3, 0, 0)
	_, off := start.Zone()
	out := [][2]int64{{0, int64(off / 60)}}
	for t := start; ; {
		_, next := t.ZoneBounds()
		if next.IsZero() || !next.Before(end) {
			return out
		}
		_, off := next.Zone()
		out = append(out, [2]int64{next.UnixMilli(), int64(off / 60)})
		t = next
	}
}
