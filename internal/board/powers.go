package board

import (
	"fmt"
	"html"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/flowchart"
	"github.com/gongkai/gongkai/internal/model"
)

// extras are the blocks an item carries outside its Markdown body, placed
// before it: a power's flowchart, in parts cut to fit a column at a legible
// size (each a figure, never split further), the risk points at its steps
// or declared in a register, and a decision's stages.
func (bl *builder) extras(it *model.Item, maxH float64) []block {
	var pieces []string
	if it.Chart != nil {
		pieces = append(pieces, chartFigure(it.Chart.For(bl.g.ColW/maxH)))
	}
	var out []block
	for _, p := range append(pieces, extraTables(it)...) {
		out = append(out, bl.top(p, maxH)...)
	}
	return out
}

// extraTables are the risk points and the stages an item carries outside
// its body, as HTML the board splits like any table or list.
func extraTables(it *model.Item) []string {
	var pieces []string
	risks := it.RiskPoints
	if it.Power != nil {
		risks = it.PowerRisks
	}
	if len(risks) > 0 {
		pieces = append(pieces, riskTable(risks, it.Power != nil))
	}
	if len(it.Timeline) > 0 {
		pieces = append(pieces, stageList(it.Timeline))
	}
	return pieces
}

// chartCaption says how to read a flowchart, and its connectors when split.
const (
	chartCaption     = "权力运行流程图：自上而下阅读"
	connectorCaption = "，分栏之间按字母圆圈衔接"
)

func chartFigure(l *flowchart.Layout) string {
	svg := string(flowchart.SVG(l))
	caption := chartCaption
	if strings.Contains(svg, `class="connector"`) {
		caption += connectorCaption
	}
	return `<figure>` + svg + `<figcaption>` + caption + `</figcaption></figure>`
}

// riskTable lists risk points with their level in colour and in words.
func riskTable(rs []*model.Risk, atSteps bool) string {
	var b strings.Builder
	where := "职权事项"
	if atSteps {
		where = "环节"
	}
	fmt.Fprintf(&b, `<table><thead><tr><th>编号</th><th>风险等级</th><th>%s</th><th>风险点</th><th>防控措施</th><th>责任岗位</th></tr></thead><tbody>`, where)
	for _, r := range rs {
		fmt.Fprintf(&b, `<tr><td>%s</td><td><span class="lv lv-%s">▲%s</span></td><td>%s</td><td>%s（%s）</td><td>%s</td><td>%s</td></tr>`,
			esc(r.ID), r.Level, esc(r.LevelWord()), esc(riskWhere(r, atSteps)), esc(r.Description), esc(r.TypeLabel()), measures(r), esc(r.Post))
	}
	b.WriteString(`</tbody></table>`)
	return b.String()
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

func measures(r *model.Risk) string {
	var parts []string
	for _, m := range r.Measures {
		parts = append(parts, "<b>"+esc(config.MeasureKinds.Label(m.Kind))+"</b>："+esc(m.Text))
	}
	return strings.Join(parts, "<br>")
}

// stageList is a decision's five stages in order, each with its state.
func stageList(ts []model.TimelineStage) string {
	var b strings.Builder
	b.WriteString(`<ol class="stages">`)
	for _, t := range ts {
		fmt.Fprintf(&b, `<li><b>%s</b>（%s）`, esc(t.Label), esc(t.State.Label()))
		if st := t.Stage; st != nil {
			b.WriteString(esc(st.Start.Chinese()))
			if !st.End.IsZero() && st.End != st.Start {
				b.WriteString("至" + esc(st.End.Chinese()))
			}
			for _, s := range []string{st.Summary, hearing(st), vote(st), st.Outcome} {
				if s != "" {
					b.WriteString("。" + esc(strings.TrimSuffix(s, "。")))
				}
			}
			b.WriteString("。")
		}
		b.WriteString(`</li>`)
	}
	b.WriteString(`</ol>`)
	return b.String()
}

func hearing(st *content.Stage) string {
	if st.Hearing.IsZero() {
		return ""
	}
	return "听证会：" + st.Hearing.Chinese() + "，" + st.HearingPlace
}

func vote(st *content.Stage) string {
	if st.Vote == nil {
		return ""
	}
	result := "表决通过"
	if !st.Vote.Passed() {
		result = "未获通过"
	}
	return fmt.Sprintf("表决：赞成%d票，反对%d票，弃权%d票，%s", st.Vote.For, st.Vote.Against, st.Vote.Abstain, result)
}

func esc(s string) string { return html.EscapeString(s) }
