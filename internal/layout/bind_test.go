package layout

import (
	"html/template"
	"testing"
	"testing/fstest"
)

// TestBindGivesTheSiteFunctions: a Set parsed with stand-ins for its
// functions (a build parses while its site still loads) renders, once
// bound, with the functions it was bound to, on pages and in partials.
func TestBindGivesTheSiteFunctions(t *testing.T) {
	site := fstest.MapFS{
		"themes/plain/layouts/base.html":       {Data: []byte(`<p>{{block "main" .}}{{end}}</p>`)},
		"themes/plain/layouts/item.html":       {Data: []byte(`{{define "main"}}{{who}} {{template "partials/x.html" .}}{{end}}`)},
		"themes/plain/layouts/partials/x.html": {Data: []byte(`{{who}}`)},
	}
	stand := template.FuncMap{"who": func() string { return "stand-in" }}
	s, diags := Load(site, "plain", stand)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	s.Bind(template.FuncMap{"who": func() string { return "site" }})
	out, err := s.Render("item", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(out); got != "<p>site site</p>" {
		t.Errorf("bound, the page renders %q, want %q", got, "<p>site site</p>")
	}
	p, err := s.Partial("item", "x.html", nil)
	if err != nil || p != "site" {
		t.Errorf("bound, the partial renders %q (%v), want %q", p, err, "site")
	}
}
