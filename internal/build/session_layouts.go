package build

import (
	"fmt"
	"io/fs"

	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
)

// layoutCache is the templates of the last build, kept for the next while
// the build has the same model (model.Rebody: only bodies changed, and
// no build reads the model any more) and the same layouts; they are then
// renewed (layout.Set.Renew), not parsed and escaped again.
type layoutCache struct {
	tpl  *layout.Set
	site *model.Site // what page.Funcs reads
	sum  uint64      // layoutSum
}

// layouts loads the templates of the site's theme and layouts/, or renews
// the last build's.
func (s *Session) layouts(fsys fs.FS, site *model.Site, sum uint64) (*layout.Set, []diag.Diagnostic) {
	if c := s.tpl; c != nil && c.site == site && c.sum == sum {
		c.tpl.Renew()
		return c.tpl, nil
	}
	s.tpl = nil
	tpl, diags := layout.Load(fsys, site.Config.Theme, page.Funcs(site))
	if len(diags) == 0 {
		s.tpl = &layoutCache{tpl: tpl, site: site, sum: sum}
	}
	return tpl, diags
}

// layoutSum fingerprints the layout files of the theme and of layouts/.
func (s *Session) layoutSum(fsys fs.FS, theme string) (uint64, error) {
	h := s.hash()
	h.WriteString(theme + "\x00")
	for _, f := range layout.Resolve(layout.Layers(fsys, theme, "layouts")) {
		data, err := fs.ReadFile(f.Layer.FS, f.Path)
		if err != nil {
			return 0, err
		}
		fmt.Fprintf(h, "%s/%s\x00%d\x00", f.Layer.Name, f.Path, len(data))
		h.Write(data)
	}
	return h.Sum64(), nil
}
