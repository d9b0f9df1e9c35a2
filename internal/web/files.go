package web

import (
	"fmt"
	"io"

	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/search"
)

// Files lists every file of the website, unrendered, in a fixed order: the
// search's files (search.go), the pages of plan, then index.json, feed.xml
// and sitemap.xml. Render renders
// them all; serve renders only those whose inputs changed.
func Files(site *model.Site, tpl *layout.Set) []output.File {
	jobs := plan(site)
	files := make([]output.File, 0, len(jobs)+len(dataFiles)+search.ShardsFor(len(site.Listed))+len(site.Listed)/searchChunk+2)
	// the search files first: a build writes them as soon as the bodies
	// are, so that the bodies' search tokens (model.Item.Words) and the
	// index made of them are let go before the lists are rendered
	files = append(files, searchFiles(site)...)
	for _, j := range jobs {
		files = append(files, pageFile(site, tpl, j))
	}
	for _, d := range dataFiles {
		files = append(files, dataFile(site, d))
	}
	return files
}

func pageFile(s *model.Site, tpl *layout.Set, j job) output.File {
	if j.item != nil {
		return itemFile(s, tpl, j)
	}
	c := j.pg.Common()
	f := output.File{Path: j.file, Who: "page /" + c.Path, Layout: c.Kind, Render: func() ([]byte, error) {
		html, err := tpl.Render(c.Kind, j.pg)
		if err != nil {
			return nil, fmt.Errorf("rendering /%s: %w", c.Path, err)
		}
		return html, nil
	}}
	f.Shows, f.All = shows(j.pg)
	f.Lists = lists(j.pg)
	if _, ok := j.pg.(*CatalogPage); ok { // lists every item
		f.Late = true // serve renders it after the others
		f.Stream = func(w io.Writer) error {
			if err := tpl.Execute(w, c.Kind, j.pg); err != nil {
				return fmt.Errorf("rendering /%s: %w", c.Path, err)
			}
			return nil
		}
	}
	return f
}

// itemFile is the file of an item's page, whose data it makes only when
// the page is rendered (itemPage).
func itemFile(s *model.Site, tpl *layout.Set, j job) output.File {
	it, adj := j.item, j.adj
	f := output.File{Path: j.file, Who: it.File, Layout: "item", Page: it, Render: func() ([]byte, error) {
		html, err := tpl.Render("item", itemPage(s, it, adj))
		if err != nil {
			return nil, fmt.Errorf("rendering /%s: %w", it.Path, err)
		}
		s.PageRendered(it) // its body's HTML is shown nowhere else
		return html, nil
	}}
	f.Shows, f.Lists = itemShows(it), itemLists(it, adj.prev, adj.next)
	return f
}

// itemShows are the items whose bodies an item's page may show: its own
// and the item superseding it.
func itemShows(it *model.Item) []*model.Item {
	if it.SupersededBy != nil {
		return []*model.Item{it, it.SupersededBy}
	}
	return []*model.Item{it}
}

// itemLists are the items whose titles an item's page shows: its own and
// its neighbours'.
func itemLists(it, prev, next *model.Item) []*model.Item {
	out := []*model.Item{it}
	for _, n := range []*model.Item{prev, next} {
		if n != nil {
			out = append(out, n)
		}
	}
	return out
}

// lists says whose titles (display fields) a page shows besides its Shows:
// an item page its item's, a list or month page its rows'. The items these
// lead to (the item superseding one, a risk's power) count too
// (output.File.Lists). Any other kind (home, indexes, the catalog, search)
// may show any item's title: nil.
func lists(p kindPage) []*model.Item {
	switch p := p.(type) {
	case *ItemPage:
		return itemLists(p.Item, p.Prev, p.Next)
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
		return itemShows(p.Item), false
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
	// stream writes what make returns piece by piece (output.File.Stream); nil for a file made whole
	stream func(*model.Site, io.Writer) error
}

var dataFiles = []dataFileSpec{
	{"index.json", indexJSON, showsNone, nil, true, true, writeIndexJSON},
	{"feed.xml", feed, feedItems, feedItems, false, false, nil},
	{"sitemap.xml", sitemap, showsNone, nil, true, true, writeSitemap},
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
	if d.stream != nil {
		f.Stream = func(w io.Writer) error {
			if err := d.stream(s, w); err != nil {
				return fmt.Errorf("%s: %w", d.name, err)
			}
			return nil
		}
	}
	if d.shows != nil {
		f.Shows = d.shows(s)
	}
	if d.lists != nil {
		f.Lists = d.lists(s)
	}
	return f
}
