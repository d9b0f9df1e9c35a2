package kiosk

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/model"
)

// Select returns the items kiosk k shows: in force on --now, published
// through the kiosk channel, never internal on a public kiosk (s is the
// kiosk's model.Site.View), and either listed by id in items or of one of
// its categories (all when it lists none) and one of its terms (all when it
// lists none). Immediate items come first, ending soonest first, since
// their windows are short; then the others in the order of k's categories,
// newest first.
func Select(s *model.Site, k *config.Kiosk) []*model.Item {
	return pick(s, k, k.Categories, k.Terms, k.Items)
}

// pick is Select for a selection of categories, terms and items: the
// kiosk's own, or a schedule entry's (schedule.go).
func pick(s *model.Site, k *config.Kiosk, cats, terms, ids []string) []*model.Item {
	out := s.InForce(func(it *model.Item) bool {
		if !onKiosk(it, k) {
			return false
		}
		if slices.Contains(ids, it.ID) {
			return true
		}
		if len(cats) == 0 && len(terms) == 0 {
			return false
		}
		return (len(cats) == 0 || slices.Contains(cats, it.Category)) &&
			(len(terms) == 0 || slices.Contains(terms, it.Term))
	})
	rank := func(it *model.Item) int {
		if i := slices.Index(cats, it.Category); i >= 0 {
			return i
		}
		return len(cats)
	}
	slices.SortStableFunc(out, func(a, b *model.Item) int {
		ai, bi := a.Term == string(config.Immediate), b.Term == string(config.Immediate)
		switch {
		case ai && !bi:
			return -1
		case bi && !ai:
			return 1
		case ai && bi:
			return cmp.Or(a.Until.Compare(b.Until), strings.Compare(a.ID, b.ID))
		}
		return cmp.Or(cmp.Compare(rank(a), rank(b)), b.Date.Compare(a.Date), strings.Compare(a.ID, b.ID))
	})
	return out
}

// onKiosk reports whether kiosk k may show the item: published on kiosks,
// and never internal on a public kiosk.
func onKiosk(it *model.Item, k *config.Kiosk) bool {
	return it.HasChannel(string(config.ChannelKiosk)) && (!it.Internal() || k.Scope == string(config.Internal))
}

// LastDay is the last day the item is in force, or the zero day when its
// end is not known in advance: the end of an immediate item's window, or
// the day before it is withdrawn. A kiosk left running hides the item the
// day after.
func LastDay(it *model.Item) calendar.Day {
	var last calendar.Day
	if it.Term == string(config.Immediate) {
		last = it.Until
	}
	if !it.Withdrawn.IsZero() {
		if w := it.Withdrawn.AddDays(-1); last.IsZero() || w.Before(last) {
			last = w
		}
	}
	return last
}

// Check warns about items listed on a kiosk that it never shows: an
// internal item on a public kiosk, or an item whose channel leaves kiosks
// out; and about a kiosk whose categories and terms select no item
// (checkEmpty). The editor should know. (Ids that name no item are
// reported by the model with the other references in site.toml.)
func Check(cfg *config.Site, items []*content.Item) []diag.Diagnostic {
	byID := make(map[string]*content.Item, len(items))
	for _, it := range items {
		byID[it.ID] = it
	}
	var out []diag.Diagnostic
	for i := range cfg.Kiosks {
		k := &cfg.Kiosks[i]
		out = append(out, checkEmpty(cfg, k, items)...)
		line := cfg.Meta.Line(fmt.Sprintf("kiosks[%d].items", k.Index))
		warn := func(format string, args ...any) {
			out = append(out, diag.Diagnostic{File: config.File, Line: line, Severity: diag.Warning, Msg: fmt.Sprintf(format, args...)})
		}
		for _, id := range k.Items {
			it, ok := byID[id]
			switch {
			case !ok:
			case it.Internal() && k.Scope != string(config.Internal):
				warn("kiosk %q lists %s, but that item is internal (党内公开) and the kiosk is public, so no edition shows it there; "+
					"write scope = \"internal\" in this kiosk if the screen stands inside the Party, or take the item out of items", k.Name, id)
			case !it.HasChannel(string(config.ChannelKiosk)):
				warn("kiosk %q lists %s, but its channel (%s) leaves out kiosks, so it is not shown; add \"kiosk\" to channel in %s",
					k.Name, id, strings.Join(it.Channels, ", "), it.File)
			}
		}
	}
	return out
}
