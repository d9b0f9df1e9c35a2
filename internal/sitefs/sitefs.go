package sitefs

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// FS is a site folder that refuses what lies outside it.
type FS struct {
	root string // absolute, symbolic links resolved
	fsys fs.FS
	fast beneath // opens what stays inside the folder in one call, where it can
}

// New returns the site folder dir. A folder that does not exist yet is
// taken as it is written; reading from it fails as from os.DirFS.
func New(dir string) (*FS, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	root, err := filepath.EvalSymlinks(abs)
	if err != nil {
		root = abs
	}
	f := &FS{root: root, fsys: os.DirFS(root)}
	newBeneath(f)
	return f, nil
}

// Root is the site folder's absolute path, symbolic links resolved.
func (f *FS) Root() string { return f.root }

// Open opens name unless its real place is outside the site folder; then
// the error is an *OutsideError.
func (f *FS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if file := f.fast.open(f.root, name); file != nil {
		return file, nil
	}
	if err := f.check("open", name); err != nil {
		return nil, err
	}
	return f.fsys.Open(name)
}

// ReadLink returns where the symbolic link name points, as written.
func (f *FS) ReadLink(name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrInvalid}
	}
	return os.Readlink(filepath.Join(f.root, filepath.FromSlash(name)))
}

// Lstat describes name itself, not what a link points to.
func (f *FS) Lstat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "lstat", Path: name, Err: fs.ErrInvalid}
	}
	return os.Lstat(filepath.Join(f.root, filepath.FromSlash(name)))
}

func (f *FS) check(op, name string) error {
	if !fs.ValidPath(name) {
		return &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	real, err := filepath.EvalSymlinks(filepath.Join(f.root, filepath.FromSlash(name)))
	if err == nil && !Within(f.root, real) {
		return &fs.PathError{Op: op, Path: name, Err: f.outside(name, real)}
	}
	return nil
}

// outside names the link that leads name out of the site: name itself, or
// the folder link it lies under.
func (f *FS) outside(name, real string) *OutsideError {
	parts := strings.Split(name, "/")
	for i := range parts {
		p := strings.Join(parts[:i+1], "/")
		full := filepath.Join(f.root, filepath.FromSlash(p))
		if fi, err := os.Lstat(full); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			continue
		}
		if t, err := filepath.EvalSymlinks(full); err == nil && !Within(f.root, t) {
			return &OutsideError{Name: p, Target: t}
		}
	}
	return &OutsideError{Name: name, Target: real}
}

// Within reports whether p is root or inside it; both absolute and clean.
func Within(root, p string) bool {
	return p == root || strings.HasPrefix(p, root+string(filepath.Separator))
}

// OutsideError is a file or folder refused because a symbolic link leads
// out of the site folder.
type OutsideError struct {
	Name   string // in the site, slash-separated: "static/leak.txt"
	Target string // its real place
}

func (e *OutsideError) Error() string {
	return fmt.Sprintf("%s is a symbolic link to %s, outside the site folder; gongkai does not read files from outside the site: copy the file into the site instead of linking to it", e.Name, e.Target)
}

// Link checks a symbolic link that a walk of fsys found at name. It returns
// "" when the link leads to a file inside the site, which is then read like
// any other file; otherwise what is wrong and what to do. A link to a
// folder is not followed (a walk through folder links can loop).
func Link(fsys fs.FS, name string) string {
	fi, err := fs.Stat(fsys, name)
	var out *OutsideError
	switch {
	case errors.As(err, &out):
		target, statErr := os.Stat(out.Target) // outside, but only to say "file" or "folder"
		return Unreadable(out.Name, statErr == nil && target.IsDir(), err)
	case errors.Is(err, fs.ErrNotExist):
		target, _ := fs.ReadLink(fsys, name)
		return fmt.Sprintf("this is a symbolic link to %s, which does not exist; remove the link, or copy the file here", target)
	case err != nil:
		return fmt.Sprintf("this symbolic link cannot be followed (%v); copy the file here instead of linking to it", Cause(err))
	case fi.IsDir():
		return "this is a symbolic link to a folder, and gongkai does not follow links to folders; move or copy the folder here instead"
	}
	return ""
}

// ErrOutside matches every *OutsideError with errors.Is.
var ErrOutside = errors.New("outside the site folder")

// Is makes errors.Is(err, ErrOutside) true.
func (e *OutsideError) Is(target error) bool { return target == ErrOutside }

// Cause is what went wrong, without the operation and path that a
// diagnostic names already: "permission denied".
func Cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Unreadable says why the file or folder name could not be read, and what
// to do, for a diagnostic about name.
func Unreadable(name string, isDir bool, err error) string {
	what, mode := "file", "644"
	if isDir {
		what, mode = "folder", "755"
	}
	var out *OutsideError
	switch {
	case errors.As(err, &out) && (out.Name == name || strings.HasSuffix(out.Name, "/"+name)): // name may be relative to a sub-folder
		return fmt.Sprintf("this is a symbolic link to %s, outside the site folder; gongkai publishes only what is inside the site: copy the %s here instead of linking to it", out.Target, what)
	case errors.As(err, &out):
		return fmt.Sprintf("this %s is reached through %s, a symbolic link to %s, outside the site folder; copy the %s into the site instead of linking to it", what, out.Name, out.Target, what)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Sprintf("this %s cannot be read (permission denied); make it readable (chmod %s %s) or move it out of the site", what, mode, name)
	}
	return fmt.Sprintf("this %s cannot be read (%v); check the %s and the disk", what, Cause(err), what)
}
