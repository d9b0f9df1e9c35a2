package build

import (
	"html/template"
	"io/fs"

	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/page"
)

// layouts are a build's templates, parsed while the site loads: parsing
// needs only the theme (from site.toml) and the names of the template
// functions, not the site they read (page.Funcs), which does not exist
// until the model is built. On a small site parsing is as long as reading
// and modelling the content, which it then runs beside.
type layouts struct {
	done chan error
	tpl  *layout.Set
	bad  []diag.Diagnostic
}

// parseAside starts parsing the layouts of theme in fsys on a goroutine
// of its own, with stand-ins for the template functions; nil when the
// stand-ins cannot be made (a function of page.Funcs reading the site as
// it is made), in which case the build parses the layouts once it has the
// site, as before.
func parseAside(fsys fs.FS, theme string) *layouts {
	stand, ok := standIns()
	if !ok {
		return nil
	}
	l := &layouts{done: make(chan error, 1)}
	go func() {
		l.done <- output.Safely("layouts", func() error {
			l.tpl, l.bad = layout.Load(fsys, theme, stand)
			return nil
		})
	}()
	return l
}

// standIns are page.Funcs of an empty site: the functions' names and
// kinds, for parsing; false when making them panics.
func standIns() (funcs template.FuncMap, ok bool) {
	defer func() {
		if recover() != nil {
			funcs, ok = nil, false
		}
	}()
	return page.Funcs(&model.Site{}), true
}

// templates are the layouts of site: those parsed aside (l), bound to
// site's functions, or, when none were parsed aside, parsed now. A crash
// while parsing aside is raised again here, where serve recovers from it.
func (l *layouts) templates(fsys fs.FS, site *model.Site) (*layout.Set, []diag.Diagnostic) {
	if l == nil {
		return layout.Load(fsys, site.Config.Theme, page.Funcs(site))
	}
	if err := <-l.done; err != nil {
		panic(err)
	}
	if len(l.bad) == 0 {
		l.tpl.Bind(page.Funcs(site))
	}
	return l.tpl, l.bad
}
