package web

import (
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/disclose"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
)

// What each kind of the website's pages gives its layout: page.Page (the
// home page, the archive, the search page and the 404 page), or one of
// these, which add the data of their kind to it.

// ItemPage is an item's page (item.html).
type ItemPage struct {
	page.Page
	// The fields of page.Page its layouts read, again, as its own
	// (flatten): text/template looks a field up by name at every use, and
	// finds one of an embedded struct only by searching every embedded
	// struct, which costs an item's page more than the layout's own work.
	// Each is the embedded page's.
	Site   *model.Site
	Kind   string
	Title  string
	Now    calendar.Day
	Crumbs []page.Crumb
	Part   int
	Axis   string

	Item    *model.Item
	Replies []disclose.Reply // the published replies concerning it (回应)
	// Prev and Next are the items before and after it in its category's
	// list (上一篇, 下一篇), nil at the ends and for an unlisted item.
	Prev, Next *model.Item
}

// flatten sets the page's own copies of its page.Page's fields.
func (p *ItemPage) flatten() {
	c := &p.Page
	p.Site, p.Kind, p.Title, p.Now, p.Crumbs, p.Part, p.Axis = c.Site, c.Kind, c.Title, c.Now, c.Crumbs, c.Part, c.Axis
}

// ListPage is one page of a category's, term's or issuer's list
// (list.html).
type ListPage struct {
	page.Page
	Group *model.Group
	Items []*model.Item // the items on this page of the list
	Pager *page.Pager
	// Register is the page the site builds from this category's items, when
	// it has one (the 职权目录 at powers/, the 廉政风险点 register at
	// risks/): the list links it as the register itself (registers.go).
	Register *page.Crumb
}

// MonthPage is one page of a month of the archive (month.html).
type MonthPage struct {
	page.Page
	Month *model.Month
	Items []*model.Item // the items on this page of the month
	Pager *page.Pager
}

// GroupsPage is the index of a taxonomy (groups.html).
type GroupsPage struct {
	page.Page
	Groups []*model.Group
}

// CatalogPage is the catalog (catalog.html).
type CatalogPage struct {
	page.Page
	Catalog *model.Catalog
}

// PowersPage is the 职权目录 (powers.html).
type PowersPage struct {
	page.Page
	Holders   []PowerHolder
	Documents *model.Group // the category of the documents publishing it (registers.go), or nil
}

// RisksPage is the risk register, whole or of one level (risks.html).
type RisksPage struct {
	page.Page
	Register  *RiskData
	Documents *model.Group // the category of the documents publishing it (registers.go), or nil
}

// SitemapPage is the site map (sitemap.html): every part of the site.
type SitemapPage struct {
	page.Page
	Powers, Risks bool // whether the 职权目录 and the risk register exist
}

// kindPage is any of the website's pages: page.Page, or a type embedding it.
type kindPage interface{ Common() *page.Page }
