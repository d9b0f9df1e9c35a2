package layout

import "html/template"

// Fast escaping. html/template ends every action with the escapers of its
// context, {{.Title}} becoming {{.Title | _html_template_htmlescaper}}
// and an href's {{.URL}} three of them, functions of ...any that
// text/template calls by reflection, making a slice for each call. Once
// share has escaped a page's templates, fast puts under the same names
// the same escapers of one value (escapers.go), so that the page writes
// the same bytes for less. The templates are left as html/template
// escaped them: a partial escaped later (Set.Partial) has html/template
// put its own functions back, which write the same.
func fast(t *template.Template) {
	funcs := template.FuncMap{}
	for name, f := range escapers {
		funcs[name] = f
	}
	t.Funcs(funcs)
}
