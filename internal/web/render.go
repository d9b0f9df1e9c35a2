package web

import (
	"fmt"
	"strconv"

	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/publish"
)

// job is one page to render.
type job struct {
	pg   kindPage
	file string // output file, "cadre/wang/index.html"
	// item is the item of an item page, whose page data (pg, nil) is made
	// only as the page is rendered (itemFile): a build holds per item its
	// file, not its page's data, until the page is written.
	item *model.Item
	adj  adjacent
}

// Render writes every page of the website and returns how many it wrote.
func Render(site *model.Site, tpl *layout.Set, w *publish.Writer) (int, error) {
	return output.Write(Files(site, tpl), w)
}

// plan lists every page of the site in a fixed order.
func plan(s *model.Site) []job {
	var jobs []job
	add := func(p kindPage) {
		c := p.Common()
		c.Site, c.Now = s, s.Now
		file := c.Path + "index.html"
		if c.Kind == "404" {
			file = "404.html"
		}
		jobs = append(jobs, job{pg: p, file: file})
	}
	add(&page.Page{Kind: "home", Title: s.Config.Title})
	add(&page.Page{Kind: "404", Title: "页面未找到", Path: "404/"})
	add(&page.Page{Kind: "search", Title: "站内检索", Path: "search/", Crumbs: []page.Crumb{crumb("检索", "search/")}})
	adj := neighbours(s.Categories)
	for _, it := range s.Items {
		jobs = append(jobs, job{file: it.Path + "index.html", item: it, adj: adj[it]})
	}
	for _, p := range powerPages(s) {
		add(p)
	}
	for _, p := range recordPages(s) {
		add(p)
	}
	for _, axis := range []string{"categories", "terms", "issuers"} {
		groups := groupsOf(s, axis)
		add(&GroupsPage{Page: page.Page{Kind: "groups", Title: page.Axes[axis], Path: axis + "/", Axis: axis,
			Crumbs: []page.Crumb{crumb(page.Axes[axis], axis+"/")}}, Groups: groups})
		for _, g := range groups {
			title, reg := page.ListOf(s, axis, g)
			for _, part := range paginate(s, axis+"/"+g.Key+"/", g.Items) {
				add(&ListPage{Page: page.Page{Kind: "list", Title: title, Path: part.path, Axis: axis, Part: part.pager.Number,
					Crumbs: []page.Crumb{crumb(page.Axes[axis], axis+"/"), crumb(title, axis+"/"+g.Key+"/")}},
					Group: g, Items: part.items, Pager: part.pager, Register: reg})
			}
		}
	}
	add(&CatalogPage{Page: page.Page{Kind: "catalog", Title: "公开目录", Path: "catalog/", Crumbs: []page.Crumb{crumb("公开目录", "catalog/")}}, Catalog: s.Catalog})
	add(&page.Page{Kind: "archive", Title: "归档查询", Path: "archive/", Crumbs: []page.Crumb{crumb("归档查询", "archive/")}})
	for _, y := range s.Years {
		for _, m := range y.Months {
			base := fmt.Sprintf("archive/%d/%02d/", m.Year, m.Month)
			title := fmt.Sprintf("%d年%d月", m.Year, m.Month)
			for _, part := range paginate(s, base, m.Items) {
				add(&MonthPage{Page: page.Page{Kind: "month", Title: title, Path: part.path, Part: part.pager.Number,
					Crumbs: []page.Crumb{crumb("归档查询", "archive/"), crumb(title, base)}},
					Month: m, Items: part.items, Pager: part.pager})
			}
		}
	}
	add(sitemapPage(s))
	return jobs
}

func itemPage(s *model.Site, it *model.Item, adj adjacent) *ItemPage {
	cat := s.Category(it.Category)
	p := &ItemPage{Page: page.Page{Site: s, Now: s.Now, Kind: "item", Title: it.Title, Path: it.Path,
		Crumbs: []page.Crumb{crumb(page.Axes["categories"], "categories/"), crumb(page.CategoryList(s, cat.Key), "categories/"+cat.Key+"/"), crumb(it.Title, it.Path)}},
		Item: it, Replies: repliesTo(s, it)}
	p.Prev, p.Next = adj.prev, adj.next
	p.flatten()
	return p
}

func groupsOf(s *model.Site, axis string) []*model.Group {
	switch axis {
	case "categories":
		return s.Categories
	case "terms":
		return s.Terms
	}
	return s.Issuers
}

// part is one page of a long list.
type part struct {
	path  string
	items []*model.Item
	pager *page.Pager
}

// paginate splits items into pages of the site's size: the first at base,
// the others at base/page/N/.
func paginate(s *model.Site, base string, items []*model.Item) []part {
	size := s.Config.Paginate
	total := max(1, (len(items)+size-1)/size)
	paths := make([]string, total)
	for i := range paths {
		paths[i] = base
		if i > 0 {
			paths[i] = base + "page/" + strconv.Itoa(i+1) + "/"
		}
	}
	parts := make([]part, total)
	for i := range parts {
		lo, hi := i*size, min(len(items), (i+1)*size)
		pg := &page.Pager{Number: i + 1, Total: total, Pages: paths, Count: len(items)}
		if i > 0 {
			pg.Prev = paths[i-1]
		}
		if i < total-1 {
			pg.Next = paths[i+1]
		}
		parts[i] = part{path: paths[i], items: items[lo:hi], pager: pg}
	}
	return parts
}

func crumb(title, path string) page.Crumb { return page.Crumb{Title: title, Path: path} }
