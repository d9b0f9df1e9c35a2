package layout

import (
	"testing"
	"testing/fstest"
)

type renewSite struct{ Name string }

type renewPage struct {
	Site  *renewSite
	Items []*keptItem
}

// TestRenewForgetsPartials: a Set renders a kept row (an item fixed for
// the build) and a shared footer (a page field) from what it wrote
// before, so after the values change in place it shows them only once
// renewed, and then as a new Set does.
func TestRenewForgetsPartials(t *testing.T) {
	fsys := fstest.MapFS{
		"themes/plain/layouts/base.html":          {Data: []byte(`<html>{{template "main" .}}{{template "partials/foot.html" .}}</html>`)},
		"themes/plain/layouts/list.html":          {Data: []byte(`{{define "main"}}<ul>{{range .Items}}{{template "partials/row.html" .}}{{end}}</ul>{{end}}`)},
		"themes/plain/layouts/partials/row.html":  {Data: []byte(`<li{{template "partials/attr.html" .}}>{{.Title}}</li>`)},
		"themes/plain/layouts/partials/attr.html": {Data: []byte(` title="{{.Title}}"`)},
		"themes/plain/layouts/partials/foot.html": {Data: []byte(`<footer>{{.Site.Name}}</footer>`)},
	}
	load := func() *Set {
		set, diags := Load(fsys, "plain", nil)
		if len(diags) > 0 {
			t.Fatal(diags)
		}
		return set
	}
	site, item := &renewSite{Name: "青山县"}, &keptItem{Title: "甲"}
	page := &renewPage{Site: site, Items: []*keptItem{item}}
	render := func(set *Set) string {
		t.Helper()
		html, err := set.Render("list", page)
		if err != nil {
			t.Fatal(err)
		}
		return string(html)
	}
	set := load()
	before := render(set)
	site.Name, item.Title = "青山县人民政府", "乙"
	if got := render(set); got != before {
		t.Fatalf("the Set does not keep what its partials wrote (%s); this test needs it to", got)
	}
	set.Renew()
	want := render(load())
	if got := render(set); got != want {
		t.Errorf("renewed: %s\nwant a new Set's: %s", got, want)
	}
	if want != `<html><ul><li title="乙">乙</li></ul><footer>青山县人民政府</footer></html>` {
		t.Errorf("a new Set renders %s", want)
	}
}
