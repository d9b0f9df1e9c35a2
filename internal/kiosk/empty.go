package kiosk

import (
	"fmt"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
)

// checkEmpty warns about a kiosk whose categories and terms match no item
// it could ever show, whatever the day: the screen would only ever say it
// has nothing, which is rarely what the editor meant. A kiosk that lists
// items by id is left to Check's warnings about those items. items is
// every item read, drafts and future ones included.
func checkEmpty(cfg *config.Site, k *config.Kiosk, items []*content.Item) []diag.Diagnostic {
	if len(k.Items) > 0 || (len(k.Categories) == 0 && len(k.Terms) == 0) {
		return nil
	}
	var inCats, inTerms int
	for _, it := range items {
		if it.Internal() && k.Scope != string(config.Internal) || !has(k.Categories, it.Category) {
			continue
		}
		inCats++
		if !has(k.Terms, it.Term) {
			continue
		}
		inTerms++
		if it.HasChannel(string(config.ChannelKiosk)) {
			return nil
		}
	}
	key, why := emptyReason(k, inCats, inTerms)
	line := cfg.Meta.Line(fmt.Sprintf("kiosks[%d].%s", k.Index, key))
	return []diag.Diagnostic{{File: config.File, Line: line, Severity: diag.Warning, Msg: fmt.Sprintf("kiosk %q shows no item: %s", k.Name, why)}}
}

// emptyReason says which key of the kiosk leaves it empty and what to
// write, from how many items have one of its categories (inCats) and how
// many of those one of its terms (inTerms).
func emptyReason(k *config.Kiosk, inCats, inTerms int) (key, why string) {
	switch {
	case inCats == 0 && len(k.Categories) > 0:
		return "categories", fmt.Sprintf("no item has one of its categories (%s); write categories that have items", strings.Join(k.Categories, ", "))
	case inTerms == 0:
		of := " of its categories"
		if len(k.Categories) == 0 {
			of = ""
		}
		return "terms", fmt.Sprintf("no item%s has one of its terms (%s); remove terms, or write the terms of the items it should show", of, strings.Join(k.Terms, ", "))
	}
	return "categories", `the items it selects are not published on kiosks; add "kiosk" to the channel of their categories in site.toml, such as channel = ["web", "kiosk"], or to the channel of the items`
}

// has reports whether list is empty (every value passes) or holds v.
func has(list []string, v string) bool { return len(list) == 0 || slices.Contains(list, v) }
