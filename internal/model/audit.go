package model

import (
	"slices"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
)

// Audit returns every item of the content that is published by now in any
// scope (drafts and future items excepted), with its status on now. It is
// for checks and reports, which must see internal items too; renderers must
// never use it.
func Audit(cfg *config.Site, items []*content.Item, now calendar.Day) []*Item {
	s := &Site{Config: cfg, Now: now}
	var discard diag.List
	replaced := s.replacements(items, indexAll(items), &discard)
	var out []*Item
	for _, ci := range items {
		if ci.Draft || ci.Date.After(now) {
			continue
		}
		out = append(out, &Item{Item: ci, Status: statusOf(ci, now, replaced[ci.ID].on)})
	}
	slices.SortFunc(out, newestFirst)
	return out
}

// NewCalendar returns the site's working-day calendar.
func NewCalendar(cfg *config.Site) *calendar.Calendar {
	return calendar.New(days(cfg, cfg.Holidays), days(cfg, cfg.Workdays))
}
