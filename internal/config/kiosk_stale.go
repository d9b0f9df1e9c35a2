package config

import (
	"strconv"
	"strings"
	"time"
)

// DefaultStale is how old a screen's data may be before its 数据更新于 line
// turns amber, when stale_after is not given: a nightly publish that
// failed twice, or a screen cut off from its server for two days.
const DefaultStale = 48 * time.Hour

// kioskStale reads a kiosk's stale_after ("2d", "36h") into Stale.
func (v *validator) kioskStale(p string, k *Kiosk) {
	k.Stale = DefaultStale
	if k.StaleAfter == "" {
		return
	}
	d, ok := parseAge(k.StaleAfter)
	if !ok || d < time.Hour {
		v.errorf(p+".stale_after", `stale_after %q is not an age of at least an hour; write stale_after = "2d" for two days or "36h" for 36 hours`, k.StaleAfter)
		return
	}
	k.Stale = d
}

// parseAge reads a whole number of days ("2d", "2天") or hours ("36h",
// "36小时").
func parseAge(s string) (time.Duration, bool) {
	s = strings.TrimSpace(s)
	for _, u := range []struct {
		suffix string
		unit   time.Duration
	}{{"d", 24 * time.Hour}, {"天", 24 * time.Hour}, {"h", time.Hour}, {"小时", time.Hour}} {
		if n, ok := strings.CutSuffix(s, u.suffix); ok {
			i, err := strconv.Atoi(strings.TrimSpace(n))
			if err != nil || i < 0 || i > 3650*24 {
				return 0, false
			}
			return time.Duration(i) * u.unit, true
		}
	}
	return 0, false
}
