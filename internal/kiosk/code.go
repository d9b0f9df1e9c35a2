package kiosk

import (
	"io/fs"
	"strings"

	"github.com/gongkai/gongkai/internal/layout"
)

// A kiosk page's code is its layouts: kiosk-display.html, kiosk-touch.html
// and every partials/kiosk-*.html, the script and the stylesheet among
// them. Its version (Code) is in the page and in manifest.json: a running
// screen sends it with every poll (manifest.json?screen=NAME&v=CODE), so
// a web server's access log says which screens run old code, and a screen
// whose manifest announces another version reloads itself at the start of
// its next round. A new content swaps in without a reload; new code cannot.

// isCode reports whether a layout's path is kiosk page code.
func isCode(path string) bool {
	return strings.HasPrefix(path, "kiosk-") || strings.HasPrefix(path, "partials/kiosk-")
}

// Code is the version of the kiosk page code of a build's layouts.
func Code(tpl *layout.Set) string { return tpl.Digest(isCode) }

// CodeOf is Code for a site's layouts read from its folder, for
// gongkai screens: the same value as a build of the site writes.
func CodeOf(site fs.FS, theme string) string { return layout.Digest(site, theme, isCode) }
