package publish

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Marker is written at the top of every output folder. A destination that
// exists without it was not made by gongkai, and is never replaced. It
// records the scope the folder was built with:
//
//	built by gongkai; this folder is replaced on every build
//	scope = public
const Marker = ".gongkai"

const markerHead = "built by gongkai; this folder is replaced on every build\n"

// writeMarker creates the temporary folder's marker and keeps it open and
// locked (flock) until the build ends: a cleaner that can take the lock
// knows no running build owns the folder.
func (w *Writer) writeMarker() error {
	name := filepath.Join(w.tmp, Marker)
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if err := lockFile(f); err != nil {
		f.Close()
		return err
	}
	if _, err := f.WriteString(markerHead + "scope = " + w.opts.Scope + "\n"); err != nil {
		f.Close()
		return err
	}
	w.umasked = umasked(w.tmp, 0o755) || umasked(name, 0o644)
	if w.umasked {
		if err := os.Chmod(w.tmp, 0o755); err != nil {
			f.Close()
			return err
		}
		if err := f.Chmod(0o644); err != nil {
			f.Close()
			return err
		}
	}
	w.written[Marker] = "gongkai"
	w.marker = keepOpen(f)
	return nil
}

// umasked reports whether name, just made with mode want, got less.
func umasked(name string, want fs.FileMode) bool {
	fi, err := os.Stat(name)
	return err != nil || fi.Mode().Perm() != want
}

// markerScope reads the scope recorded in dir's marker: "" when the marker
// records none (an older gongkai), ok false when there is no marker.
func markerScope(dir string) (scope string, ok bool) {
	data, err := os.ReadFile(filepath.Join(dir, Marker))
	if err != nil {
		return "", false
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if k, v, found := strings.Cut(sc.Text(), "="); found && strings.TrimSpace(k) == "scope" {
			return strings.TrimSpace(v), true
		}
	}
	return "", true
}

// ScopeError refuses to replace a folder built with another scope: the
// internal edition must never land where the public one is served, and
// the other way round.
type ScopeError struct {
	Dest string
	Want string // the scope being built
	Have string // the scope the folder holds
}

func (e *ScopeError) Error() string {
	return fmt.Sprintf("refusing to write the %s edition into %s: it holds the %s edition (its %s says scope = %s)", e.Want, e.Dest, e.Have, Marker, e.Have)
}

// ForeignError refuses to replace a folder that holds files gongkai did
// not write (it has no marker): a mistyped destination must never wipe
// another site.
type ForeignError struct{ Dest string }

func (e *ForeignError) Error() string {
	return fmt.Sprintf("refusing to replace %s: it has files gongkai did not write; empty it or choose another output folder with -d", e.Dest)
}

// checkDest refuses a destination that is not a folder, that holds files
// gongkai did not write, or that was built with another scope.
func checkDest(dest string, opts Options) error {
	fi, err := os.Lstat(dest)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("output folder %s: %w", dest, unwrapPath(err))
	}
	if !fi.IsDir() {
		return fmt.Errorf("output folder %s is a file, not a folder; choose a folder with -d", dest)
	}
	have, ok := markerScope(dest)
	if !ok {
		entries, err := os.ReadDir(dest)
		if err != nil {
			return fmt.Errorf("output folder %s: %w", dest, unwrapPath(err))
		}
		if len(entries) == 0 {
			return nil
		}
		return &ForeignError{Dest: dest}
	}
	if have == "" {
		have = opts.Unrecorded
	}
	if have != "" && opts.Scope != "" && have != opts.Scope {
		return &ScopeError{Dest: dest, Want: opts.Scope, Have: have}
	}
	return nil
}
