// Package themes carries the built-in themes inside the gongkai binary, so a
// site made by `gongkai new site` builds without copying a theme, and a site
// whose copy of a theme lacks a newer file still finds it here.
package themes

import "embed"

// FS holds themes/<name>/layouts and themes/<name>/static for each built-in theme.
//
//go:embed all:default
var FS embed.FS
