package web

import (
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
)

// PowerHolder is one holder's powers on the 职权目录, by type.
type PowerHolder struct {
	Key, Label string
	Types      []PowerType
	Count      int
}

// PowerType is one type of power under a holder.
type PowerType struct {
	Key, Label string
	Items      []*model.Item
}

// RiskLevel is one level of the risk register, for its tabs and counts.
type RiskLevel struct {
	Key, Label, Word, Path string
	Count                  int
}

// RiskData is what the risk register pages show: all published risk points
// or one level's.
type RiskData struct {
	Level  string // "" on the whole register
	Levels []RiskLevel
	Risks  []*model.Risk
}

// powerPages plans the 职权目录 and the risk register with a page per level,
// each only when the build has something to list. They live beside items
// of the powers and risks categories; content/parse refuses items on these
// exact paths.
func powerPages(s *model.Site) []kindPage {
	var pages []kindPage
	if len(s.Powers) > 0 {
		pages = append(pages, &PowersPage{Page: page.Page{Kind: "powers", Title: "职权目录", Path: "powers/",
			Crumbs: []page.Crumb{crumb("职权目录", "powers/")}}, Holders: powerHolders(s), Documents: page.DocumentsOf(s, "powers/")})
	}
	if len(s.Risks) == 0 {
		return pages
	}
	levels := riskLevels(s)
	pages = append(pages, &RisksPage{Page: page.Page{Kind: "risks", Title: "廉政风险点登记表", Path: "risks/",
		Crumbs: []page.Crumb{crumb("廉政风险点", "risks/")}}, Register: &RiskData{Levels: levels, Risks: s.Risks}, Documents: page.DocumentsOf(s, "risks/")})
	for _, l := range levels {
		pages = append(pages, &RisksPage{Page: page.Page{Kind: "risks", Title: l.Word + "点", Path: l.Path,
			Crumbs: []page.Crumb{crumb("廉政风险点", "risks/"), crumb(l.Word+"点", l.Path)}},
			Register: &RiskData{Level: l.Key, Levels: levels, Risks: s.RisksByLevel(l.Key)}})
	}
	return pages
}

// powerHolders groups the published powers by holder, in site.toml order,
// then by type, in the vocabulary's order.
func powerHolders(s *model.Site) []PowerHolder {
	var out []PowerHolder
	for _, p := range s.Powers {
		if n := len(out); n == 0 || out[n-1].Key != p.Issuer {
			out = append(out, PowerHolder{Key: p.Issuer, Label: s.IssuerLabel(p.Issuer)})
		}
		h := &out[len(out)-1]
		h.Count++
		if n := len(h.Types); n == 0 || h.Types[n-1].Key != p.Power.Type {
			h.Types = append(h.Types, PowerType{Key: p.Power.Type, Label: config.PowerTypes.Label(p.Power.Type)})
		}
		t := &h.Types[len(h.Types)-1]
		t.Items = append(t.Items, p)
	}
	return out
}

func riskLevels(s *model.Site) []RiskLevel {
	var out []RiskLevel
	for _, e := range config.RiskLevels.Entries {
		out = append(out, RiskLevel{Key: e.Key, Label: e.Label, Word: config.RiskLevelWord(e.Key),
			Path: "risks/" + e.Key + "/", Count: len(s.RisksByLevel(e.Key))})
	}
	return out
}
