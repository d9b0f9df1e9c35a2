package layout

import (
	"testing"
	"testing/fstest"
)

// TestShowsBodies: a site's layouts show a body when any file of its own
// (layouts/ or its theme's folder) names one, as BySite weighs them; the
// built-in theme's files, and the site's that name none, do not.
func TestShowsBodies(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	for _, c := range []struct {
		name string
		site fstest.MapFS
		want bool
	}{
		{"built-in theme only", fstest.MapFS{}, false},
		{"site catalog.html showing texts", fstest.MapFS{"layouts/catalog.html": file(`{{define "main"}}{{range .Site.Items}}{{.Doc.Text}}{{end}}{{end}}`)}, true},
		{"site catalog.html with summaries", fstest.MapFS{"layouts/catalog.html": file(`{{define "main"}}{{range .Site.Items}}{{summary . 900}}{{end}}{{end}}`)}, true},
		{"site catalog.html of titles", fstest.MapFS{"layouts/catalog.html": file(`{{define "main"}}{{range .Site.Items}}{{.Title}}{{end}}{{end}}`)}, false},
		{"site partial showing a source", fstest.MapFS{"layouts/partials/footer.html": file(`{{with .Item}}{{.Body}}{{end}}`)}, true},
		{"site copy of the theme's item page", fstest.MapFS{"themes/default/layouts/item.html": file(`{{define "main"}}{{.Item.Doc.HTML}}{{end}}`)}, true},
		{"site text file naming a body", fstest.MapFS{"layouts/notes.txt": file(`{{.Doc.Text}}`)}, false},
	} {
		if got := ShowsBodies(c.site, "default"); got != c.want {
			t.Errorf("%s: ShowsBodies = %v, want %v", c.name, got, c.want)
		}
	}
}
