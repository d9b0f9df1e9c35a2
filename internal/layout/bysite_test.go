package layout

import (
	"html/template"
	"testing"
	"testing/fstest"
)

// TestBySite: a kind is the site's when its page, base.html or a partial
// comes from the site's layouts/ or themes/ folder and names a body (the
// fields Doc or Body, the function summary, or another template); the
// built-in theme's kinds, and site files that name no body, are not.
func TestBySite(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	for _, c := range []struct {
		name       string
		site       fstest.MapFS
		catalog    bool // want BySite("catalog")
		item, home bool
	}{
		{"built-in theme only", fstest.MapFS{}, false, false, false},
		{"site catalog.html showing bodies", fstest.MapFS{"layouts/catalog.html": file(`{{define "main"}}{{range .Site.Items}}{{.Doc.HTML}}{{end}}{{end}}`)}, true, false, false},
		{"site catalog.html with summaries", fstest.MapFS{"layouts/catalog.html": file(`{{define "main"}}{{range .Site.Items}}{{summary . 9}}{{end}}{{end}}`)}, true, false, false},
		{"site catalog.html calling a partial", fstest.MapFS{"layouts/catalog.html": file(`{{define "main"}}{{template "partials/x.html" .}}{{end}}`), "layouts/partials/x.html": file(`x`)}, true, false, false},
		{"site catalog.html of titles", fstest.MapFS{"layouts/catalog.html": file(`{{define "main"}}{{range .Site.Items}}{{.Title}}{{end}}{{end}}`)}, false, false, false},
		{"site footer of metadata", fstest.MapFS{"layouts/partials/footer.html": file(`<footer>{{.Site.Config.County}}</footer>`)}, false, false, false},
		{"site partial showing a body", fstest.MapFS{"layouts/partials/footer.html": file(`{{with .Item}}{{.Body}}{{end}}`)}, true, true, true},
		{"site base.html", fstest.MapFS{"layouts/base.html": file(`<main>{{template "main" .}}</main>`)}, false, false, false},
		{"site copy of the theme", fstest.MapFS{"themes/default/layouts/item.html": file(`{{define "main"}}{{.Item.Doc.HTML}}{{end}}`)}, false, true, false},
	} {
		set, diags := Load(c.site, "default", testFuncs())
		if len(diags) > 0 {
			t.Fatalf("%s: %v", c.name, diags)
		}
		for kind, want := range map[string]bool{"catalog": c.catalog, "item": c.item, "home": c.home} {
			if got := set.BySite(kind); got != want {
				t.Errorf("%s: BySite(%q) = %v, want %v", c.name, kind, got, want)
			}
		}
	}
}

// testFuncs are names the built-in theme calls, doing nothing: the test
// parses templates, it renders none.
func testFuncs() template.FuncMap {
	funcs := template.FuncMap{}
	for _, name := range []string{"url", "abs", "categoryName", "issuerName", "termName", "periodName", "channelName",
		"channelNames", "summary", "powerTypeName", "measureKindName", "riskLevelWord", "add", "daysLeft", "workdays",
		"dueDate", "lastUpdate", "first", "year", "zoneOffsets", "coverageItems", "categoryList", "sectionName", "pubDate", "shortDate", "webBody"} {
		funcs[name] = func(...any) string { return "" }
	}
	return funcs
}
