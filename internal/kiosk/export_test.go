package kiosk

// Exported for the tests in package kiosk_test, which build the example
// site (package build imports this package).
var (
	NewCommon        = newCommon
	NewDisplayLayout = newDisplayLayout
)

// Body is the metrics of a display's slide column.
func (l displayLayout) Body() Metrics { return l.body() }
