package web

import (
	"fmt"

	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/search"
)

// Files lists every file of the website, unrendered, in a fixed order: the
// pages of plan, then index.json, feed.xml and sitemap.xml, then the
// search's files (search.go). Render renders
// them all; serve renders only those whose inputs changed.
func Files(site *model.Site, tpl *layout.Set) []output.File {
	jobs := plan(site)
	files := make([]output.File, 0, len(jobs)+len(dataFiles)+search.ShardsFor(len(site.Listed))+len(site.Listed)/searchChunk+2)
	for _, j := range jobs {
		files = append(files, pageFile(tpl, j))
	}
	for _, d := range dataFiles {
		files = append(files, dataFile(site, d))
	}
	return append(files, searchFiles(site)...)
}

func pageFile(tpl *layout.Set, j job) output.File {
	c := j.pg.Common()
	who := "page /" + c.Path
	ip, isItem := j.pg.(*ItemPage)
	if isItem {
		who = ip.Item.File
	}
	f := output.File{Path: j.file, Who: who, Layout: c.Kind, Render: func() ([]byte, error) {
		html, err := tpl.Render(c.Kind, j.pg)
		if err != nil {
			return nil, fmt.Errorf("rendering /%s: %w", c.Path, err)
		}
		if isItem {
			c.Site.PageRendered(ip.Item) // its body's HTML is shown nowhere else
		}
		return html, nil
	}}
	f.Shows, f.All = shows(j.pg)
	f.Lists = lists(j.pg)
	if isItem {
		f.Page = ip.Item
	}
	_, f.Late = j.pg.(*CatalogPage) // lists every item: serve renders it after the others
	return f
}

// lists says whose titles (display fields) a page shows besides its Shows:
// an item page its item's, a list or month page its rows'. The items these
// lead to (the item superseding one, a risk's power) count too
// (output.File.Lists). Any other kind (home, indexes, the catalog, search)
// may show any item's title: nil.
func lists(p kindPage) []*model.Item {
	switch p := p.(type) {
	case *ItemPage:
		out := []*model.Item{p.Item}
		for _, n := range []*model.Item{p.Prev, p.Next} {
			if n != nil {
				out = append(out, n)
			}
		}
		return out
	case *ListPage:
		return p.Items
	case *MonthPage:
		return p.Items
	case *SitemapPage, *ApplyPage:
		return []*model.Item{} // sections, categories, issuers, terms; request statistics
	case *page.Page:
		if p.Kind == "404" {
			return []*model.Item{}
		}
	}
	return nil
}

// shows says whose bodies a page may show: an item page its item's (and the
// item superseding it); a list page its items' (a layout may show their
// summaries). The catalog lists items by title and status only, and it lists
// every item outside the catalog, so treating it as showing every body would
// re-render the largest page of the site on every save. Any other kind
// (home, indexes, kinds added later) may show any body. This is what the
// built-in theme's pages show: a page whose layout the site wrote to show
// bodies (layout.Set.BySite) is taken to show every body.
func shows(p kindPage) ([]*model.Item, bool) {
	switch p := p.(type) {
	case *ItemPage:
		items := []*model.Item{p.Item}
		if p.Item.SupersededBy != nil {
			items = append(items, p.Item.SupersededBy)
		}
		return items, false
	case *ListPage:
		return p.Items, false
	case *MonthPage:
		return p.Items, false
	case *CatalogPage:
		return []*model.Item{}, false
	case *SitemapPage, *ApplyPage, *RepliesPage, *SupervisionPage:
		// names, counts and records: no item's body
		return []*model.Item{}, false
	case *page.Page:
		if p.Kind == "search" || p.Kind == "404" {
			return []*model.Item{}, false
		}
	}
	return nil, true
}

// dataFileSpec is one of the machine-readable files.
type dataFileSpec struct {
	name  string
	make  func(*model.Site) ([]byte, error)
	shows func(*model.Site) []*model.Item // nil: may show any body
	lists func(*model.Site) []*model.Item // nil: may show any item's title (output.File.Lists)
	late  bool                            // as large as the site: serve renders it after the pages (output.File.Late)
	raw   bool                            // made as minifying would write it: not minified again (a copy as large as the site saved)
}

var dataFiles = []dataFileSpec{
	{"index.json", indexJSON, showsNone, nil, true, true},
	{"feed.xml", feed, feedItems, feedItems, false, false},
	{"sitemap.xml", sitemap, showsNone, nil, true, false},
}

func showsNone(*model.Site) []*model.Item { return []*model.Item{} }

func feedItems(s *model.Site) []*model.Item { return s.Listed[:min(feedSize, len(s.Listed))] }

func dataFile(s *model.Site, d dataFileSpec) output.File {
	f := output.File{Path: d.name, Who: "the website", All: d.shows == nil, Late: d.late, Raw: d.raw, Render: func() ([]byte, error) {
		data, err := d.make(s)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", d.name, err)
		}
		return data, nil
	}}
	if d.shows != nil {
		f.Shows = d.shows(s)
	}
	if d.lists != nil {
		f.Lists = d.lists(s)
	}
	return f
}
