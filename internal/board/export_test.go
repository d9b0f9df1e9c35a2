package board

import "github.com/gongkai/gongkai/internal/model"

// Hooks for the external tests.
var (
	ExtraTables      = extraTables
	ChartCaption     = chartCaption
	ConnectorCaption = connectorCaption
)

// SetItemHook calls f as each item is laid out, until the returned
// function is called.
func SetItemHook(f func(*model.Item)) (restore func()) {
	itemHook = f
	return func() { itemHook = nil }
}
