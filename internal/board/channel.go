package board

import (
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
)

// Channel is the bulletin boards' sheets as an output.Channel.
type Channel struct {
	PDF  bool           // the build prints PDFs (--pdf): the pages link to them
	Tile string         // with PDF: the paper the build cuts larger sheets into (--tile), for boards without tile of their own
	Laid func([]*Board) // when set, called with every board of the build as laid out, once the index is rendered
}

// Configure is list with its boards' channel changed by f, the others as
// they are.
func Configure(list []output.Channel, f func(*Channel)) []output.Channel {
	out := make([]output.Channel, len(list))
	for i, ch := range list {
		if c, ok := ch.(Channel); ok {
			f(&c)
			ch = c
		}
		out[i] = ch
	}
	return out
}

// Name is the boards' key in the build summary.
func (Channel) Name() string { return "board" }

// Late is true: serve lays boards out after the website's pages are shown.
func (Channel) Late() bool { return true }

// Files are the sheet pages and the print room's index (Files).
func (c Channel) Files(site *model.Site, tpl *layout.Set, memo output.Memo) ([]output.File, error) {
	return c.files(site, tpl, memo), nil
}

// Reserved is the print room's folder.
func (Channel) Reserved() []content.Reserved {
	return []content.Reserved{{Path: "boards/", What: "the bulletin boards' sheets"}}
}

// Carries is every item a board of the build carries (output.Carrier).
func (Channel) Carries(site *model.Site) []*model.Item {
	var out []*model.Item
	for _, cb := range site.Boards() {
		out = append(out, Items(site.View(cb.Scope), cb)...)
	}
	return out
}
