package screens

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gongkai/gongkai/internal/config"
)

var kiosks = []config.Kiosk{{Name: "lobby", Poll: 60}, {Name: "entrance", Poll: 60}, {Name: "hall", Poll: 120}}

// want is the report on every sample log: the lobby's two screens (one
// current and ok, one on old code and stale since 9:39), the entrance
// silent, the hall's screen ok on a page older than ?v=, and a screen
// polling a kiosk site.toml does not have. Polls after --now (10:31) are
// left out.
const want = `kiosk lobby, screen 192.168.10.21: ok, last poll 2026-11-27 10:29:00 (1 min ago), page code c0de00000001 (current)
kiosk lobby, screen 192.168.10.22: stale, last poll 2026-11-27 09:39:10 (50 min ago, more than 3 polls of 60 s), page code 0ld000000000 (old: the screen loads the new one at the start of its next round)
kiosk entrance: silent, no screen polled it in LOG
kiosk hall, screen 192.168.10.30: ok, last poll 2026-11-27 10:28:30 (1 min ago), page code unknown (a page older than gongkai screens: restart the screen's browser once)
kiosk foyer: not in site.toml, yet polled by screens (1 of them, the last at 2026-11-27 10:29:40); point them at a kiosk of site.toml
as of 2026-11-27 10:30:00: screens ok 2, stale 1; kiosks silent 1
`

// TestReportOfEachLogFormat: nginx's combined, Apache's common and IIS's
// W3C extended logs of the same polls give the same report.
func TestReportOfEachLogFormat(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 11, 27, 10, 30, 0, 0, loc)
	for _, name := range []string{"nginx-combined.log", "apache-common.log", "iis-w3c.log"} {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			polls, err := Read(f, name)
			if err != nil {
				t.Fatal(err)
			}
			found, strangers := Report(kiosks, polls, now)
			var b strings.Builder
			Print(&b, found, strangers, "c0de00000001", "LOG", now, loc)
			if b.String() != want {
				t.Errorf("got\n%s\nwant\n%s", b.String(), want)
			}
		})
	}
}

// TestNotALog: a file with no access log line is refused with what to give.
func TestNotALog(t *testing.T) {
	_, err := Read(strings.NewReader("# 电子屏\n[[kiosks]]\nname = \"lobby\"\n"), "site.toml")
	if err == nil || !strings.Contains(err.Error(), "site.toml: no line is an access log line") {
		t.Errorf("got %v", err)
	}
	if polls, err := Read(strings.NewReader(""), "empty.log"); err != nil || len(polls) != 0 {
		t.Errorf("an empty log: %v, %v", polls, err)
	}
}

// TestScreenNames: two screens behind one address, named with ?screen=,
// are two screens; a poll's path may be escaped.
func TestScreenNames(t *testing.T) {
	log := `10.0.0.1 - - [27/Nov/2026:10:29:00 +0800] "GET /kiosk/lobby/manifest.json?screen=lobby-east&v=a HTTP/1.1" 200 1
10.0.0.1 - - [27/Nov/2026:10:29:10 +0800] "GET /kiosk/lobby/manifest.json?screen=lobby-west&v=a HTTP/1.1" 200 1
10.0.0.1 - - [27/Nov/2026:10:29:20 +0800] "GET /kiosk/%6cobby/manifest.json?screen=lobby&v=a HTTP/1.1" 200 1
`
	polls, err := Read(strings.NewReader(log), "access.log")
	if err != nil {
		t.Fatal(err)
	}
	found, _ := Report(kiosks[:1], polls, time.Date(2026, 11, 27, 2, 30, 0, 0, time.UTC))
	var got []string
	for _, s := range found {
		got = append(got, s.Client)
	}
	if strings.Join(got, "|") != "10.0.0.1|10.0.0.1 lobby-east|10.0.0.1 lobby-west" {
		t.Errorf("screens %q", got)
	}
}
