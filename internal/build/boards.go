package build

import (
	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/page"
)

// Boards lays out the boards of site as a build does and says what
// `gongkai check` tells of them (board.Legibility): warnings for items too
// long for their board, notes for nearly empty sheets and columns of lines
// too short or too long. A layout that fails says nothing here: the build
// reports it.
func Boards(opts *Options, site *model.Site) (warnings, notes []diag.Diagnostic) {
	if len(site.Boards()) == 0 {
		return nil, nil
	}
	tpl, tdiags := layout.Load(opts.FS, site.Config.Theme, page.Funcs(site))
	if len(tdiags) > 0 {
		return nil, nil
	}
	boards, err := board.Layout(site, tpl)
	if err != nil {
		return nil, nil
	}
	return board.Legibility(boards)
}
