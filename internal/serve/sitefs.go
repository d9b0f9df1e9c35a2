package serve

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// errOutside is why a file behind a symbolic link is not read.
var errOutside = errors.New("outside the site folder")

func outsideError(name, real string) error {
	return fmt.Errorf("%s is a symbolic link to %s, %w; serve does not follow such links: copy the file into the site instead", name, real, errOutside)
}

// siteFS is the site folder as the build reads it, refusing any file or
// folder whose real place, symbolic links followed, is outside the site.
// So nothing outside the site folder can end up in the served site.
type siteFS struct {
	root string // with symbolic links resolved
	fsys fs.FS
}

func newSiteFS(dir string) (*siteFS, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	root, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return nil, err
	}
	return &siteFS{root: root, fsys: os.DirFS(root)}, nil
}

func (f *siteFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	real, err := filepath.EvalSymlinks(filepath.Join(f.root, filepath.FromSlash(name)))
	if err == nil && !within(f.root, real) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: outsideError(name, real)}
	}
	return f.fsys.Open(name)
}

func within(root, p string) bool {
	return p == root || strings.HasPrefix(p, root+string(filepath.Separator))
}
