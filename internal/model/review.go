package model

import (
	"fmt"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
)

// Review before publishing (先审后发, 实施细则 一(三)2). Where site.toml
// requires review, an item dated on or after [review] from is published
// only once it names who reviewed it (reviewed_by) and the day
// (reviewed, not after --now), and, when no catalog entry of its scope
// covers it (目录外事项), the collective decision (decided_by). Until then
// it is like a draft: in no channel, list, count or replacement of a
// build, except previews with drafts, which mark it 待审核.

// AwaitsReview says what an item still needs before it may be published
// on day now: "" when nothing (reviewed, or review not required), else
// what to write, for `gongkai check`'s notes.
func AwaitsReview(cfg *config.Site, it *content.Item, now calendar.Day) string {
	if !cfg.Review.Applies(it.Date, cfg) {
		return ""
	}
	switch {
	case it.ReviewedBy == "" && it.Reviewed.IsZero():
		return fmt.Sprintf(`awaits review (待审核); once reviewed, write reviewed_by = "县委办公室 李明" and reviewed = %s`, now)
	case it.ReviewedBy == "":
		return `awaits review (待审核): reviewed is written but not who reviewed it; write reviewed_by = "县委办公室 李明"`
	case it.Reviewed.IsZero():
		return fmt.Sprintf("awaits review (待审核): reviewed_by is written but not the day; write reviewed = %s", now)
	case it.Reviewed.After(now):
		return fmt.Sprintf("awaits review (待审核) until %s, the day written as reviewed", it.Reviewed)
	case it.DecidedBy == "" && !InCatalog(cfg, it):
		return `is outside the catalog (目录外事项) and needs a collective decision before it is published; write decided_by = "县委第15次常委会议 2026-11-20"`
	}
	return ""
}

// InCatalog reports whether a catalog entry of the item's scope covers
// it, as the catalog page counts it.
func InCatalog(cfg *config.Site, it *content.Item) bool {
	for i := range cfg.Catalog {
		if e := &cfg.Catalog[i]; e.Scope == it.Scope && fulfils(e, it) {
			return true
		}
	}
	return false
}

// Pending lists the items that would be published on --now but await
// review, with what each still needs, in every scope: drafts are not
// ready for review yet.
func (s *Site) Pending() []PendingItem {
	var out []PendingItem
	for _, it := range s.src {
		if it.Draft || it.Date.After(s.Now) {
			continue
		}
		if why := AwaitsReview(s.Config, it, s.Now); why != "" {
			out = append(out, PendingItem{Item: it, Line: it.Line(pendingKey(it)), Why: why})
		}
	}
	return out
}

// PendingItem is an item awaiting review and what it needs.
type PendingItem struct {
	Item *content.Item
	Line int // where to write what it needs: at reviewed or reviewed_by when written, else at the title
	Why  string
}

func pendingKey(it *content.Item) string {
	for _, k := range []string{"reviewed", "reviewed_by", "decided_by"} {
		if it.Meta.Line(k) > 0 {
			return k
		}
	}
	return "title"
}
