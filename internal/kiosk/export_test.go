package kiosk

import "github.com/gongkai/gongkai/internal/model"

// Exported for the tests in package kiosk_test, which build the example
// site (package build imports this package).
var (
	NewCommon        = newCommon
	NewDisplayLayout = newDisplayLayout
)

// Body is the metrics of a display's slide column.
func (l displayLayout) Body() Metrics { return l.body() }

// SetItemHook calls f as each item is laid out, until the returned
// function is called.
func SetItemHook(f func(*model.Item)) (restore func()) {
	itemHook = f
	return func() { itemHook = nil }
}
