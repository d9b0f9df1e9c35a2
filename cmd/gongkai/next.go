package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/model"
)

// horizon is how many days ahead build and check --next look for changes.
const horizon = 30

// nextChange is the end of a build's summary: the first day after --now on
// which the output changes without an edit, and what changes then, as
// "next change 2026-11-28: 2 notices end, 1 periodic item falls due", or
// "no change in 30 days".
func nextChange(site *model.Site) string {
	changes := model.Changes(site, site.Now, site.Now.AddDays(horizon))
	if len(changes) == 0 {
		return fmt.Sprintf("no change in %d days", horizon)
	}
	first := changes[0].Day
	counts := map[model.ChangeKind]int{}
	for _, c := range changes {
		if c.Day != first {
			break
		}
		counts[c.What]++
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		parts = append(parts, k.Count(counts[k]))
	}
	return fmt.Sprintf("next change %s: %s", first, strings.Join(parts, ", "))
}

// printChanges prints check --next: every change of the coming days, one
// line each, by day and file.
func printChanges(w io.Writer, site *model.Site) {
	changes := model.AuditChanges(site, site.Now, site.Now.AddDays(horizon))
	if len(changes) == 0 {
		fmt.Fprintf(w, "no change in %d days\n", horizon)
	}
	for _, c := range changes {
		fmt.Fprintf(w, "%s %s: %s\n", c.Day, c.Item.File, c.What)
	}
}
