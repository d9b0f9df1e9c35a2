package web

import (
	"html/template"
	"strings"

	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
)

// The built-in partials/item-row.html, an item's row in a list, a month
// of the archive and the catalog, written by Go as itemmain.go writes an
// item's main: a list page's rows are most of what it runs. Compared with
// the template by TestItemRowAsTemplate.

func init() {
	layout.Compile("partials/item-row.html", []string{"list", "month", "catalog"},
		[]string{"partials/item-row.html", "partials/clock.html", "partials/window.html", "partials/status.html"}, itemRowOf)
}

func itemRowOf(data any) (template.HTML, bool) {
	it, ok := data.(*model.Item)
	if !ok || it == nil || it.Comment != nil || !itemMainOn.Load() {
		return "", false
	}
	text, attr := layout.EscapeText, layout.EscapeAttr
	var b strings.Builder
	b.Grow(640)
	w := func(ss ...string) {
		for _, s := range ss {
			b.WriteString(s)
		}
	}
	w(`<li class="row"`)
	itemClock(w, it)
	w("\n>\n  <a class=\"row-title\" href=\"", layout.EscapeURL(it.URL), "\">", text(it.Title), "</a>\n  <span class=\"row-meta\">")
	if it.Term == "immediate" {
		w(`<span class="row-window">`)
		itemWindow(w, it)
		w(`</span>`)
	}
	w("\n    <span class=\"status status-"+attr(string(it.Status))+"\" data-status-class data-status-label>", text(it.StatusLabel()), "</span>\n")
	w("\n    <time datetime=\"", attr(it.Date.String()), "\">", text(it.Date.Chinese()), "</time>\n  </span>\n</li>\n")
	itemWritten[pieceRow].Add(1)
	return template.HTML(b.String()), true //nolint:gosec // escaped as html/template escapes the template
}
