package schedule

import (
	"fmt"
	"time"
)

// cronTime is when cron runs the nightly publish: 00:05 in the site's
// timezone, written in the computer's, which is what cron reads.
type cronTime struct {
	Spec  string // "5 0 * * *"
	TZ    string // a CRON_TZ line's value, when the hours cannot be converted once for all
	Note  string // a comment that explains the hour
	Local bool   // the computer keeps the site's time
}

// cronAt converts 00:05 in site to the computer's zone. When either zone
// changes its offset in the year (summer time), no one hour is right all
// year: the line keeps 00:05 and asks for CRON_TZ, which cronie reads.
func cronAt(site, machine *time.Location, year int) cronTime {
	if site.String() == machine.String() {
		return cronTime{Spec: "5 0 * * *", Local: true}
	}
	if !steady(site, year) || !steady(machine, year) {
		return cronTime{Spec: "5 0 * * *", TZ: site.String(),
			Note: fmt.Sprintf("00:05 in %s: CRON_TZ is read by cronie (Red Hat, Fedora, openEuler); Debian's cron ignores it, so there set the computer's time zone to %s", site, site)}
	}
	t := time.Date(year, time.January, 15, 0, 5, 0, 0, site).In(machine)
	return cronTime{Spec: fmt.Sprintf("%d %d * * *", t.Minute(), t.Hour()),
		Note: fmt.Sprintf("00:05 in %s is %02d:%02d in this computer's time zone (%s)", site, t.Hour(), t.Minute(), machine)}
}

// steady reports whether loc keeps one UTC offset all year.
func steady(loc *time.Location, year int) bool {
	_, winter := time.Date(year, time.January, 15, 12, 0, 0, 0, loc).Zone()
	_, summer := time.Date(year, time.July, 15, 12, 0, 0, 0, loc).Zone()
	return winter == summer
}
