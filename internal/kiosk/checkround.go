package kiosk

import (
	"fmt"
	"time"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/model"
)

// CheckDay warns, as of the build's day, about a kiosk of the build that
// carries no item (its screen would show only its contact page) and a
// display whose round cannot hold the items it carries even at one slide
// each, with the contact slide: the round then runs longer than its
// round says, since no item is ever dropped. A kiosk that Check already
// finds empty whatever the day (items, every item read) is not reported
// again.
func CheckDay(site *model.Site, items []*content.Item) []diag.Diagnostic {
	cfg := site.Config
	var out []diag.Diagnostic
	for _, k := range site.Kiosks() {
		n := len(Select(site.View(k.Scope), k))
		switch {
		case n == 0 && checkEmpty(cfg, k, items) == nil:
			line := cfg.Meta.Line(fmt.Sprintf("kiosks[%d].categories", k.Index))
			if len(k.Categories) == 0 {
				line = cfg.Meta.Line(fmt.Sprintf("kiosks[%d]", k.Index))
			}
			out = append(out, diag.Diagnostic{File: config.File, Line: line, Severity: diag.Warning,
				Msg: fmt.Sprintf("kiosk %q carries no item on %s: none of the items it selects is in force that day, so the screen shows only its contact page; add categories or items that have items in force, or take the screen out of [[kiosks]] until it has some", k.Name, site.Now)})
		case roundSlides(k) > 0 && n+1 > roundSlides(k):
			out = append(out, roundTooShort(cfg, k, n, site.Now.String()))
		}
	}
	return out
}

// roundTooShort is the warning about a display whose round cannot hold
// its n items at one slide each and the contact slide.
func roundTooShort(cfg *config.Site, k *config.Kiosk, n int, day string) diag.Diagnostic {
	path := fmt.Sprintf("kiosks[%d].round", k.Index)
	if !cfg.Meta.Has(path) {
		path = fmt.Sprintf("kiosks[%d]", k.Index)
	}
	need := time.Duration((n+1)*k.SlideSeconds) * time.Second
	write := need.Round(time.Minute)
	if write < need {
		write += time.Minute
	}
	return diag.Diagnostic{File: config.File, Line: cfg.Meta.Line(path), Severity: diag.Warning,
		Msg: fmt.Sprintf("kiosk %q carries %d items on %s: at one slide each with the contact slide, %d slides of %d seconds take %s, longer than its round of %s; write round = %q, lower slide_seconds, or move some categories to another kiosk",
			k.Name, n, day, n+1, k.SlideSeconds, minutes(need), k.Round, minutes(write))}
}

// minutes writes a length of time as round is written: 5m, 4m30s.
func minutes(d time.Duration) string {
	s := d.String()
	for _, zero := range []string{"h0m0s", "m0s"} {
		if len(s) > len(zero) && s[len(s)-len(zero):] == zero {
			return s[:len(s)-len(zero)+1]
		}
	}
	return s
}
