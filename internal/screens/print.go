package screens

import (
	"fmt"
	"io"
	"time"
)

// Print writes the report, a line a screen, then a line of totals: English
// messages that the catalogue translates (one Write each). code is the
// page code's version of the site's layouts; times are shown in loc.
func Print(w io.Writer, screens []Screen, strangers []Stranger, code, log string, now time.Time, loc *time.Location) {
	var ok, stale, silent int
	for _, s := range screens {
		when := s.Last.In(loc).Format(time.DateTime)
		switch s.State {
		case OK:
			ok++
			fmt.Fprintf(w, "kiosk %s, screen %s: ok, last poll %s (%s ago), page code %s\n", s.Kiosk.Name, s.Client, when, ago(now.Sub(s.Last)), codeText(s.Code, code))
		case Stale:
			stale++
			fmt.Fprintf(w, "kiosk %s, screen %s: stale, last poll %s (%s ago, more than %d polls of %d s), page code %s\n", s.Kiosk.Name, s.Client, when, ago(now.Sub(s.Last)), StalePolls, s.Kiosk.Poll, codeText(s.Code, code))
		case Silent:
			silent++
			fmt.Fprintf(w, "kiosk %s: silent, no screen polled it in %s\n", s.Kiosk.Name, log)
		}
	}
	for _, s := range strangers {
		fmt.Fprintf(w, "kiosk %s: not in site.toml, yet polled by screens (%d of them, the last at %s); point them at a kiosk of site.toml\n", s.Kiosk, s.Screens, s.Last.In(loc).Format(time.DateTime))
	}
	fmt.Fprintf(w, "as of %s: screens ok %d, stale %d; kiosks silent %d\n", now.In(loc).Format(time.DateTime), ok, stale, silent)
}

// codeText says whether a screen runs the page code of these layouts.
func codeText(seen, current string) string {
	switch seen {
	case current:
		return fmt.Sprintf("%s (current)", seen)
	case "":
		return "unknown (a page older than gongkai screens: restart the screen's browser once)"
	}
	return fmt.Sprintf("%s (old: the screen loads the new one at the start of its next round)", seen)
}

// ago is a duration as people say it: 40 s, 12 min, 3 h 5 min, 2 d 4 h.
func ago(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%d s", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%d min", int(d.Minutes()))
	case d < 24*time.Hour:
		return fmt.Sprintf("%d h %d min", int(d.Hours()), int(d.Minutes())%60)
	}
	return fmt.Sprintf("%d d %d h", int(d.Hours())/24, int(d.Hours())%24)
}
