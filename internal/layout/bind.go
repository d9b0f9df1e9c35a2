package layout

import "html/template"

// Bind gives the templates of s the functions funcs, under the names they
// were parsed with. A build parses its layouts while the site is still
// loading, with stand-ins for the functions of a site that does not exist
// yet (the same names and kinds: parsing reads only the names), and binds
// the site's own once it has it. It must be called before s first
// executes, with every name s was loaded with.
func (s *Set) Bind(funcs template.FuncMap) {
	for _, t := range s.pages {
		t.Funcs(funcs)
	}
}
