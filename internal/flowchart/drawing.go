package flowchart

import (
	"slices"
	"sync"
)

// WebOptions size a chart for the website, where it is drawn at its
// intrinsic size: 18 px text, the body size of the theme. Boards and
// kiosks scale the whole drawing, so the size there depends only on the
// sheet or the screen.
var WebOptions = Options{FontSize: 18}

// Drawing is one chart laid out whole for the website (the embedded
// Layout), and on demand for the spaces of other channels: cut into parts
// (Parts), set as large as a space allows (For), its steps' names only
// (Overview). What they choose among is laid out on first use and kept: a
// board tries one chart at several type sizes, and a chart may be on
// several boards and screens. Every layout a Drawing makes starts from the
// whole one (Parts and For cut it, and share the runs of rows they lay
// out) and shares its wrapped text and sized boxes. It is safe for
// concurrent use.
type Drawing struct {
	*Layout
	chart *Chart

	mu    sync.Mutex
	sp    *splitter             // cuts the whole layout, for Parts and For
	parts map[float64][]*Layout // Parts by aspect
	cuts  []cut                 // what Parts finished, by the cut
	svgs  map[*Layout][]byte    // SVG of what it gave
	fits  [2]*Fits              // full steps, names only
}

// Draw lays c out whole with WebOptions.
func Draw(c *Chart) (*Drawing, error) {
	l, err := Lay(c, WebOptions)
	if err != nil {
		return nil, err
	}
	return &Drawing{Layout: l, chart: c}, nil
}

// options are WebOptions as the whole layout was made with them: its
// wrapped text and sized boxes are shared.
func (d *Drawing) options() Options {
	o := WebOptions
	o.lines = d.m.lines
	return o.withDefaults()
}

// splitter cuts the whole layout; call with d.mu held.
func (d *Drawing) splitter() *splitter {
	if d.sp == nil {
		d.sp = newSplitter(d.chart, d.options(), d.Layout)
	}
	return d.sp
}

// Parts is the chart cut, when it is too tall, into parts that each fit a
// space of the given aspect ratio (width ÷ height) when drawn at that
// space's width: the columns of a board sheet, or a kiosk slide. Parts join
// at lettered connectors, keep the step numbers and are all as wide as each
// other, so they print at one scale. A chart that fits comes back whole.
// Draw each with SVG; never split a part further, nor change it: the parts
// for an aspect are made once and shared. A wide space holds parts
// side by side: pass the aspect of one column of it. A part is taller than
// asked only when one row alone is.
func (d *Drawing) Parts(aspect float64) []*Layout {
	if d == nil || aspect <= 0 {
		return nil
	}
	if d.Aspect() >= aspect {
		return []*Layout{d.Layout}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if parts, ok := d.parts[aspect]; ok {
		return parts
	}
	parts := []*Layout{d.Layout} // if it fails: laid out once already, so it cannot fail here
	if kept, err := d.splitter().cut(d.Width / aspect); err == nil {
		parts = d.finish(kept)
	}
	if d.parts == nil {
		d.parts = map[float64][]*Layout{}
	}
	d.parts[aspect] = parts
	return parts
}

// finish is the parts of a cut (splitter.finish), made once for all the
// aspects that cut the chart alike, so that they are drawn once (SVG):
// the type sizes of a kiosk often do. Call with d.mu held.
func (d *Drawing) finish(kept []*Layout) []*Layout {
	for _, c := range d.cuts {
		if slices.Equal(c.kept, kept) {
			return c.parts
		}
	}
	parts := d.sp.finish(kept)
	d.cuts = append(d.cuts, cut{kept, parts})
	return parts
}

// cut is the parts splitter.cut kept for a height and what finish made of them.
type cut struct{ kept, parts []*Layout }

// SVG is SVG(l) for a layout the drawing gave (its Layout, Parts, For,
// Overview), drawn once: a chart is on several boards and in every type
// size of a kiosk. Callers share what it returns: never change it. A nil
// Drawing draws l each time.
func (d *Drawing) SVG(l *Layout) []byte {
	if d == nil {
		return SVG(l)
	}
	d.mu.Lock()
	b, ok := d.svgs[l]
	d.mu.Unlock()
	if ok {
		return b
	}
	b = SVG(l)
	d.mu.Lock()
	if d.svgs == nil {
		d.svgs = map[*Layout][]byte{}
	}
	d.svgs[l] = b
	d.mu.Unlock()
	return b
}

// For is the chart laid out as large as it can be drawn in a space of the
// given aspect ratio (width ÷ height): whole, or in two to four parts side
// by side joined by lettered connectors (Fit). Boards pass a column's
// aspect, kiosks a slide's; draw the result with SVG and scale it to the
// space's width.
func (d *Drawing) For(aspect float64) *Layout {
	if d == nil {
		return nil
	}
	f := d.fitsOf(false)
	if f == nil {
		return d.Layout // laid out once already, so it cannot fail here
	}
	return f.For(aspect)
}

// Overview is the chart with each step as its number and name only, laid
// out as large as it can be drawn in a space of the given aspect: what a
// display screen read from across a hall can show on one slide, before
// the steps' details.
func (d *Drawing) Overview(aspect float64) *Layout {
	if d == nil {
		return nil
	}
	f := d.fitsOf(true)
	if f == nil {
		return nil
	}
	return f.For(aspect)
}

// fitsOf are the chart's Fits, of the names only when names is set.
func (d *Drawing) fitsOf(names bool) *Fits {
	d.mu.Lock()
	defer d.mu.Unlock()
	i := 0
	if names {
		i = 1
	}
	if d.fits[i] == nil {
		var err error
		if names {
			o := d.options()
			o.NamesOnly = true
			d.fits[i], err = NewFits(d.chart, o)
		} else {
			d.fits[i], err = newFits(d.chart, d.options(), d.splitter())
		}
		if err != nil {
			d.fits[i] = nil
		}
	}
	return d.fits[i]
}
