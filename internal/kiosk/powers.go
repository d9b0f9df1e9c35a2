package kiosk

import (
	"fmt"
	"html/template"
	"strings"
	"unicode"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/flowchart"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
)

// extraBlocks are what a power, a risk register or a decision carries
// outside its Markdown body, as blocks for a column w×h px, placed before
// the body. A display screen, read from across a hall, shows the flowchart
// as an overview of step names on one slide, then each step's five fields
// as a list; a touch screen, read at arm's length, shows the full chart in
// parts of a screen each. Then the risk points and a decision's stages.
// The steps, the risk points and the stages are the theme's partial
// kiosk-powers.html, rendered once per item by (*Common).renderExtras.
func extraBlocks(c Common, it *model.Item, w, h float64, display bool) []markdown.Block {
	var out []markdown.Block
	if it.Chart != nil {
		if display {
			out = append(out, chartBlock(it.Chart, it.Chart.Overview(w/h)))
		} else {
			for _, p := range it.Chart.Parts(w / h) {
				out = append(out, chartBlock(it.Chart, p))
			}
		}
	}
	return append(out, c.extras[it]...)
}

// renderExtras renders partials/kiosk-powers.html for every item that has
// steps, risk points or stages, as the blocks extraBlocks places.
func (c *Common) renderExtras(tpl *layout.Set, items []*model.Item) error {
	c.tpl = tpl
	tags, err := newInlineTags(tpl, "kiosk-"+c.Kiosk.Kind)
	if err != nil {
		return err
	}
	c.tags = tags
	c.extras = map[*model.Item][]markdown.Block{}
	for _, it := range items {
		x := extras(it, c.Kiosk.Kind != "touch")
		if len(x.Steps)+len(x.Risks)+len(x.Stages) == 0 {
			continue
		}
		h, err := tpl.Partial("kiosk-"+c.Kiosk.Kind, "kiosk-powers.html", x)
		if err != nil {
			return fmt.Errorf("%s: %w", it.File, err)
		}
		c.extras[it] = markdown.FromHTML(string(h))
	}
	return nil
}

// Extras is what partials/kiosk-powers.html shows before an item's body:
// a power's steps (on a display screen only), its risk points or a
// register's, a decision's stages. Every field is text as written.
type Extras struct {
	Steps  []Step
	Risks  []Risk
	Stages []Stage
}

// Step is one of a power's steps and its five fields.
type Step struct {
	Number                                                   int
	Name, Actor, Conditions, Target, TimeLimit, Requirements string
}

// Risk is one risk point: its level (as in config, and as a word), what
// it is, the measures against it and the post responsible.
type Risk struct {
	Level, Word, Description, Post string
	Measures                       []Measure
}

// Measure is one measure against a risk point: its kind's label and text.
type Measure struct{ Kind, Text string }

// Stage is one of a decision's stages: its state and, once it has a
// record, its dates in Chinese (End only when another day) and summary.
type Stage struct {
	Label, State, Start, End, Summary string
}

func extras(it *model.Item, display bool) Extras {
	var x Extras
	if it.Power != nil && display {
		for _, st := range it.Power.Steps {
			x.Steps = append(x.Steps, Step{Number: st.Number, Name: trim(st.Name), Actor: trim(st.Actor),
				Conditions: trim(st.Conditions), Target: trim(st.Target), TimeLimit: trim(st.TimeLimit), Requirements: trim(st.Requirements)})
		}
	}
	risks := it.RiskPoints
	if it.Power != nil {
		risks = it.PowerRisks
	}
	for _, r := range risks {
		k := Risk{Level: r.Level, Word: r.LevelWord(), Description: trim(r.Description), Post: trim(r.Post)}
		for _, m := range r.Measures {
			k.Measures = append(k.Measures, Measure{Kind: config.MeasureKinds.Label(m.Kind), Text: trim(m.Text)})
		}
		x.Risks = append(x.Risks, k)
	}
	for _, t := range it.Timeline {
		s := Stage{Label: t.Label, State: t.State.Label()}
		if st := t.Stage; st != nil {
			s.Start, s.Summary = st.Start.Chinese(), trim(st.Summary)
			if !st.End.IsZero() && st.End != st.Start {
				s.End = st.End.Chinese()
			}
		}
		x.Stages = append(x.Stages, s)
	}
	return x
}

// trim is a field as text on one line: line breaks and other control
// characters become spaces, so a field never makes a block of its own.
func trim(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, strings.TrimSpace(s))
}

// chartBlock is a flowchart's drawing with its size from the layout, so
// no one reads the size back out of the SVG; d gave l, and draws it once
// for every type size and screen.
func chartBlock(d *flowchart.Drawing, l *flowchart.Layout) markdown.Block {
	w, h := l.Size()
	return markdown.Block{Kind: "flowchart", HTML: template.HTML(d.SVG(l)), Width: w, Height: h} //nolint:gosec // written by flowchart
}

// flowchartPiece is a flowchart: never split, as wide as the column, or
// less wide when that would make it taller than a page.
func flowchartPiece(b markdown.Block, m Metrics) []*Piece {
	vw, vh := b.Width, b.Height
	if vw <= 0 || vh <= 0 {
		return nil
	}
	w := m.Width
	h := w * vh / vw
	if m.MaxHeight > 0 && h+m.gap() > m.MaxHeight {
		h = m.MaxHeight - m.gap()
		w = h * vw / vh
	}
	return []*Piece{{Chart: &Box{W: num(w), H: num(h), SVG: b.HTML}, Height: h + m.gap()}}
}
