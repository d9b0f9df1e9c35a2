package output

import (
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
)

// Channel is one output channel (the website, the boards' sheets, the
// kiosks' screens…), implemented in its own package and registered in the
// list a build is given (package channels, build.Options.Channels). Every
// file a channel writes is one of its Files, so a full build, `gongkai
// serve` and the address check of urls.txt all see the same files.
type Channel interface {
	// Name is the channel's key in the build summary: "web", "board".
	Name() string
	// Files lists every file of the channel, unrendered, in a fixed order.
	// memo keeps what several of its files share (see Memo).
	Files(site *model.Site, tpl *layout.Set, memo Memo) ([]File, error)
	// Late channels are rendered by serve after the others, so that the
	// website's pages reach the browser first.
	Late() bool
	// Reserved are the addresses the channel writes of its own, from the
	// site root: a folder ("boards/") or a page ("risks/high/"). No item
	// and no alias may take one of them, nor anything under a folder.
	Reserved() []content.Reserved
}

// Pages counts the files of a build summary's line: every file but those
// written beside a page (File.Aside).
func Pages(files []File) int {
	n := 0
	for _, f := range files {
		if !f.Aside {
			n++
		}
	}
	return n
}
