package web

import (
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/redirect"
)

// Channel is the website as an output.Channel: its pages and data files,
// and the redirect pages at the items' old addresses (package redirect).
type Channel struct{}

// Name is the website's key in the build summary.
func (Channel) Name() string { return "web" }

// Late is false: serve shows the website's pages first.
func (Channel) Late() bool { return false }

// Files are the website's files (Files) and the redirect pages.
func (Channel) Files(site *model.Site, tpl *layout.Set, _ output.Memo) ([]output.File, error) {
	return append(Files(site, tpl), redirect.Files(site, tpl)...), nil
}

// Reserved are the website's folders and the pages it writes inside
// folders that also hold items.
func (Channel) Reserved() []content.Reserved {
	out := []content.Reserved{
		{Path: "categories/", What: "the lists by category"}, {Path: "terms/", What: "the lists by term"},
		{Path: "issuers/", What: "the lists by issuer"}, {Path: "catalog/", What: "the catalog"},
		{Path: "archive/", What: "the archive"}, {Path: "page/", What: "the pages of the home list"},
		{Path: "search/", What: "the search page"}, {Path: sitemapPath, What: "the site map (网站地图)"},
		{Path: "powers/", What: "职权目录 (power list)", Page: true},
		{Path: "risks/", What: "廉政风险点 register", Page: true},
		{Path: applyPath, What: "the 依申请公开 page", Page: true},
		{Path: repliesPath, What: "the 留言回应 page", Page: true},
		{Path: supervisionPath, What: "the 监督评议 page", Page: true},
	}
	for _, e := range config.RiskLevels.Entries {
		out = append(out, content.Reserved{Path: "risks/" + e.Key + "/", What: "register of " + e.Label + " risks", Page: true})
	}
	for _, f := range rootFiles {
		out = append(out, content.Reserved{Path: f[0], What: f[1], Page: true})
	}
	return out
}

// rootFiles are the files the website writes at the root of the output.
var rootFiles = [][2]string{{"index.html", "the home page"}, {"404.html", "the page for addresses that are not found"},
	{"index.json", "the list of items"}, {"feed.xml", "the feed"}, {"sitemap.xml", "the sitemap"}}
