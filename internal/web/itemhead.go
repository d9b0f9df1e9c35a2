package web

import (
	"html/template"
	"strings"

	"github.com/gongkai/gongkai/internal/layout"
)

// The built-in partials/meta.html and partials/crumbs.html of an item's
// page, written by Go as itemmain.go writes its main, and compared with
// the templates by the same test (TestItemMainAsTemplate).

func init() {
	layout.Compile("partials/meta.html", []string{"item"}, []string{"partials/meta.html"}, itemMetaOf)
	layout.Compile("partials/crumbs.html", []string{"item"}, []string{"partials/crumbs.html"}, itemCrumbsOf)
}

// itemMetaOf is meta.html of an item's page: the site's metadata, then
// the column's and the article's (ItemMeta).
func itemMetaOf(data any) (template.HTML, bool) {
	p, ok := data.(*ItemPage)
	if !ok || !itemMainOn.Load() {
		return "", false
	}
	attr := layout.EscapeAttr
	c, m := p.Site.Config, p.Meta()
	var b strings.Builder
	b.Grow(1024)
	w := func(ss ...string) {
		for _, s := range ss {
			b.WriteString(s)
		}
	}
	w(`<meta name="SiteName" content="`, attr(c.Title), "\">\n<meta name=\"SiteDomain\" content=\"", attr(c.Domain()), `">`)
	if code := c.SiteInfo.SiteCode; code != "" {
		w("\n<meta name=\"SiteIDCode\" content=\"", attr(code), `">`)
	}
	for _, nv := range [...][2]string{{"ColumnName", m.ColumnName}, {"ColumnType", m.ColumnType}, {"ArticleTitle", m.ArticleTitle},
		{"PubDate", m.PubDate}, {"ContentSource", m.ContentSource}, {"Keywords", m.Keywords}, {"Description", m.Description}, {"Url", m.URL}} {
		w("\n<meta name=\"", nv[0], "\" content=\"", attr(nv[1]), `">`)
	}
	w("\n")
	itemWritten[pieceMeta].Add(1)
	return template.HTML(b.String()), true //nolint:gosec // escaped as html/template escapes the template
}

// itemCrumbsOf is crumbs.html of an item's page: 当前位置 and its trail.
func itemCrumbsOf(data any) (template.HTML, bool) {
	p, ok := data.(*ItemPage)
	if !ok || !itemMainOn.Load() {
		return "", false
	}
	text := layout.EscapeText
	var b strings.Builder
	b.Grow(512)
	w := func(ss ...string) {
		for _, s := range ss {
			b.WriteString(s)
		}
	}
	w("<nav class=\"crumbs\" aria-label=\"当前位置\">\n  <span>当前位置：</span><a href=\"", layout.EscapeURL(p.Site.BasePath), `">首页</a>`)
	for _, s := range p.Trail() {
		w(` <span aria-hidden="true">›</span> `)
		if s.Here {
			w(`<span aria-current="page">`, text(s.Title), `</span>`)
		} else {
			w(`<a href="`, layout.EscapeURL(s.URL), `">`, text(s.Title), `</a>`)
		}
	}
	w("\n</nav>\n")
	itemWritten[pieceCrumbs].Add(1)
	return template.HTML(b.String()), true //nolint:gosec // escaped as html/template escapes the template
}
