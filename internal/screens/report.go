package screens

import (
	"cmp"
	"slices"
	"time"

	"github.com/gongkai/gongkai/internal/config"
)

// StalePolls is how many poll intervals a screen may miss before it is
// stale: one failed poll backs off to two intervals, and a late answer is
// not a dead screen.
const StalePolls = 3

// State is what the logs say of a screen.
type State int

const (
	OK     State = iota // polled within StalePolls intervals
	Stale               // polled before, not since
	Silent              // never in the logs: a kiosk of site.toml no screen polls
)

// Screen is one screen of a kiosk as the logs know it: a client address
// (and the name it gave with ?screen=, when not the kiosk's own), or, for
// a silent kiosk, none.
type Screen struct {
	Kiosk  *config.Kiosk
	Client string    // "192.168.10.21", or "192.168.10.21 lobby-2"
	Last   time.Time // its last poll
	Code   string    // the page code version its last poll named, "" for none
	State  State
}

// Stranger is a kiosk folder polled in the logs that site.toml does not
// declare: a screen left pointing at a kiosk renamed or removed.
type Stranger struct {
	Kiosk   string
	Screens int
	Last    time.Time
}

// Report is every kiosk's screens, in site.toml's order (the screens of
// one kiosk by address), and the strangers by name. Polls after now are
// left out: the report is as of now.
func Report(kiosks []config.Kiosk, polls []Poll, now time.Time) ([]Screen, []Stranger) {
	last := map[string]map[string]Poll{} // kiosk -> screen -> its last poll
	for _, p := range polls {
		if p.At.After(now) {
			continue
		}
		key := p.Client
		if p.Screen != "" && p.Screen != p.Kiosk {
			key += " " + p.Screen
		}
		if last[p.Kiosk] == nil {
			last[p.Kiosk] = map[string]Poll{}
		}
		if q, ok := last[p.Kiosk][key]; !ok || !p.At.Before(q.At) {
			last[p.Kiosk][key] = p
		}
	}
	var out []Screen
	for i := range kiosks {
		k := &kiosks[i]
		out = append(out, screensOf(k, last[k.Name], now)...)
		delete(last, k.Name)
	}
	return out, strangers(last)
}

func screensOf(k *config.Kiosk, seen map[string]Poll, now time.Time) []Screen {
	if len(seen) == 0 {
		return []Screen{{Kiosk: k, State: Silent}}
	}
	var out []Screen
	for key, p := range seen {
		s := Screen{Kiosk: k, Client: key, Last: p.At, Code: p.Code, State: OK}
		if now.Sub(p.At) > StalePolls*time.Duration(k.Poll)*time.Second {
			s.State = Stale
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b Screen) int { return cmp.Compare(a.Client, b.Client) })
	return out
}

func strangers(last map[string]map[string]Poll) []Stranger {
	var out []Stranger
	for name, seen := range last {
		s := Stranger{Kiosk: name, Screens: len(seen)}
		for _, p := range seen {
			if p.At.After(s.Last) {
				s.Last = p.At
			}
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b Stranger) int { return cmp.Compare(a.Kiosk, b.Kiosk) })
	return out
}
