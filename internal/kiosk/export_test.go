package kiosk

import (
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
)

// Exported for the tests in package kiosk_test, which build the example
// site (package build imports this package).
var (
	NewDisplayLayout = newDisplayLayout
)

// NewCommon is what a kiosk's page shares, with the kiosk-powers.html
// partial of tpl rendered for items.
func NewCommon(s *model.Site, k *config.Kiosk, tpl *layout.Set, items []*model.Item) (Common, error) {
	c := newCommon(s, k, Code(tpl))
	err := c.renderExtras(tpl, items)
	return c, err
}

// Body is the metrics of a display's slide column.
func (l displayLayout) Body() Metrics { return l.body() }

// SetItemHook calls f as each item is laid out, until the returned
// function is called.
func SetItemHook(f func(*model.Item)) (restore func()) {
	itemHook = f
	return func() { itemHook = nil }
}
