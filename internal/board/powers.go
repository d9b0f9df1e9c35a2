package board

import (
	"fmt"
	"math"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/flowchart"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
)

// extras are the blocks an item carries outside its Markdown body, placed
// before it: a power's flowchart, in parts cut to fit a column at a legible
// size (each a figure, never split further), the risk points at its steps
// or declared in a register, and a decision's stages. The risk points and
// the stages are the theme's partials (board-risk-points.html,
// board-stages.html).
func (bl *builder) extras(e *Entry, maxH float64) ([]block, error) {
	var out []block
	if e.Chart != nil {
		out = append(out, bl.chartFigure(e.Chart, e.Chart.For(bl.g.ColW/maxH), maxH))
	}
	tables, err := bl.tablesOf(e)
	if err != nil {
		return nil, err
	}
	for _, t := range tables {
		out = append(out, bl.flow(bl.sizer(maxH), t)...)
	}
	return out, nil
}

// tablesOf are extraTables of e's item as blocks, written and read once
// for every type size the board tries: they do not depend on it.
func (bl *builder) tablesOf(e *Entry) ([][]markdown.Block, error) {
	if e.tables != nil {
		return e.tables, nil
	}
	hs, err := bl.extraTables(e.Item)
	if err != nil {
		return nil, err
	}
	e.tables = make([][]markdown.Block, 0, len(hs))
	for _, h := range hs {
		e.tables = append(e.tables, markdown.FromHTML(h))
	}
	return e.tables, nil
}

// extraTables are the risk points and the stages an item carries outside
// its body, as HTML the board splits like any table or list.
func (bl *builder) extraTables(it *model.Item) ([]string, error) {
	var pieces []string
	risks := it.RiskPoints
	if it.Power != nil {
		risks = it.PowerRisks
	}
	if len(risks) > 0 {
		h, err := bl.tpl.Partial("board", "board-risk-points.html", riskPoints(risks, it.Power != nil))
		if err != nil {
			return nil, err
		}
		pieces = append(pieces, string(h))
	}
	if len(it.Timeline) > 0 {
		h, err := bl.tpl.Partial("board", "board-stages.html", stages(it.Timeline))
		if err != nil {
			return nil, err
		}
		pieces = append(pieces, string(h))
	}
	return pieces, nil
}

// chartCaption says how to read a flowchart, and its connectors when split.
const (
	chartCaption     = "权力运行流程图：自上而下阅读"
	connectorCaption = "，分栏之间按字母圆圈衔接"
)

// chartFigure is a flowchart as a figure placed straight in a column, with
// its caption: its size and its smallest type are the layout's, so the
// board checks that its text prints at min_font without reading the SVG.
func (bl *builder) chartFigure(d *flowchart.Drawing, l *flowchart.Layout, maxH float64) *figure {
	s := bl.sizer(maxH)
	w, h := l.Size()
	f := &figure{s: s, ratio: h / w, units: w, minText: math.Round(l.FontSize()*10) / 10, chart: l, drawing: d}
	caption := chartCaption
	if connected(l) {
		caption += connectorCaption
	}
	f.caption = newPara(sizer{g: s.g, width: s.width, maxH: s.maxH}, "figcaption", "", "", flow.Text(caption, "", ""), s.g.Small, false)
	return f
}

// connected reports whether a flowchart is in parts joined by lettered
// connectors.
func connected(l *flowchart.Layout) bool {
	for _, b := range l.Boxes {
		if b.Connector != "" {
			return true
		}
	}
	return false
}

// RiskPoints is what partials/board-risk-points.html shows: an item's
// risk points, a power's at its steps (AtSteps) or a register's.
type RiskPoints struct {
	AtSteps bool
	Rows    []RiskRow
}

// RiskRow is one risk point, its fields as text.
type RiskRow struct {
	ID, Level, Word, Description, Type, Post string
	Place                                    string // its step (AtSteps), its power and step, or the matter it names
	Unit                                     string // the declaring unit and the post (the register)
	Measures                                 []Measure
}

// Measure is one measure against a risk point: its kind's label and text.
type Measure struct{ Kind, Text string }

func riskPoints(rs []*model.Risk, atSteps bool) RiskPoints {
	out := RiskPoints{AtSteps: atSteps}
	for _, r := range rs {
		out.Rows = append(out.Rows, riskRow(r, riskWhere(r, atSteps)))
	}
	return out
}

func riskRow(r *model.Risk, place string) RiskRow {
	row := RiskRow{ID: r.ID, Level: r.Level, Word: r.LevelWord(), Description: r.Description, Type: r.TypeLabel(), Post: r.Post, Place: place}
	for _, m := range r.Measures {
		row.Measures = append(row.Measures, Measure{Kind: config.MeasureKinds.Label(m.Kind), Text: m.Text})
	}
	return row
}

func riskWhere(r *model.Risk, atStep bool) string {
	step := ""
	if r.Step != nil {
		step = fmt.Sprintf("第%d环节 %s", r.Step.Number, r.Step.Name)
	}
	switch {
	case atStep:
		return step
	case r.Power != nil:
		return strings.TrimSpace(r.Power.Title + " " + step)
	}
	return r.Matter
}

// Stage is one of a decision's stages for partials/board-stages.html.
type Stage struct {
	Label, State string
	Record       *StageRecord // nil until the stage has a record
}

// StageRecord is what happened at a stage: its dates in Chinese (End only
// when another day), its texts without a closing 。, the hearing and the
// vote when there were any.
type StageRecord struct {
	Start, End, Summary, Hearing, HearingPlace, Outcome string
	Vote                                                *content.Vote
}

func stages(ts []model.TimelineStage) []Stage {
	var out []Stage
	for _, t := range ts {
		s := Stage{Label: t.Label, State: t.State.Label()}
		if st := t.Stage; st != nil {
			r := &StageRecord{Start: st.Start.Chinese(), Summary: strings.TrimSuffix(st.Summary, "。"),
				HearingPlace: st.HearingPlace, Outcome: strings.TrimSuffix(st.Outcome, "。"), Vote: st.Vote}
			if !st.End.IsZero() && st.End != st.Start {
				r.End = st.End.Chinese()
			}
			if !st.Hearing.IsZero() {
				r.Hearing = st.Hearing.Chinese()
			}
			s.Record = r
		}
		out = append(out, s)
	}
	return out
}
