package page

import "strings"

// Step is one crumb of the trail as partials/crumbs.html writes it.
type Step struct {
	Title string
	URL   string // url .Path: the crumb's address under the site's base path
	Here  bool   // the last crumb, the page itself: not a link
}

// Trail is the page's breadcrumb trail (Crumbs) with each crumb's address
// and the last one marked, made in Go so that crumbs.html writes each
// crumb without calling url, add and eq for it.
func (p *Page) Trail() []Step {
	out := make([]Step, len(p.Crumbs))
	for i, c := range p.Crumbs {
		out[i] = Step{Title: c.Title, URL: p.Site.BasePath + strings.TrimPrefix(c.Path, "/"), Here: i == len(p.Crumbs)-1}
	}
	return out
}
