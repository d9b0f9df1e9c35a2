package web_test

import (
	"html/template"
	"os"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/web"
)

// crumbsBefore is partials/crumbs.html as it was before it read the
// page's Trail: each crumb's address and whether it is the last made by
// the template (url, add, eq).
const crumbsBefore = `<nav class="crumbs" aria-label="当前位置">
  <span>当前位置：</span><a href="{{url ""}}">首页</a>
  {{- $last := len .Crumbs}}
  {{- range $i, $c := .Crumbs}} <span aria-hidden="true">›</span> {{if eq (add $i 1) $last}}<span aria-current="page">{{$c.Title}}</span>{{else}}<a href="{{url $c.Path}}">{{$c.Title}}</a>{{end}}{{end}}
</nav>
`

// TestTrailWritesWhatTheCrumbsDid: the theme's crumbs.html, reading the
// page's Trail, writes on every page of the example what it wrote
// making each crumb's address and place itself, under a base path too.
func TestTrailWritesWhatTheCrumbsDid(t *testing.T) {
	t.Parallel()
	site, _ := renderWebsite(t, "2026-11-27")
	theme, err := os.ReadFile("../../themes/default/layouts/partials/crumbs.html")
	if err != nil {
		t.Fatal(err)
	}
	funcs := page.Funcs(site)
	before := template.Must(template.New("before").Funcs(funcs).Parse(crumbsBefore))
	after := template.Must(template.New("after").Funcs(funcs).Parse(string(theme)))
	pages := web.PagesOf(site)
	base := site.BasePath
	defer func() { site.BasePath = base }()
	steps := 0
	for _, bp := range []string{base, "/sub/"} {
		site.BasePath = bp
		for _, p := range pages {
			var want, got strings.Builder
			if err := before.Execute(&want, p); err != nil {
				t.Fatal(err)
			}
			if err := after.Execute(&got, p); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("through the trail\n%s\nthrough the crumbs\n%s", got.String(), want.String())
			}
			steps += strings.Count(want.String(), "›")
		}
	}
	if len(pages) < 50 || steps < 2*len(pages) {
		t.Errorf("too few pages or crumbs checked: %d pages, %d crumbs", len(pages), steps)
	}
}
