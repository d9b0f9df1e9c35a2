package page

import (
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/model"
)

// Page is what every page's layout receives: the data common to every
// kind. A kind with data of its own has a type that embeds Page and adds
// it (web.ItemPage, board.BoardsPage…); a layout that names a field its
// kind does not have fails with the layout's file named.
type Page struct {
	Site   *model.Site
	Kind   string // home, item, list, groups, archive, month, catalog, 404 …: the layout
	Title  string
	Path   string // output folder, "" for home, "categories/cadre/" …
	Now    calendar.Day
	Axis   string // the taxonomy the page is under, for the menu: categories | terms | issuers | ""
	Crumbs []Crumb
	Part   int // the page's number in a long list (list, month), from 1; 0 elsewhere
}

// Common is the page's common data, for the code that plans pages of
// several kinds.
func (p *Page) Common() *Page { return p }

// Crumb is one step of the breadcrumb trail.
type Crumb struct {
	Title string
	Path  string
}

// Pager links the pages of a long list.
type Pager struct {
	Number, Total int
	Prev, Next    string   // paths, "" at the ends
	Pages         []string // path of every page, first is the list itself
	Count         int      // items in the whole list
}

// PageLink is one page of a list, as its pager links it, or a gap in
// place of pages a long list's pager leaves out.
type PageLink struct {
	Number  int    // from 1
	Path    string // the page's path
	Current bool   // the page the pager is on
	Gap     bool   // pages left out here ("…"); Number and Path are empty
}

// pagerReach is how many pages on each side of its own a long list's
// pager links, besides the first and the last.
const pagerReach = 3

// Links are the pages a pager links, numbered, its own marked: every page
// of a list of up to 2*pagerReach+5 pages; of a longer one, the first, the
// last and pagerReach on each side of its own, with a gap where more than
// one page is left out. Linking every page of a list of 1,000 pages from
// each of them would make the lists' pages grow with the square of the
// site.
func (p *Pager) Links() []PageLink {
	n := len(p.Pages)
	lo, hi := 1, n
	if n > 2*pagerReach+5 {
		lo, hi = max(2, p.Number-pagerReach), min(n-1, p.Number+pagerReach)
		if lo == 3 {
			lo = 2 // a gap would hide one page: show it
		}
		if hi == n-2 {
			hi = n - 1
		}
	}
	out := make([]PageLink, 0, hi-lo+5)
	if lo > 1 {
		out = append(out, p.link(1))
	}
	if lo > 2 {
		out = append(out, PageLink{Gap: true})
	}
	for i := lo; i <= hi; i++ {
		out = append(out, p.link(i))
	}
	if hi < n-1 {
		out = append(out, PageLink{Gap: true})
	}
	if hi < n {
		out = append(out, p.link(n))
	}
	return out
}

func (p *Pager) link(number int) PageLink {
	return PageLink{Number: number, Path: p.Pages[number-1], Current: number == p.Number}
}

// Internal reports whether this is the internal (党内公开) build, whose pages
// carry a visible mark.
func (p *Page) Internal() bool { return p.Site.Scope == "internal" }

// Axes names the three taxonomies in Chinese.
var Axes = map[string]string{"categories": "公开类别", "terms": "公开时限", "issuers": "公开主体"}

// Section is a heading of the home page with its categories.
type Section struct {
	Name       string
	Categories []*model.Group
}

// Sections groups the categories under their site.toml group, in order.
func (p *Page) Sections() []Section {
	var out []Section
	for _, c := range p.Site.Categories {
		name := SectionName(c)
		if n := len(out); n == 0 || out[n-1].Name != name {
			out = append(out, Section{Name: name})
		}
		out[len(out)-1].Categories = append(out[len(out)-1].Categories, c)
	}
	return out
}

// Latest is the newest n items of the site's lists (no unlisted item).
func (p *Page) Latest(n int) []*model.Item {
	if len(p.Site.Listed) > n {
		return p.Site.Listed[:n]
	}
	return p.Site.Listed
}

// AxisName is the Chinese name of the page's taxonomy.
func (p *Page) AxisName() string { return Axes[p.Axis] }

// Notices are the notices in force except those open for comment, which
// the home page lists on their own with the days left to comment.
func (p *Page) Notices() []*model.Item {
	var out []*model.Item
	for _, it := range p.Site.Notices {
		if it.Comment == nil {
			out = append(out, it)
		}
	}
	return out
}
