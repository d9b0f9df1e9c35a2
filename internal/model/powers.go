package model

import (
	"cmp"
	"html/template"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/flowchart"
)

// linkPowers lists the published powers in the order of the 职权目录 (by
// holder as site.toml declares issuers, then type, then number and title)
// and ties risk points to them.
func (s *Site) linkPowers() {
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
}

// drawCharts lays out the flowchart of every published power
// (flowchart.Draw), and reports one that cannot be drawn.
func (s *Site) drawCharts(diags *diag.List) {
	for _, p := range s.Powers {
		d, err := flowchart.Draw(p.chart())
		if err != nil {
			diags.Errorf(p.File, p.Line("steps"), "the flowchart cannot be drawn: %v", err)
			continue
		}
		p.Chart = d
	}
}

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

// ChartSVG is the power's flowchart as inline SVG, for every channel. Boards
// and kiosks scale it with CSS (width: 100%; height: auto) using Chart.Aspect.
func (it *Item) ChartSVG() template.HTML {
	if it.Chart == nil {
		return ""
	}
	return template.HTML(flowchart.SVG(it.Chart.Layout)) // built from escaped text only
}
