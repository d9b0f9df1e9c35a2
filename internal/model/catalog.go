package model

import (
	"fmt"
	"slices"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
)

// Coverage is how well a catalog entry is fulfilled on --now.
type Coverage string

const (
	Covered Coverage = "covered" // at least one current item fulfils it
	Stale   Coverage = "stale"   // only overdue, ended, withdrawn or superseded items do
	Missing Coverage = "missing" // no item fulfils it
)

// Label is the coverage in Chinese.
func (c Coverage) Label() string {
	switch c {
	case Covered:
		return "已公开"
	case Stale:
		return "未及时更新"
	}
	return "未公开"
}

// Entry is a catalog entry with the items that fulfil it.
type Entry struct {
	*config.CatalogEntry
	Items    []*Item // newest first
	Current  []*Item // those in force or current
	Coverage Coverage
}

// Listed is the entry's items that lists show: the catalog page names no
// unlisted item (unlist.go), though they count for its coverage.
func (e *Entry) Listed() []*Item { return Listed(e.Items) }

// Fulfils reports whether it fulfils the catalog entry e: listed by id, or in
// one of its categories with the entry's term and issuer, when given.
func Fulfils(e *config.CatalogEntry, it *Item) bool { return fulfils(e, it.Item) }

func fulfils(e *config.CatalogEntry, it *content.Item) bool {
	if slices.Contains(e.Items, it.ID) {
		return true
	}
	if it.Category != e.Category && !slices.Contains(e.Categories, it.Category) {
		return false
	}
	return (e.Term == "" || e.Term == it.Term) && (e.Issuer == "" || e.Issuer == it.Issuer)
}

// Current reports whether an item is up to date for the catalog: in force or
// current. An overdue periodic item still hangs on the board, but it does
// not cover its catalog entry.
func (it *Item) Current() bool { return it.Status == InForce || it.Status == Current }

// CoverEntry finds the items among items that fulfil e.
func CoverEntry(e *config.CatalogEntry, items []*Item) *Entry {
	out := &Entry{CatalogEntry: e, Coverage: Missing}
	for _, it := range items {
		if it.Scope != e.Scope || !Fulfils(e, it) {
			continue
		}
		out.Items = append(out.Items, it)
		if it.Current() {
			out.Current = append(out.Current, it)
		}
	}
	switch {
	case len(out.Current) > 0:
		out.Coverage = Covered
	case len(out.Items) > 0:
		out.Coverage = Stale
	}
	return out
}

// Catalog is the catalog as this build shows it: the entries of its scope
// with their coverage, and the published items that no entry covers (目录外
// 事项, published after collective decision).
type Catalog struct {
	Entries []*Entry
	Outside []*Item
	Covered int // entries covered
}

// Percent is the share of entries covered, rounded down.
func (c *Catalog) Percent() int {
	if len(c.Entries) == 0 {
		return 100
	}
	return c.Covered * 100 / len(c.Entries)
}

// buildCatalog computes the catalog over the published items.
func (s *Site) buildCatalog() {
	c := &Catalog{}
	inCatalog := map[string]bool{}
	for i := range s.Config.Catalog {
		e := &s.Config.Catalog[i]
		if e.Scope == string(config.Internal) && s.Scope != config.Internal {
			continue
		}
		entry := CoverEntry(e, s.Items)
		for _, it := range entry.Items {
			inCatalog[it.ID] = true
		}
		if entry.Coverage == Covered {
			c.Covered++
		}
		c.Entries = append(c.Entries, entry)
	}
	for _, it := range s.Listed {
		if !inCatalog[it.ID] {
			c.Outside = append(c.Outside, it)
		}
	}
	s.Catalog = c
}

// checkReferences reports ids in site.toml (catalog, boards, kiosks) that name
// no item, with the line they are on.
func checkReferences(cfg *config.Site, exists func(string) bool, ids []string, diags *diag.List) {
	check := func(path string, list []string) {
		for _, id := range list {
			if !exists(id) {
				hint := diag.DidYouMean(id, ids)
				if hint == "" {
					hint = "; write an item's path under content/ without .md"
				}
				diags.Errorf(config.File, cfg.Meta.Line(path), "%s names item %q, but there is no content/%s.md%s", path, id, id, hint)
			}
		}
	}
	for i, e := range cfg.Catalog {
		check(fmt.Sprintf("catalog[%d].items", i), e.Items)
	}
	for i, b := range cfg.Boards {
		check(fmt.Sprintf("boards[%d].items", i), b.Items)
	}
	for i, k := range cfg.Kiosks {
		check(fmt.Sprintf("kiosks[%d].items", i), k.Items)
		for j, e := range k.Schedule {
			check(fmt.Sprintf("kiosks[%d].schedule[%d].items", i, j), e.Items)
		}
	}
}
