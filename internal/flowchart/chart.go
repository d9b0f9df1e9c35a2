package flowchart

// Chart is what a flowchart shows: its steps in order, the first being the
// start.
type Chart struct {
	Title string // names the chart for screen readers
	Steps []Step
}

// Step is one box of the chart.
type Step struct {
	ID     string
	Number int // shown in the disc; 0 means its place in the chart
	Name   string
	Fields []Field // shown in order, each as a label and wrapped text
	Next   []Edge  // the first is the main outcome; none ends the flow
	Risk   *Mark   // nil when the step carries no risk point

	// Connector, when set, makes the step a connector circle with this
	// letter, joining the parts of a chart split by Split; it has no name
	// or fields.
	Connector string
}

// Field is one labelled line group in a box: {"主体", "县委组织部"}.
type Field struct{ Label, Text string }

// Edge leads to another step, with an optional branch label ("同意").
type Edge struct{ To, Label string }

// Mark flags a step that carries a risk point.
type Mark struct {
	Level string // high | medium | low: chooses the colour
	Text  string // the words shown beside the triangle: "高风险"
}

// Options size a chart. Zero values take the defaults. No text of a chart
// is smaller than FontSize, so a sheet that scales the chart knows its
// smallest type from FontSize alone.
type Options struct {
	FontSize  float64 // px of the field text; 15 by default
	TextWidth float64 // width of a box's text column in em of FontSize; 16 by default

	// NamesOnly draws each step as its number and name only, for an
	// overview a screen can show at a distance; the fields go elsewhere.
	NamesOnly bool

	lines *lineCache // wrapped text and sized boxes, shared by the layouts of one Drawing, Fit or Split
}

func (o Options) withDefaults() Options {
	if o.FontSize <= 0 {
		o.FontSize = 15
	}
	if o.TextWidth <= 0 {
		o.TextWidth = 16
	}
	if o.lines == nil {
		o.lines = newLineCache()
	}
	return o
}

// metrics are the lengths of one chart, all derived from its font size.
type metrics struct {
	f          float64 // field text size
	nameSize   float64 // step name size
	badgeSize  float64 // risk word size
	labelSize  float64 // branch label size
	lineH      float64 // field line height
	nameLineH  float64
	labelH     float64 // branch label height
	pad        float64 // inside a box
	labelCol   float64 // width of the field label column ("主体" and a gap)
	textCol    float64 // width of the wrapped text column
	numberR    float64 // radius of the step number disc
	connectorR float64 // radius of a connector circle
	boxGap     float64 // between boxes side by side
	laneGap    float64 // between a box and a lane, or two lanes
	portGap    float64 // between two edge ends on one side of a box
	trackGap   float64 // between two horizontal tracks
	arrow      float64 // arrowhead length
	margin     float64 // around the chart
	lines      *lineCache
	namesOnly  bool
	stroke     float64
	boxStroke  float64
	nameFamily string
}

func newMetrics(o Options) metrics {
	f := o.FontSize
	return metrics{lines: o.lines, namesOnly: o.NamesOnly,
		f: f, nameSize: f * 1.15, badgeSize: f, labelSize: f,
		lineH: f * 1.45, nameLineH: f * 1.15 * 1.3, labelH: f * 1.35,
		pad: f * 0.7, labelCol: f * 2.6, textCol: f * o.TextWidth,
		numberR: f * 0.95, connectorR: f * 1.5, boxGap: f * 3.6, laneGap: f * 1.6, portGap: f * 1.0,
		trackGap: f * 0.9, arrow: f * 0.65, margin: f * 1.0,
		stroke: f * 0.12, boxStroke: f * 0.1,
	}
}
