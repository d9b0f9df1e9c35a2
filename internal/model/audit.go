package model

import (
	"slices"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
)

// Audit returns every item of the content that a build of scope publishes
// on now (drafts and future items excepted), each as published then: public
// items only, or public and internal ones. Each item has its status as the
// edition of its own scope shows it, so an internal item replacing a public
// one leaves the public item current, as the public site shows it. Each
// edition is the one Build makes (edition), without bodies and charts. It
// is for checks and reports; renderers must never use it.
func Audit(cfg *config.Site, items []*content.Item, now calendar.Day, scope config.Scope) []*Item {
	out := edition(cfg, items, Options{Now: now, Scope: config.Public}).Items
	if scope == config.Internal {
		for _, it := range edition(cfg, items, Options{Now: now, Scope: config.Internal}).Items {
			if it.Internal() {
				out = append(out, it)
			}
		}
	}
	slices.SortFunc(out, newestFirst)
	return out
}

// Audit is Audit of every item the site was built from (published or
// not), so that check and report weigh the items the build read, without
// reading them again.
func (s *Site) Audit(now calendar.Day, scope config.Scope) []*Item {
	return Audit(s.Config, s.src, now, scope)
}

// NewCalendar returns the site's working-day calendar.
func NewCalendar(cfg *config.Site) *calendar.Calendar {
	return calendar.New(days(cfg, cfg.Holidays), days(cfg, cfg.Workdays))
}
