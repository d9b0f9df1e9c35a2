package build

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/publish"
)

// SourceDirs are the site's folders that a build reads; the output never
// goes inside one of them.
var SourceDirs = []string{"content", "static", "layouts", "themes", "archetypes"}

// defaultDir is the output folder inside the site for a scope.
func defaultDir(scope config.Scope) string {
	if scope == config.Internal {
		return "public-internal"
	}
	return "public"
}

func destination(opts Options) string {
	if opts.Dest != "" {
		return opts.Dest
	}
	return filepath.Join(opts.SiteDir, defaultDir(opts.Scope))
}

// checkDest refuses an output folder that would replace or sit inside what
// the build reads (the site folder, content/, static/, layouts/, themes/,
// archetypes/), and the internal (党内) edition in the site's public/, which
// is what gets copied to the public web server: one mistyped -d must not
// publish internal items. The public edition is kept out of
// public-internal/ the same way, so that folder always holds what its name
// says.
func checkDest(opts Options, dest string) error {
	site, d := realPath(opts.SiteDir), realPath(dest)
	instead := fmt.Sprintf("leave out -d to write it to %s/ inside the site, or choose another folder", defaultDir(opts.Scope))
	switch {
	case d == site:
		return fmt.Errorf("refusing to write the output into %s: it is the site folder, and a build replaces its output folder whole; %s", dest, instead)
	case within(d, site):
		return fmt.Errorf("refusing to write the output into %s: it holds the site folder %s, and a build replaces its output folder whole; %s", dest, opts.SiteDir, instead)
	}
	for _, sub := range SourceDirs {
		if dir := filepath.Join(site, sub); d == dir || within(dir, d) {
			return fmt.Errorf("refusing to write the output into %s: it is in the site's %s/ folder, which the build reads; %s outside %s/", dest, sub, instead, strings.Join(SourceDirs, "/, "))
		}
	}
	other := config.Public
	if opts.Scope == config.Public {
		other = config.Internal
	}
	if d == filepath.Join(site, defaultDir(other)) {
		return fmt.Errorf("refusing to write the %s into %s, the folder of the %s; leave out -d to write it to %s/, or choose another folder", edition(opts.Scope), dest, edition(other), defaultDir(opts.Scope))
	}
	return nil
}

func edition(scope config.Scope) string {
	if scope == config.Internal {
		return "internal (党内公开) edition"
	}
	return "public edition"
}

// publishOptions records the scope in the marker. A marker written before
// gongkai recorded scopes is taken as public, the edition that older
// versions wrote everywhere but in the site's public-internal/: an internal
// build then refuses it (a folder that may be served to the public is never
// given internal items), and a public build may replace it.
func publishOptions(opts Options, dest string) publish.Options {
	unrecorded := config.Public
	if realPath(dest) == realPath(filepath.Join(opts.SiteDir, defaultDir(config.Internal))) {
		unrecorded = config.Internal
	}
	return publish.Options{Scope: string(opts.Scope), Unrecorded: string(unrecorded), Test: opts.Test}
}

// scopeMessage says which folder to use instead when the output folder
// holds the other edition.
func scopeMessage(err error, opts Options) error {
	var se *publish.ScopeError
	if !errors.As(err, &se) {
		return err
	}
	return fmt.Errorf("refusing to write the %s into %s: it holds the %s (its %s says scope = %s); leave out -d to write it to %s/ inside the site, or choose another folder",
		edition(opts.Scope), se.Dest, edition(config.Scope(se.Have)), publish.Marker, se.Have, defaultDir(opts.Scope))
}

// realPath is p absolute, with the symlinks of its longest existing part
// followed, so that two spellings of one folder compare equal.
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	var rest []string
	for dir := abs; ; dir = filepath.Dir(dir) {
		if real, err := filepath.EvalSymlinks(dir); err == nil {
			return filepath.Join(append([]string{real}, rest...)...)
		}
		if _, err := os.Lstat(dir); err == nil || filepath.Dir(dir) == dir {
			return abs
		}
		rest = append([]string{filepath.Base(dir)}, rest...)
	}
}

// within reports whether p is inside dir (not dir itself).
func within(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != "." && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// Overlaps reports whether a and b are one folder, or one is inside the
// other, symbolic links followed: `gongkai publish` keeps the published
// folder out of the site folder this way.
func Overlaps(a, b string) bool {
	a, b = realPath(a), realPath(b)
	return a == b || within(a, b) || within(b, a)
}
