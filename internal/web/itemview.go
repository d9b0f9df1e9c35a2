package web

import (
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
)

// ItemView is an item as the built-in item.html reads it: what the
// layout prints of the item, computed once in Go, as plain fields of a
// struct that embeds nothing. Reading a field of *model.Item that comes
// from its embedded *content.Item costs html/template a search of both
// structs, a method (.Date.Chinese) or a function (categoryName
// .Category) a reflected call; a field of ItemView is found at once. Each
// field is what the layout wrote before it, byte for byte: the label
// functions of page.Funcs, calendar.Day's String and Chinese. Partials
// still take the item itself (.Item), as a site's own partials expect.
type ItemView struct {
	Item *model.Item

	Title, Number, IndexNumber, Permalink string
	Term                                  string // long-term | periodic | immediate
	Status                                model.Status
	StatusLabel                           string
	Internal, AwaitsReview                bool

	CategoryURL  string // its category's list: url (print "categories/" .Category "/")
	CategoryName string // categoryName .Category
	CategoryList string // categoryList .Category
	Issuer       string
	IssuerName   string // issuerName .Issuer
	TermName     string // termName .Term
	PeriodName   string // periodName .Period
	ChannelNames string // channelNames .Channels

	Date              string // 2026-01-01
	DateChinese       string // 2026年1月1日
	Until             string // 2026-02-01, "" when unset
	LastUpdateChinese string // periodic: (lastUpdate .).Chinese
	DueChinese        string // periodic: .Due.Chinese
	WithdrawnChinese  string // "" unless withdrawn
	Formed            string // 成文日期: .Formed, "" when not given
	FormedChinese     string // .Formed.Chinese, "" when not given

	// Immediate and Periodic: its term is immediate, periodic (eq .Term …).
	Immediate, Periodic bool
	// Prev and Next are the page's neighbours in its category's list, nil
	// at the ends ($.Prev, $.Next).
	Prev, Next *Neighbour

	SupersededBy *model.Item
	Power        *content.Power
	Timeline     []model.TimelineStage
	RiskPoints   []*model.Risk
	Doc          *markdown.Doc
}

// Neighbour is an item before or after another in its category's list,
// as its page links it.
type Neighbour struct{ URL, Title string }

func neighbour(it *model.Item) *Neighbour {
	if it == nil {
		return nil
	}
	return &Neighbour{URL: it.URL, Title: it.Title}
}

// View is the page's item as item.html reads it (ItemView), made when
// the page is rendered: nothing of it is kept once the page is written.
func (p *ItemPage) View() *ItemView {
	it, s := p.Item, p.Site
	v := &ItemView{Item: it,
		Title: it.Title, Number: it.Number, IndexNumber: it.IndexNumber, Permalink: it.Permalink,
		Term: it.Term, Status: it.Status, StatusLabel: it.StatusLabel(),
		Internal: it.Internal(), AwaitsReview: it.AwaitsReview,
		CategoryURL: s.BasePath + "categories/" + it.Category + "/", CategoryName: s.CategoryLabel(it.Category),
		CategoryList: page.CategoryList(s, it.Category),
		Issuer:       it.Issuer, IssuerName: s.IssuerLabel(it.Issuer),
		TermName: config.Terms.Label(it.Term), PeriodName: config.Periods.Label(it.Period),
		ChannelNames: page.ChannelNames(it.Channels),
		Date:         it.Date.String(), DateChinese: it.Date.Chinese(), Until: it.Until.String(),
		WithdrawnChinese: it.Withdrawn.Chinese(),
		Immediate:        it.Term == "immediate", Periodic: it.Term == "periodic",
		Prev: neighbour(p.Prev), Next: neighbour(p.Next),
		SupersededBy: it.SupersededBy, Power: it.Power, Timeline: it.Timeline, RiskPoints: it.RiskPoints, Doc: it.Doc,
	}
	if !it.Formed.IsZero() {
		v.Formed, v.FormedChinese = it.Formed.String(), it.Formed.Chinese()
	}
	if it.Term == "periodic" {
		v.LastUpdateChinese = model.LastUpdate(it.Item).Chinese()
		v.DueChinese = it.Due().Chinese()
	}
	return v
}
