package config

import (
	"strings"
	"testing"
	"time"
)

// TestKioskStaleAfter: stale_after takes days or hours, defaults to two
// days, and anything else is an error on its line saying what to write.
func TestKioskStaleAfter(t *testing.T) {
	kiosk := func(name, stale string) string {
		s := "\n[[kiosks]]\nname = \"" + name + "\"\nkind = \"display\"\nwidth = 1920\nheight = 1080\ncategories = [\"cadre\"]\n"
		if stale != "" {
			s += "stale_after = \"" + stale + "\"\n"
		}
		return s
	}
	src := "title = \"县\"\ncounty = \"某县\"\nbase_url = \"https://x.example/\"\n[feedback]\nphone = \"1\"\n[[categories]]\nkey = \"cadre\"\nlabel = \"干部\"\n" +
		kiosk("a", "") + kiosk("b", "3d") + kiosk("c", "36h") + kiosk("d", "2天") + kiosk("e", "30m")
	s, diags := Parse([]byte(src))
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	want := `site.toml:47: stale_after "30m" is not an age of at least an hour; write stale_after = "2d" for two days or "36h" for 36 hours`
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
	for i, w := range []time.Duration{48 * time.Hour, 72 * time.Hour, 36 * time.Hour, 48 * time.Hour, 48 * time.Hour} {
		if s.Kiosks[i].Stale != w {
			t.Errorf("kiosk %s: stale after %s, want %s", s.Kiosks[i].Name, s.Kiosks[i].Stale, w)
		}
	}
}
