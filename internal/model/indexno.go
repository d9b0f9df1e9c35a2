package model

import (
	"slices"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
)

// Index numbers (索引号). An item's is its index_no when written, else
// site.toml's [index_no] pattern filled in: {seq} is the item's place in
// its series (the published items of its scope whose pattern gives the
// same text but for {seq}: one category and year, say), by date, then id.
// Only published items are numbered, so nothing unpublished moves a
// number; internal (党内) items are a series of their own, their {seq}
// marked N ("N0001"), so that no number is both a public and an internal
// item's. A number written as index_no is never given to another item.
//
// Numbers stay as they are while items are added after them: a new item
// is dated today and goes to the end of its series. An item added with a
// date before items already published would move their numbers; `gongkai
// check` warns then (check/indexno.go), and index_no keeps them.

// numberItems gives each published item its IndexNumber.
func (s *Site) numberItems() {
	x := &s.Config.IndexNo
	taken := map[string]bool{}
	for _, it := range s.Items {
		if it.Item.IndexNo != "" {
			it.IndexNumber = it.Item.IndexNo
			taken[it.IndexNumber] = true
		}
	}
	if x.Pattern == "" {
		return
	}
	for _, series := range s.series() {
		n := 0
		for _, it := range series {
			for {
				n++
				it.IndexNumber = s.indexOf(it, n)
				if !taken[it.IndexNumber] {
					break
				}
			}
		}
	}
}

// series groups the items numbered by the pattern into their series,
// each oldest first.
func (s *Site) series() [][]*Item {
	byKey := map[string][]*Item{}
	var keys []string
	for _, it := range s.Items {
		if it.Item.IndexNo != "" {
			continue
		}
		k := s.indexOf(it, 0) + "\x00" + it.Scope
		if byKey[k] == nil {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], it)
	}
	slices.Sort(keys)
	out := make([][]*Item, len(keys))
	for i, k := range keys {
		out[i] = byKey[k]
		slices.SortFunc(out[i], oldestFirst)
	}
	return out
}

// indexOf is the item's number with seq n; n = 0 gives its series' key.
func (s *Site) indexOf(it *Item, n int) string {
	prefix := ""
	if it.Internal() {
		prefix = "N"
	}
	if n == 0 {
		prefix += "\x00"
	}
	return s.Config.IndexNo.Expand(func(field string) string { return indexField(s.Config, it, field) }, prefix, n)
}

// indexField is the value of a pattern's placeholder for an item.
func indexField(cfg *config.Site, it *Item, field string) string {
	switch field {
	case "org":
		return cfg.IndexNo.Org
	case "year":
		return strconv.Itoa(it.Date.Y)
	case "category":
		return it.Category
	case "issuer":
		if it.Issuer == "" {
			return "county"
		}
		return it.Issuer
	}
	return "{" + field + "}"
}

// oldestFirst orders items by date, oldest first, then by id.
func oldestFirst(a, b *Item) int {
	if ka, kb := dayKey(a.Date), dayKey(b.Date); ka != kb {
		return ka - kb
	}
	return strings.Compare(a.ID, b.ID)
}

// Renumbering is an item new to the public site dated before items of its
// series published already, whose 索引号 it moves.
type Renumbering struct {
	Item  *Item  // the new item
	Moved *Item  // the first published item whose number it moves
	Free  string // a number of the series no item has: write it as the new item's index_no
}

// Renumberings finds, in this build, the items new to the public site
// (isNew: not yet in urls.txt) that come before published items of their
// series and so move their numbers.
func (s *Site) Renumberings(isNew func(path string) bool) []Renumbering {
	if s.Config.IndexNo.Pattern == "" {
		return nil
	}
	var out []Renumbering
	for _, series := range s.series() {
		for i, it := range series {
			if !isNew(it.Path) {
				continue
			}
			for _, later := range series[i+1:] {
				if !isNew(later.Path) {
					out = append(out, s.renumbering(it, later, series))
					break
				}
			}
		}
	}
	return out
}

// renumbering says what moved and the first number after the series
// that no item has.
func (s *Site) renumbering(it, moved *Item, series []*Item) Renumbering {
	taken := map[string]bool{}
	for _, o := range s.Items {
		taken[o.IndexNumber] = true
	}
	r := Renumbering{Item: it, Moved: moved}
	for n := len(series); ; n++ {
		if f := s.indexOf(it, n); !taken[f] {
			r.Free = f
			break
		}
	}
	return r
}
