package build

import (
	"fmt"
	"io/fs"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
)

// checkMark reports a [site_info] mark (the 党政机关网站 mark) that is not
// a file of the site's static/ folder or its theme's: every page's footer
// shows it, so a missing image is an error at the key, not a broken
// picture on every page.
func checkMark(fsys fs.FS, cfg *config.Site) []diag.Diagnostic {
	mark := cfg.SiteInfo.Mark
	if mark == "" {
		return nil
	}
	for _, l := range layout.Layers(fsys, cfg.Theme, "static") {
		if fi, err := fs.Stat(l.FS, mark); err == nil && !fi.IsDir() {
			return nil
		}
	}
	return []diag.Diagnostic{{File: config.File, Line: cfg.Meta.Line("site_info.mark"),
		Msg: fmt.Sprintf("mark %q is not in the static/ folder; put the 党政机关网站 mark's image at static/%s, or correct the path", mark, mark)}}
}
