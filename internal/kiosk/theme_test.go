package kiosk

import (
	"html/template"
	"os"
	"sync"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
)

// theme is the built-in theme's templates, loaded once for the package's
// tests.
var theme = sync.OnceValues(func() (*layout.Set, error) {
	tpl, diags := layout.Load(os.DirFS("../.."), "default", page.Funcs(&model.Site{}))
	if len(diags) > 0 {
		return nil, diags[0]
	}
	return tpl, nil
})

// pageHTML is pg as the built-in theme writes it on a display screen.
func pageHTML(t testing.TB, pg Page) string {
	t.Helper()
	tpl, err := theme()
	if err != nil {
		t.Fatal(err)
	}
	h, err := Common{Kiosk: &config.Kiosk{Kind: "display"}, tpl: tpl}.body(pg)
	if err != nil {
		t.Fatal(err)
	}
	return string(h)
}

// pieceHTML is p alone on a page, as the built-in theme writes it.
func pieceHTML(t testing.TB, p *Piece) string {
	t.Helper()
	return pageHTML(t, Page{Pieces: []*Piece{p}})
}

// testTags are what links and images become with the built-in theme.
var testTags = sync.OnceValues(func() (*inlineTags, error) {
	tpl, err := theme()
	if err != nil {
		return nil, err
	}
	return newInlineTags(tpl, "kiosk-display")
})

// withTags is m with the built-in theme's link and image tags.
func withTags(t testing.TB, m Metrics) Metrics {
	t.Helper()
	tags, err := testTags()
	if err != nil {
		t.Fatal(err)
	}
	m.tags = tags
	return m
}

// whole is the HTML of a block of runs made safe for a kiosk (offline),
// its element around them, as the theme writes a heading.
func whole(p *flow.Para) template.HTML {
	tags, err := testTags()
	if err != nil {
		panic(err)
	}
	return template.HTML(p.Open) + runsHTML(p, tags) + template.HTML(p.Close) //nolint:gosec // written by flow
}
