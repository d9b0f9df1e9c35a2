package board

import (
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/publish"
)

// Render writes every board's sheets and the print room's index, and
// returns the number of pages written.
func Render(site *model.Site, tpl *layout.Set, w *publish.Writer) (int, error) {
	return output.Write(Files(site, tpl, output.Once()), w)
}
