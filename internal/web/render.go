package web

import (
	"fmt"
	"strconv"

	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/publish"
)

// job is one page to render.
type job struct {
	page *Page
	file string // output file, "cadre/wang/index.html"
}

// Render writes every page of the website and returns how many it wrote.
func Render(site *model.Site, tpl *layout.Set, w *publish.Writer) (int, error) {
	return output.Write(Files(site, tpl), w)
}

// plan lists every page of the site in a fixed order.
func plan(s *model.Site) []job {
	var jobs []job
	add := func(p *Page) {
		p.Site, p.Now = s, s.Now
		file := p.Path + "index.html"
		if p.Kind == "404" {
			file = "404.html"
		}
		jobs = append(jobs, job{page: p, file: file})
	}
	add(&Page{Kind: "home", Title: s.Config.Title})
	add(&Page{Kind: "404", Title: "页面未找到", Path: "404/"})
	add(&Page{Kind: "search", Title: "站内检索", Path: "search/", Crumbs: []Crumb{{"站内检索", "search/"}}})
	for _, it := range s.Items {
		add(itemPage(s, it))
	}
	for _, p := range powerPages(s) {
		add(p)
	}
	for _, axis := range []string{"categories", "terms", "issuers"} {
		groups := groupsOf(s, axis)
		add(&Page{Kind: "groups", Title: Axes[axis], Path: axis + "/", Axis: axis, Groups: groups,
			Crumbs: []Crumb{{Axes[axis], axis + "/"}}})
		for _, g := range groups {
			for _, p := range paginate(s, axis+"/"+g.Key+"/", g.Items) {
				p.Kind, p.Title, p.Group, p.Axis = "list", g.Label, g, axis
				p.Crumbs = []Crumb{{Axes[axis], axis + "/"}, {g.Label, axis + "/" + g.Key + "/"}}
				add(p)
			}
		}
	}
	add(&Page{Kind: "catalog", Title: "公开目录", Path: "catalog/", Crumbs: []Crumb{{"公开目录", "catalog/"}}, Data: s.Catalog})
	add(&Page{Kind: "archive", Title: "归档", Path: "archive/", Crumbs: []Crumb{{"归档", "archive/"}}})
	for _, y := range s.Years {
		for _, m := range y.Months {
			base := fmt.Sprintf("archive/%d/%02d/", m.Year, m.Month)
			title := fmt.Sprintf("%d年%d月", m.Year, m.Month)
			for _, p := range paginate(s, base, m.Items) {
				p.Kind, p.Title, p.Month = "month", title, m
				p.Crumbs = []Crumb{{"归档", "archive/"}, {title, base}}
				add(p)
			}
		}
	}
	return jobs
}

func itemPage(s *model.Site, it *model.Item) *Page {
	cat := s.Category(it.Category)
	return &Page{Kind: "item", Title: it.Title, Path: it.Path, Item: it,
		Crumbs: []Crumb{{cat.Label, "categories/" + cat.Key + "/"}, {it.Title, it.Path}}}
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

// paginate splits items into pages of the site's size: the first at base,
// the others at base/page/N/.
func paginate(s *model.Site, base string, items []*model.Item) []*Page {
	size := s.Config.Paginate
	total := max(1, (len(items)+size-1)/size)
	paths := make([]string, total)
	for i := range paths {
		paths[i] = base
		if i > 0 {
			paths[i] = base + "page/" + strconv.Itoa(i+1) + "/"
		}
	}
	pages := make([]*Page, total)
	for i := range pages {
		lo, hi := i*size, min(len(items), (i+1)*size)
		pg := &Pager{Number: i + 1, Total: total, Pages: paths, Count: len(items)}
		if i > 0 {
			pg.Prev = paths[i-1]
		}
		if i < total-1 {
			pg.Next = paths[i+1]
		}
		pages[i] = &Page{Path: paths[i], Items: items[lo:hi], Pager: pg}
	}
	return pages
}
