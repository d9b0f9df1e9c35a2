package config

import "testing"

const kioskHead = `title = "县"
county = "中共某县委 某县人民政府"
base_url = "https://x.example/"
[feedback]
phone = "1"
[[categories]]
key = "cadre"
label = "干部"
`

// TestKioskRound: a display's round is 5 minutes unless set, is read in
// seconds, and a round that is no length of time, or out of bounds, is an
// error on its line; max_slides below 1 is one too.
func TestKioskRound(t *testing.T) {
	s, got := diagStrings(t, kioskHead+`
[[kiosks]]
name = "a"
kind = "display"
width = 1920
height = 1080
categories = ["cadre"]

[[kiosks]]
name = "b"
kind = "display"
width = 1920
height = 1080
round = "4m30s"
max_slides = 3
categories = ["cadre"]
`)
	wantDiags(t, got, nil)
	if s.Kiosks[0].Round != "5m" || s.Kiosks[0].RoundSeconds != 300 || s.Kiosks[0].MaxSlides != 0 {
		t.Errorf("default round %q = %d s, max_slides %d; want 5m = 300 s, 0", s.Kiosks[0].Round, s.Kiosks[0].RoundSeconds, s.Kiosks[0].MaxSlides)
	}
	if s.Kiosks[1].RoundSeconds != 270 || s.Kiosks[1].MaxSlides != 3 {
		t.Errorf("round 4m30s = %d s, max_slides %d; want 270 s, 3", s.Kiosks[1].RoundSeconds, s.Kiosks[1].MaxSlides)
	}
	_, got = diagStrings(t, kioskHead+`
[[kiosks]]
name = "a"
kind = "display"
width = 1920
height = 1080
round = "五分钟"
categories = ["cadre"]

[[kiosks]]
name = "b"
kind = "display"
width = 1920
height = 1080
round = "2h"
max_slides = -1
categories = ["cadre"]

[[kiosks]]
name = "c"
kind = "display"
width = 1920
height = 1080
slide_seconds = 40
round = "1m"
categories = ["cadre"]
`)
	wantDiags(t, got, []string{
		`site.toml:15: round "五分钟" is not a length of time; write round = "5m" (minutes) or round = "300s" (seconds)`,
		`site.toml:23: round "2h" is how long the screen takes to show every item once, from 1 minute to 1 hour; write round = "5m"`,
		`site.toml:24: max_slides is the most slides one item takes in a round, at least 1; write max_slides = 4, or leave it out to share the round among the items`,
		`site.toml:33: round "1m" is shorter than two slides of 40 seconds; write round = "5m", or lower slide_seconds`,
	})
}

// TestKioskKeysOfTheOtherKind: keys that do nothing for a kiosk's kind
// are warnings on their lines, each naming its key.
func TestKioskKeysOfTheOtherKind(t *testing.T) {
	s, got := diagStrings(t, kioskHead+`
[[kiosks]]
name = "hall"
kind = "触摸屏"
width = 1080
height = 1920
slide_seconds = 15
round = "5m"
max_slides = 3
categories = ["cadre"]

[[kiosks]]
name = "lobby"
kind = "display"
width = 1920
height = 1080
idle = 90
categories = ["cadre"]
`)
	const touch = ` does nothing on a touch kiosk, whose readers turn the pages themselves; remove it, or write kind = "display" for a screen that turns its slides by itself`
	wantDiags(t, got, []string{
		"site.toml:15: warning: slide_seconds" + touch,
		"site.toml:16: warning: round" + touch,
		"site.toml:17: warning: max_slides" + touch,
		`site.toml:25: warning: idle does nothing on a display kiosk, which has no start screen to go back to; remove it, or write kind = "touch" for a touch screen`,
	})
	if s.Kiosks[0].RoundSeconds != 0 {
		t.Errorf("a touch kiosk has a round of %d s", s.Kiosks[0].RoundSeconds)
	}
}

// TestKioskTitleTwice: with no county in site.toml, a kiosk without a
// title of its own would show the site's title twice; a warning on the
// kiosk's line says what to write. A kiosk with its own title is fine.
func TestKioskTitleTwice(t *testing.T) {
	_, got := diagStrings(t, siteHead+`
[[kiosks]]
name = "lobby"
kind = "display"
width = 1920
height = 1080
categories = ["cadre"]

[[kiosks]]
name = "hall"
title = "县党务政务公开查询"
kind = "touch"
width = 1080
height = 1920
categories = ["cadre"]
`)
	wantDiags(t, got, []string{
		`site.toml:9: warning: kiosk "lobby" would show "县" twice at its top, as the county and as its title, since site.toml sets no county; write county = "中共某某县委 某某县人民政府" at the top of site.toml, or give the kiosk its own title`,
	})
}
