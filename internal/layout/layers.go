package layout

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/sitefs"
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
		ls = append(ls, Layer{Name: builtIn + theme + "/" + folder, FS: sub})
	}
	return ls
}

// BuiltIn reports whether the layer is a theme built into gongkai.
func (l Layer) BuiltIn() bool { return strings.HasPrefix(l.Name, builtIn) }

const builtIn = "built-in theme "

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
// has it, sorted by path. Folders that cannot be read and symbolic links
// that cannot be followed are left out: Check reports them, and a build
// stops on its report before it reads the layers.
func Resolve(layers []Layer) []File {
	found := map[string]File{}
	for i := len(layers) - 1; i >= 0; i-- {
		l := layers[i]
		files, _ := list(l)
		for _, p := range files {
			found[p] = File{Path: p, Layer: l}
		}
	}
	out := make([]File, 0, len(found))
	for _, f := range found {
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return out
}

// Check reports what Resolve would leave out of the site's layouts/ and
// static/ folders and of its theme's: a folder that cannot be read, a
// symbolic link that leads out of the site, nowhere, or to a folder.
func Check(site fs.FS, theme string) []diag.Diagnostic {
	var diags []diag.Diagnostic
	for _, dir := range []string{"layouts", "static", path.Join("themes", theme, "layouts"), path.Join("themes", theme, "static")} {
		fi, err := fs.Stat(site, dir)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			continue
		case err != nil:
			diags = append(diags, diag.Diagnostic{File: dir, Msg: sitefs.Unreadable(dir, true, err)})
			continue
		case !fi.IsDir():
			diags = append(diags, diag.Diagnostic{File: dir, Msg: fmt.Sprintf("%s must be a folder; move this file into a folder named %s, or rename it", dir, dir)})
			continue
		}
		sub, err := fs.Sub(site, dir)
		if err != nil {
			continue
		}
		_, ds := list(Layer{Name: dir, FS: sub})
		diags = append(diags, ds...)
	}
	return diags
}

// list walks one layer: the paths of its files, and what it left out.
func list(l Layer) ([]string, []diag.Diagnostic) {
	var files []string
	var diags []diag.Diagnostic
	_ = fs.WalkDir(l.FS, ".", func(p string, d fs.DirEntry, err error) error {
		name := path.Join(l.Name, p)
		if err != nil {
			if p != "." || !errors.Is(err, fs.ErrNotExist) {
				diags = append(diags, diag.Diagnostic{File: name, Msg: sitefs.Unreadable(name, true, err)})
			}
			return nil // go on with the rest
		}
		if p != "." && hidden(d.Name()) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if problem := sitefs.Link(l.FS, p); problem != "" {
				diags = append(diags, diag.Diagnostic{File: name, Msg: problem})
				return nil
			}
		}
		if !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	return files, diags
}

func hidden(name string) bool { return name[0] == '.' || name[len(name)-1] == '~' }
