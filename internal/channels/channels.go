package channels

import (
	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/kiosk"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/web"
)

// Default are the channels of every build, in the order they are rendered:
// the website, the bulletin boards' sheets, the kiosks' screens.
func Default() []output.Channel {
	return []output.Channel{web.Channel{}, board.Channel{}, kiosk.Channel{}}
}

// Addresses are the addresses the channels write of their own, and the
// folders of the built-in theme's static files, which no item and no alias
// may take (content.Parse).
func Addresses(list []output.Channel) *content.Addresses {
	reserved := []content.Reserved{{Path: "css/", What: "the theme's styles"}, {Path: "js/", What: "the theme's scripts"}}
	for _, ch := range list {
		reserved = append(reserved, ch.Reserved()...)
	}
	return content.NewAddresses(reserved)
}
