package web

import (
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/page"
)

// ItemMeta is what the built-in partials/meta.html writes of an item's
// page into its metadata (《政府网站发展指引》, 网页元数据), as plain fields:
// each what the partial wrote before with the label functions of
// page.Funcs (categoryName, sectionName, pubDate, issuerName, termName,
// summary) and the item's fields, byte for byte, without a reflected call
// or a search of the item's embedded structs per field.
type ItemMeta struct {
	ColumnName    string // categoryName .Category
	ColumnType    string // sectionName .Category
	ArticleTitle  string
	PubDate       string // pubDate .
	ContentSource string // its issuer's name, else the county
	Keywords      string // category, term and issuer names, joined by commas
	Description   string // summary . 100
	URL           string // .Permalink
}

// Meta is the page's item as the built-in meta.html reads it (ItemMeta),
// made when the page is rendered.
func (p *ItemPage) Meta() *ItemMeta {
	it, s := p.Item, p.Site
	m := &ItemMeta{ColumnName: s.CategoryLabel(it.Category), ColumnType: page.SectionName(s.Category(it.Category)),
		ArticleTitle: it.Title, PubDate: page.PubDate(s, it), ContentSource: s.Config.County,
		Description: page.Summary(it, 100), URL: it.Permalink}
	m.Keywords = m.ColumnName + "," + config.Terms.Label(it.Term)
	if it.Issuer != "" {
		m.ContentSource = s.IssuerLabel(it.Issuer)
		m.Keywords += "," + m.ContentSource
	}
	return m
}
