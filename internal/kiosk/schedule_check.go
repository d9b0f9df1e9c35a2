package kiosk

import (
	"fmt"
	"slices"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
)

// CheckSchedules warns about a schedule entry that selects no item its
// kiosk could ever show, whatever the day: in its hours the screen would
// show only its contact slide. It stays silent when some content could
// not be read: the items it would miss may be there. (Overlapping entries
// are warned about with site.toml, in package config.)
func CheckSchedules(cfg *config.Site, set *content.Set) []diag.Diagnostic {
	if set.Incomplete() {
		return nil
	}
	var out []diag.Diagnostic
	for i := range cfg.Kiosks {
		out = append(out, checkSchedule(cfg, &cfg.Kiosks[i], set.Items)...)
	}
	return out
}

// checkSchedule is CheckSchedules for one kiosk; items is every item read.
func checkSchedule(cfg *config.Site, k *config.Kiosk, items []*content.Item) []diag.Diagnostic {
	var out []diag.Diagnostic
	for i, e := range k.Schedule {
		if slices.ContainsFunc(items, func(it *content.Item) bool { return scheduleMay(k, e, it) }) {
			continue
		}
		line := cfg.Meta.Line(fmt.Sprintf("kiosks[%d].schedule[%d]", k.Index, i))
		out = append(out, diag.Diagnostic{File: config.File, Line: line, Severity: diag.Warning,
			Msg: fmt.Sprintf(`schedule entry %d of kiosk %q selects no item published on kiosks, so in its hours the screen shows only its contact slide; write categories, items or lists that have items with "kiosk" in their channel`, i+1, k.Name)})
	}
	return out
}

// scheduleMay reports whether entry e may ever show the item on kiosk k.
func scheduleMay(k *config.Kiosk, e config.Schedule, it *content.Item) bool {
	if !it.HasChannel(string(config.ChannelKiosk)) || (it.Internal() && k.Scope != string(config.Internal)) {
		return false
	}
	return slices.Contains(e.Items, it.ID) || slices.Contains(e.Categories, it.Category) ||
		(slices.Contains(e.Lists, config.ListPowers) && it.Power != nil) ||
		(slices.Contains(e.Lists, config.ListRisks) && len(it.Risks) > 0)
}
