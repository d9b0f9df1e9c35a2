package kiosk

import (
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
)

// Channel is the kiosks' screens as an output.Channel.
type Channel struct{}

// Name is the kiosks' key in the build summary.
func (Channel) Name() string { return "kiosk" }

// Late is true: serve lays kiosks out after the website's pages are shown.
func (Channel) Late() bool { return true }

// Files are every kiosk's page and manifest (Files).
func (Channel) Files(site *model.Site, tpl *layout.Set, _ output.Memo) ([]output.File, error) {
	return Files(site, tpl), nil
}

// Reserved is the kiosks' folder.
func (Channel) Reserved() []content.Reserved {
	return []content.Reserved{{Path: "kiosk/", What: "the kiosks' screens"}}
}

// Carries is every item a kiosk of the build shows (output.Carrier).
func (Channel) Carries(site *model.Site) []*model.Item {
	var out []*model.Item
	for _, k := range site.Kiosks() {
		items, _ := Carried(site.View(k.Scope), k)
		out = append(out, items...)
	}
	return out
}
