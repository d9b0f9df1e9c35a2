package model

import (
	"cmp"
	"html/template"
	"slices"
	"strings"
	"sync"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/flowchart"
)

// linkPowers lists the published powers in the order of the 职权目录 (by
// holder as site.toml declares issuers, then type, then number and title),
// ties risk points to them and lays out their flowcharts.
func (s *Site) linkPowers(diags *diag.List) {
	for _, it := range s.Items {
		if it.Power != nil {
			s.Powers = append(s.Powers, it)
		}
	}
	issuerRank := map[string]int{}
	for i, is := range s.Config.Issuers {
		issuerRank[is.Key] = i
	}
	slices.SortStableFunc(s.Powers, func(a, b *Item) int {
		return cmp.Or(cmp.Compare(issuerRank[a.Issuer], issuerRank[b.Issuer]), cmp.Compare(typeRank(a.Power.Type), typeRank(b.Power.Type)),
			strings.Compare(a.Number, b.Number), strings.Compare(a.Title, b.Title))
	})
	s.linkRisks()
	for _, p := range s.Powers {
		l, err := flowchart.Lay(p.chart(), chartOptions)
		if err != nil {
			diags.Errorf(p.File, p.Line("steps"), "the flowchart cannot be drawn: %v", err)
			continue
		}
		p.Chart = l
	}
}

// chartOptions size every chart for the website, where it is drawn at its
// intrinsic size: 18 px text, the body size of the theme. Boards and kiosks
// scale the whole drawing, so the size there depends only on the sheet.
var chartOptions = flowchart.Options{FontSize: 18}

func typeRank(key string) int {
	return slices.IndexFunc(config.PowerTypes.Entries, func(e config.Entry) bool { return e.Key == key })
}

// PowerTypeLabel is the power's type in Chinese: 审批.
func (it *Item) PowerTypeLabel() string { return config.PowerTypes.Label(it.Power.Type) }

// chart turns a power's steps into a flowchart, marking each step that
// carries a published risk point with its highest level.
func (it *Item) chart() *flowchart.Chart {
	title := it.Title
	if !strings.HasSuffix(title, "流程图") {
		title = strings.TrimSuffix(title, "流程") + "流程图"
	}
	c := &flowchart.Chart{Title: title}
	for _, st := range it.Power.Steps {
		fs := flowchart.Step{ID: st.ID, Name: st.Name, Fields: []flowchart.Field{
			{Label: "主体", Text: st.Actor}, {Label: "条件", Text: st.Conditions}, {Label: "目标", Text: st.Target},
			{Label: "时限", Text: st.TimeLimit}, {Label: "要求", Text: st.Requirements}}}
		for _, e := range st.Next {
			fs.Next = append(fs.Next, flowchart.Edge{To: e.To, Label: e.Label})
		}
		if rs := it.RisksAt(st.ID); len(rs) > 0 {
			fs.Risk = &flowchart.Mark{Level: rs[0].Level, Text: rs[0].LevelWord()}
		}
		c.Steps = append(c.Steps, fs)
	}
	return c
}

// ChartParts is the power's flowchart cut, when it is too tall, into parts
// that each fit a space of the given aspect ratio (width ÷ height) when drawn
// at that space's width: the columns of a board sheet, or a kiosk slide.
// Parts join at lettered connectors, keep the step numbers and are all as
// wide as each other, so they print at one scale. A chart that fits comes
// back whole. Draw each with flowchart.SVG; never split a part further. A
// wide space holds parts side by side: pass the aspect of one column of it.
// A part is taller than asked only when one row alone is.
func (it *Item) ChartParts(aspect float64) []*flowchart.Layout {
	if it.Chart == nil || aspect <= 0 {
		return nil
	}
	if it.Chart.Aspect() >= aspect {
		return []*flowchart.Layout{it.Chart}
	}
	parts, err := flowchart.Split(it.chart(), chartOptions, it.Chart.Width/aspect)
	if err != nil {
		return []*flowchart.Layout{it.Chart} // laid out once already, so it cannot fail here
	}
	return parts
}

// ChartFor is the power's flowchart laid out as large as it can be drawn in
// a space of the given aspect ratio (width ÷ height): whole, or in two to
// four parts side by side joined by lettered connectors (flowchart.Fit).
// Boards pass a column's aspect, kiosks a slide's; draw the result with
// flowchart.SVG and scale it to the space's width.
func (it *Item) ChartFor(aspect float64) *flowchart.Layout {
	if it.Chart == nil {
		return nil
	}
	f := it.fits(false)
	if f == nil {
		return it.Chart // laid out once already, so it cannot fail here
	}
	return f.For(aspect)
}

// ChartOverview is the power's flowchart with each step as its number and
// name only, laid out as large as it can be drawn in a space of the given
// aspect: what a display screen read from across a hall can show on one
// slide, before the steps' details.
func (it *Item) ChartOverview(aspect float64) *flowchart.Layout {
	if it.Chart == nil {
		return nil
	}
	f := it.fits(true)
	if f == nil {
		return nil
	}
	return f.For(aspect)
}

// chartFits are what ChartFor or ChartOverview choose among, laid out on
// first use and then kept: a board tries one chart at several type sizes,
// and a power may be on several boards and screens.
type chartFits struct {
	once sync.Once
	fits *flowchart.Fits
}

// fits are the power's chart's Fits, of the names only when names is set.
func (it *Item) fits(names bool) *flowchart.Fits {
	o, cf := chartOptions, &it.chartFits[0]
	if names {
		o.NamesOnly, cf = true, &it.chartFits[1]
	}
	cf.once.Do(func() { cf.fits, _ = flowchart.NewFits(it.chart(), o) })
	return cf.fits
}

// ChartSVG is the power's flowchart as inline SVG, for every channel. Boards
// and kiosks scale it with CSS (width: 100%; height: auto) using Chart.Aspect.
func (it *Item) ChartSVG() template.HTML {
	if it.Chart == nil {
		return ""
	}
	return template.HTML(flowchart.SVG(it.Chart)) // built from escaped text only
}
