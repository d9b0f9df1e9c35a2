package board

// Hooks for the external tests.
var (
	ExtraTables      = extraTables
	ChartCaption     = chartCaption
	ConnectorCaption = connectorCaption
)
