package kiosk_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/build"
)

// dayWarnings loads the example with site.toml's kiosks replaced by
// kiosks, as of now, and returns check's warnings about kiosks.
func dayWarnings(t *testing.T, kiosks, now string) []string {
	t.Helper()
	toml := readSiteToml(t)
	toml = toml[:strings.Index(toml, "[[kiosks]]")] + kiosks + "\n" + toml[strings.Index(toml, "# ── 公开目录"):]
	_, diags := build.Load(&build.Options{SiteDir: exampleSite, FS: example(map[string]string{"site.toml": toml}), Now: day(t, now)})
	var out []string
	for _, d := range diags {
		if strings.Contains(d.Msg, "kiosk") {
			out = append(out, strings.TrimSpace(d.String()[strings.Index(d.String(), ":")+1:]))
		}
	}
	return out
}

// TestRoundTooShortForItsItems: a display whose round cannot hold its
// items at one slide each (10 items and the contact slide, 60 s each, in
// 5 minutes) is a warning on its round line, saying what to write; the
// same screen with a round that holds them is not.
func TestRoundTooShortForItsItems(t *testing.T) {
	const k = `[[kiosks]]
name          = "lobby"
title         = "青山县权力公开透明运行"
kind          = "display"
width         = 1920
height        = 1080
slide_seconds = 60
round         = "%s"
categories    = ["cadre", "appointments", "decisions", "goals", "projects"]
`
	got := dayWarnings(t, strings.Replace(k, "%s", "5m", 1), "2026-11-27")
	want := `kiosk "lobby" carries 10 items on 2026-11-27: at one slide each with the contact slide, 11 slides of 60 seconds take 11m, longer than its round of 5m; write round = "11m", lower slide_seconds, or move some categories to another kiosk`
	toml := readSiteToml(t)
	line := strconv.Itoa(strings.Count(toml[:strings.Index(toml, "[[kiosks]]")], "\n") + 8) // round's line in k
	if len(got) != 1 || !strings.HasSuffix(got[0], want) || !strings.HasPrefix(got[0], line+":") {
		t.Errorf("warnings:\n%s\nwant on line %s:\n%s", strings.Join(got, "\n"), line, want)
	}
	if got := dayWarnings(t, strings.Replace(k, "%s", "11m", 1), "2026-11-27"); len(got) > 0 {
		t.Errorf("a round that holds the items: %q", got)
	}
}

// TestKioskEmptyOnTheDay: a screen of notices on a day none is in force
// is a warning on its terms' line: it would show only its contact page.
func TestKioskEmptyOnTheDay(t *testing.T) {
	const k = `[[kiosks]]
name          = "notices"
title         = "公示栏"
kind          = "display"
width         = 1920
height        = 1080
categories    = ["cadre", "appointments"]
terms         = ["immediate"]
`
	got := dayWarnings(t, k, "2026-12-20")
	want := `kiosk "notices" carries no item on 2026-12-20: none of the items it selects is in force that day, so the screen shows only its contact page; add categories or items that have items in force, or take the screen out of [[kiosks]] until it has some`
	if len(got) != 1 || !strings.HasSuffix(got[0], want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}
