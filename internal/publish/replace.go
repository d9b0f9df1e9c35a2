package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
)

// ReplaceFile replaces one file at the top of an output folder that
// gongkai wrote with the scope opts.Scope, leaving every other file as it
// is: a failed publish rewrites the published folder's status.json. The
// file is written beside its final name and renamed over it, under the
// lock of dest's parent, so a reader sees the old file or the new one
// and a build swapping the folder at the same moment waits.
func ReplaceFile(dest, name string, data []byte, opts Options) error {
	dest, err := resolve(dest)
	if err != nil {
		return err
	}
	unlock, err := lockDir(filepath.Dir(dest))
	if err != nil {
		return fmt.Errorf("output folder %s: cannot lock %s: %w", dest, filepath.Dir(dest), unwrapPath(err))
	}
	defer unlock()
	recoverSwap(dest)
	have, ok := markerScope(dest)
	if !ok {
		return fmt.Errorf("%s has no %s: gongkai did not write it, and changes nothing in it", dest, Marker)
	}
	if have == "" {
		have = opts.Unrecorded
	}
	if have != "" && opts.Scope != "" && have != opts.Scope {
		return &ScopeError{Dest: dest, Want: opts.Scope, Have: have}
	}
	return replaceFile(filepath.Join(dest, name), data)
}

// replaceFile writes data to a temporary file beside name, 0644, and
// renames it over name.
func replaceFile(name string, data []byte) error {
	tmp := filepath.Join(filepath.Dir(name), "."+filepath.Base(name)+".tmp-"+strconv.Itoa(os.Getpid()))
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, unwrapPath(err))
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, name)
	}
	if err != nil {
		_ = os.Remove(tmp)
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("writing %s: the folder is gone", name)
		}
		return fmt.Errorf("writing %s: %w", name, unwrapPath(err))
	}
	return nil
}
