package calendar

import "time"

// Offsets lists the offset of loc from UTC, in minutes, from each instant on
// (Unix milliseconds; the first entry holds from the start), for three
// years from the start of now's year. Pages read the site's calendar from
// it in the browser, whatever timezone the reader's computer keeps: a
// kiosk turns the day, and a web page brings its statuses up to date, at
// the site's midnight. Asia/Shanghai has one entry. It depends on now's
// year only, so a rebuild on another day of the year gives the same table.
func Offsets(loc *time.Location, now Day) [][2]int64 {
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
