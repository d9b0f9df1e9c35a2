package web_test

import (
	"fmt"
	"html/template"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/tomlx"
	"github.com/gongkai/gongkai/internal/web"
)

// itemBefore is what item.html wrote of its item before it read the item
// through web.ItemView, and itemAfter the same through the view: for every
// item of the example site (every term, status, issuer, withdrawn and
// superseded items), the two must write the same bytes.
const (
	itemBefore = `{{with .Item}}{{url (print "categories/" .Category "/")}}|{{categoryName .Category}}|` +
		`{{if .Issuer}}{{issuerName .Issuer}}{{end}}|{{termName .Term}}|{{channelNames .Channels}}|` +
		`{{.Date}}|{{.Date.Chinese}}|{{.Until}}|` +
		`{{if eq .Term "periodic"}}{{periodName .Period}}|{{(lastUpdate .).Chinese}}|{{.Due.Chinese}}{{end}}|` +
		`{{if not .Withdrawn.IsZero}}{{.Withdrawn.Chinese}}{{end}}|` +
		`{{.Title}}|{{.Number}}|{{.IndexNumber}}|{{.Permalink}}|{{.Term}}|{{.Status}}|{{.StatusLabel}}|` +
		`{{.Internal}}|{{.AwaitsReview}}|{{.Issuer}}|{{with .SupersededBy}}{{.URL}}{{end}}|` +
		`{{categoryList .Category}}|{{with .Formed}}{{if not .IsZero}}<time datetime="{{.}}">{{.Chinese}}</time>{{end}}{{end}}|` +
		`{{if eq .Term "immediate"}}i{{else if eq .Term "periodic"}}p{{end}}|` +
		`{{if or $.Prev $.Next}}{{with $.Prev}}<a href="{{.URL}}">{{.Title}}</a>{{end}}{{with $.Next}}<a href="{{.URL}}">{{.Title}}</a>{{end}}{{end}}{{end}}`
	itemAfter = `{{with .View}}{{.CategoryURL}}|{{.CategoryName}}|` +
		`{{if .Issuer}}{{.IssuerName}}{{end}}|{{.TermName}}|{{.ChannelNames}}|` +
		`{{.Date}}|{{.DateChinese}}|{{.Until}}|` +
		`{{if eq .Term "periodic"}}{{.PeriodName}}|{{.LastUpdateChinese}}|{{.DueChinese}}{{end}}|` +
		`{{if .WithdrawnChinese}}{{.WithdrawnChinese}}{{end}}|` +
		`{{.Title}}|{{.Number}}|{{.IndexNumber}}|{{.Permalink}}|{{.Term}}|{{.Status}}|{{.StatusLabel}}|` +
		`{{.Internal}}|{{.AwaitsReview}}|{{.Issuer}}|{{with .SupersededBy}}{{.URL}}{{end}}|` +
		`{{.CategoryList}}|{{if .Formed}}<time datetime="{{.Formed}}">{{.FormedChinese}}</time>{{end}}|` +
		`{{if .Immediate}}i{{else if .Periodic}}p{{end}}|` +
		`{{if or .Prev .Next}}{{with .Prev}}<a href="{{.URL}}">{{.Title}}</a>{{end}}{{with .Next}}<a href="{{.URL}}">{{.Title}}</a>{{end}}{{end}}{{end}}`
)

// TestItemViewWritesWhatTheItemDid: the fields of web.ItemView, which
// item.html reads instead of calling functions and methods on the item,
// are what those calls wrote, for every item of the example site, and the
// view's item, body, power, timeline and risk points are the item's own.
func TestItemViewWritesWhatTheItemDid(t *testing.T) {
	t.Parallel()
	site, _ := renderWebsite(t, "2026-11-27")
	funcs := page.Funcs(site)
	before := template.Must(template.New("before").Funcs(funcs).Parse(itemBefore))
	after := template.Must(template.New("after").Funcs(funcs).Parse(itemAfter))
	terms := map[string]bool{}
	formed, neighbours := false, false
	for _, pg := range web.PagesOf(site) {
		p, ok := pg.(*web.ItemPage)
		if !ok {
			continue
		}
		it := p.Item
		formed = formed || !it.Formed.IsZero()
		neighbours = neighbours || p.Prev != nil && p.Next != nil
		var want, got strings.Builder
		if err := before.Execute(&want, p); err != nil {
			t.Fatal(err)
		}
		if err := after.Execute(&got, p); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: through the view\n%s\nthrough the item\n%s", it.File, got.String(), want.String())
		}
		v := p.View()
		if v.Item != it || v.Doc != it.Doc || v.Power != it.Power || v.SupersededBy != it.SupersededBy ||
			len(v.Timeline) != len(it.Timeline) || len(v.RiskPoints) != len(it.RiskPoints) {
			t.Errorf("%s: the view does not carry the item's own body, power, timeline or risk points", it.File)
		}
		terms[it.Term+" "+string(it.Status)] = true
	}
	if len(terms) < 5 || !formed || !neighbours {
		t.Errorf("the example site covers too few terms and statuses to check the view: %v (成文日期 %v, neighbours %v)", terms, formed, neighbours)
	}
}

// metaBefore is the item's part of partials/meta.html before it read the
// item through web.ItemMeta, and metaAfter the same through .Meta.
const (
	metaBefore = `{{- $c := .Site.Config}}{{with .Item}}
<meta name="ColumnName" content="{{categoryName .Category}}">
<meta name="ColumnType" content="{{sectionName .Category}}">
<meta name="ArticleTitle" content="{{.Title}}">
<meta name="PubDate" content="{{pubDate .}}">
<meta name="ContentSource" content="{{if .Issuer}}{{issuerName .Issuer}}{{else}}{{$c.County}}{{end}}">
<meta name="Keywords" content="{{categoryName .Category}},{{termName .Term}}{{with .Issuer}},{{issuerName .}}{{end}}">
<meta name="Description" content="{{summary . 100}}">
<meta name="Url" content="{{.Permalink}}">
{{- end}}`
	metaAfter = `{{with .Meta}}
<meta name="ColumnName" content="{{.ColumnName}}">
<meta name="ColumnType" content="{{.ColumnType}}">
<meta name="ArticleTitle" content="{{.ArticleTitle}}">
<meta name="PubDate" content="{{.PubDate}}">
<meta name="ContentSource" content="{{.ContentSource}}">
<meta name="Keywords" content="{{.Keywords}}">
<meta name="Description" content="{{.Description}}">
<meta name="Url" content="{{.URL}}">
{{- end}}`
)

// TestItemMetaWritesWhatTheItemDid: the fields of web.ItemMeta, which
// meta.html reads instead of calling functions on the item, are what those
// calls wrote, escaped as attributes, for every item of the example site
// (with and without an issuer, a time of publication, a summary).
func TestItemMetaWritesWhatTheItemDid(t *testing.T) {
	t.Parallel()
	site, _ := renderWebsite(t, "2026-11-27")
	funcs := page.Funcs(site)
	before := template.Must(template.New("before").Funcs(funcs).Parse(metaBefore))
	after := template.Must(template.New("after").Funcs(funcs).Parse(metaAfter))
	kinds := map[string]bool{}
	for _, own := range site.Items {
		for _, it := range metaVariants(own) {
			p := web.Flatten(&web.ItemPage{Page: page.Page{Site: site, Kind: "item"}, Item: it})
			var want, got strings.Builder
			if err := before.Execute(&want, p); err != nil {
				t.Fatal(err)
			}
			if err := after.Execute(&got, p); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("%s: through .Meta\n%s\nthrough the item\n%s", it.File, got.String(), want.String())
			}
			kinds[fmt.Sprint(it.Issuer != "", it.Published.HasTime, it.Summary != "")] = true
		}
	}
	if len(kinds) < 4 {
		t.Errorf("too few kinds of items checked: %v", kinds)
	}
}

// metaVariants are the item and copies of it without its issuer, without
// its summary, and published at a time of day.
func metaVariants(it *model.Item) []*model.Item {
	out := []*model.Item{it}
	for _, change := range []func(*content.Item){
		func(c *content.Item) { c.Issuer = "" },
		func(c *content.Item) { c.Summary = "" },
		func(c *content.Item) {
			c.Published = tomlx.Date{Y: it.Date.Y, M: int(it.Date.M), D: it.Date.D, Hour: 9, Min: 30, HasTime: true, Local: true}
		},
	} {
		c, ci := *it, *it.Item
		change(&ci)
		c.Item = &ci
		out = append(out, &c)
	}
	return out
}
