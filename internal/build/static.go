package build

import (
	"io/fs"
	"path"

	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/publish"
)

// copyStatic copies the theme's static files, the site's static/ over them,
// and the non-Markdown files under content/ beside their items.
func copyStatic(site *model.Site, fsys fs.FS, w *publish.Writer) error {
	for _, f := range layout.Resolve(layout.Layers(fsys, site.Config.Theme, "static")) {
		data, err := fs.ReadFile(f.Layer.FS, f.Path)
		if err != nil {
			return err
		}
		if err := w.Write(f.Path, data, f.Layer.Name+"/"+f.Path); err != nil {
			return err
		}
	}
	for _, r := range site.Resources {
		data, err := fs.ReadFile(fsys, r)
		if err != nil {
			return err
		}
		if err := w.WriteRaw(resourcePath(r), data, r); err != nil {
			return err
		}
	}
	return nil
}

func resourcePath(file string) string { return path.Clean(file[len("content/"):]) }
