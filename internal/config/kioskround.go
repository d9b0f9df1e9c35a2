package config

import (
	"time"
)

// DefaultRound is a display kiosk's round when site.toml sets none: a
// passer-by in a hall watches a few minutes, not a quarter of an hour.
const DefaultRound = "5m"

// Bounds of a display's round.
const (
	minRound = time.Minute
	maxRound = time.Hour
)

// kioskRound reads a display kiosk's round ("5m", "4m30s", "300s") and
// max_slides. A touch kiosk has no round (kioskKindKeys warns when one is
// set).
func (v *validator) kioskRound(p string, k *Kiosk) {
	if k.Kind == "display" {
		v.roundLength(p, k)
	}
	if k.MaxSlides < 0 || (k.MaxSlides == 0 && v.meta.Has(p+".max_slides")) {
		v.errorf(p+".max_slides", "max_slides is the most slides one item takes in a round, at least 1; write max_slides = 4, or leave it out to share the round among the items")
	}
}

// roundLength reads the round of a display kiosk into RoundSeconds.
func (v *validator) roundLength(p string, k *Kiosk) {
	if k.Round == "" {
		k.Round = DefaultRound
	}
	d, err := time.ParseDuration(k.Round)
	switch {
	case err != nil:
		v.errorf(p+".round", `round %q is not a length of time; write round = "5m" (minutes) or round = "300s" (seconds)`, k.Round)
		return
	case d < minRound || d > maxRound:
		v.errorf(p+".round", `round %q is how long the screen takes to show every item once, from 1 minute to 1 hour; write round = "5m"`, k.Round)
		return
	case k.SlideSeconds >= 3 && d < time.Duration(2*k.SlideSeconds)*time.Second:
		v.errorf(p+".round", `round %q is shorter than two slides of %d seconds; write round = "5m", or lower slide_seconds`, k.Round, k.SlideSeconds)
		return
	}
	k.RoundSeconds = int(d / time.Second)
}
