package web

import (
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
)

// sitemapPath is the site map readers open from every page's footer (网站
// 地图); sitemap.xml stays for search engines.
const sitemapPath = "sitemap/"

func sitemapPage(s *model.Site) *SitemapPage {
	return &SitemapPage{Page: page.Page{Kind: "sitemap", Title: "网站地图", Path: sitemapPath,
		Crumbs: []page.Crumb{crumb("网站地图", sitemapPath)}}, Powers: len(s.Powers) > 0, Risks: len(s.Risks) > 0}
}
