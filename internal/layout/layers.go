package layout

import (
	"errors"
	"io/fs"
	"path"
	"slices"

	"github.com/gongkai/gongkai/themes"
)

// Layer is one place files come from, with the name used in messages.
type Layer struct {
	Name string // "layouts", "themes/default/layouts", "built-in theme default"
	FS   fs.FS
}

// Layers returns the places a theme folder ("layouts" or "static") is read
// from, strongest first.
func Layers(site fs.FS, theme, folder string) []Layer {
	var ls []Layer
	if folder == "layouts" || folder == "static" {
		if sub, err := fs.Sub(site, folder); err == nil && exists(site, folder) {
			ls = append(ls, Layer{Name: folder, FS: sub})
		}
	}
	themeDir := path.Join("themes", theme, folder)
	if sub, err := fs.Sub(site, themeDir); err == nil && exists(site, themeDir) {
		ls = append(ls, Layer{Name: themeDir, FS: sub})
	}
	if sub, err := fs.Sub(themes.FS, path.Join(theme, folder)); err == nil && exists(themes.FS, path.Join(theme, folder)) {
		ls = append(ls, Layer{Name: "built-in theme " + theme + "/" + folder, FS: sub})
	}
	return ls
}

// ThemeExists reports whether the theme is in the site or built in.
func ThemeExists(site fs.FS, theme string) bool {
	return exists(site, path.Join("themes", theme)) || exists(themes.FS, theme)
}

func exists(fsys fs.FS, name string) bool {
	fi, err := fs.Stat(fsys, name)
	return err == nil && fi.IsDir()
}

// File is one file resolved through the layers.
type File struct {
	Path  string // path inside the folder, "partials/footer.html"
	Layer Layer  // where it was found
}

// Resolve lists every file of the layers, each from the strongest layer that
// has it, sorted by path.
func Resolve(layers []Layer) ([]File, error) {
	found := map[string]File{}
	for i := len(layers) - 1; i >= 0; i-- {
		l := layers[i]
		err := fs.WalkDir(l.FS, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || hidden(d.Name()) {
				return nil
			}
			found[p] = File{Path: p, Layer: l}
			return nil
		})
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	out := make([]File, 0, len(found))
	for _, f := range found {
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b File) int {
		if a.Path < b.Path {
			return -1
		}
		if a.Path > b.Path {
			return 1
		}
		return 0
	})
	return out, nil
}

func hidden(name string) bool { return name[0] == '.' || name[len(name)-1] == '~' }
