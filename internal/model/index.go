package model

import (
	"cmp"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
)

// index builds the groups, the archive and the notices from s.Items, which
// are already newest first, so every list below is too. An unlisted item is
// in the archive only.
func (s *Site) index() {
	cfg := s.Config
	for _, c := range cfg.Categories {
		s.Categories = append(s.Categories, &Group{Key: c.Key, Label: c.Label, Group: c.Group, Description: c.Description})
	}
	for _, t := range config.Terms.Entries {
		s.Terms = append(s.Terms, &Group{Key: t.Key, Label: t.Label})
	}
	for _, is := range cfg.Issuers {
		s.Issuers = append(s.Issuers, &Group{Key: is.Key, Label: is.Label, Group: is.Group})
	}
	for _, it := range s.Items {
		s.addToArchive(it)
		if it.Unlisted {
			continue
		}
		s.Listed = append(s.Listed, it)
		addTo(s.Categories, it.Category, it)
		addTo(s.Terms, it.Term, it)
		addTo(s.Issuers, it.Issuer, it)
		if it.Term == string(config.Immediate) && it.Status == InForce {
			s.Notices = append(s.Notices, it)
		}
	}
	slices.SortStableFunc(s.Notices, func(a, b *Item) int {
		return cmp.Or(a.Until.Compare(b.Until), strings.Compare(a.ID, b.ID))
	})
}

func addTo(groups []*Group, key string, it *Item) {
	for _, g := range groups {
		if g.Key == key {
			g.Items = append(g.Items, it)
			return
		}
	}
}

func (s *Site) addToArchive(it *Item) {
	y, m := it.Date.Y, int(it.Date.M)
	if n := len(s.Years); n == 0 || s.Years[n-1].Year != y {
		s.Years = append(s.Years, &Year{Year: y})
	}
	year := s.Years[len(s.Years)-1]
	year.Count++
	if n := len(year.Months); n == 0 || year.Months[n-1].Month != m {
		year.Months = append(year.Months, &Month{Year: y, Month: m})
	}
	month := year.Months[len(year.Months)-1]
	month.Items = append(month.Items, it)
}

// Category returns the group of a category key, or nil.
func (s *Site) Category(key string) *Group { return find(s.Categories, key) }

// Issuer returns the group of an issuer key, or nil.
func (s *Site) Issuer(key string) *Group { return find(s.Issuers, key) }

// Term returns the group of a term key, or nil.
func (s *Site) Term(key string) *Group { return find(s.Terms, key) }

func find(groups []*Group, key string) *Group {
	for _, g := range groups {
		if g.Key == key {
			return g
		}
	}
	return nil
}

// CategoryLabel is the Chinese label of the item's category.
func (s *Site) CategoryLabel(key string) string { return s.Config.CategoryVocab().Label(key) }

// IssuerLabel is the Chinese label of an issuer.
func (s *Site) IssuerLabel(key string) string { return s.Config.IssuerVocab().Label(key) }
