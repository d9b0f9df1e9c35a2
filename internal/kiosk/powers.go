package kiosk

import (
	"fmt"
	"html/template"
	"regexp"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/flowchart"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
)

// extraBlocks are what a power, a risk register or a decision carries
// outside its Markdown body, as blocks for a column w×h px, placed before
// the body. A display screen, read from across a hall, shows the flowchart
// as an overview of step names on one slide, then each step's five fields
// as a list; a touch screen, read at arm's length, shows the full chart in
// parts of a screen each. Then the risk points and a decision's stages.
func extraBlocks(it *model.Item, w, h float64, display bool) []markdown.Block {
	var out []markdown.Block
	if it.Chart != nil {
		if display {
			out = append(out, chartBlock(it.Chart.Overview(w/h)))
		} else {
			for _, p := range it.Chart.Parts(w / h) {
				out = append(out, chartBlock(p))
			}
		}
	}
	var md strings.Builder
	if it.Power != nil && display {
		md.WriteString("### 运行环节\n\n")
		for _, st := range it.Power.Steps {
			fmt.Fprintf(&md, "%d. **%s**　主体：%s；条件：%s；目标：%s；时限：%s；要求：%s\n", st.Number, mdEsc(st.Name),
				mdEsc(st.Actor), mdEsc(st.Conditions), mdEsc(st.Target), mdEsc(st.TimeLimit), mdEsc(st.Requirements))
		}
		md.WriteString("\n")
	}
	risks := it.RiskPoints
	if it.Power != nil {
		risks = it.PowerRisks
	}
	if len(risks) > 0 {
		md.WriteString("### 廉政风险点及防控措施\n\n| 风险等级 | 风险点 | 防控措施 | 责任岗位 |\n|---|---|---|---|\n")
		for _, r := range risks {
			var ms []string
			for _, m := range r.Measures {
				ms = append(ms, config.MeasureKinds.Label(m.Kind)+"："+m.Text)
			}
			fmt.Fprintf(&md, "| ▲%s | %s | %s | %s |\n", r.LevelWord(), mdEsc(r.Description), mdEsc(strings.Join(ms, "；")), mdEsc(r.Post))
		}
		md.WriteString("\n")
	}
	for _, t := range it.Timeline {
		if md.Len() == 0 {
			md.WriteString("### 决策过程\n\n")
		}
		fmt.Fprintf(&md, "- **%s**（%s）", t.Label, t.State.Label())
		if st := t.Stage; st != nil {
			md.WriteString(st.Start.Chinese())
			if !st.End.IsZero() && st.End != st.Start {
				md.WriteString("至" + st.End.Chinese())
			}
			if st.Summary != "" {
				md.WriteString("：" + mdEsc(st.Summary))
			}
		}
		md.WriteString("\n")
	}
	if md.Len() > 0 {
		out = append(out, renderer.Render([]byte(md.String()), 1, textOnly).Blocks...)
	}
	return out
}

// renderer sets the generated Markdown; it has no raw HTML and no links.
var renderer = markdown.New(markdown.Options{})

// textOnly keeps the addresses GFM would link in front matter fields as
// text: fields are text on every channel, so no QR code leads to them.
func textOnly(string, int) (string, bool) { return "", false }

// mdEsc is a field as text in the generated Markdown: as written, on one
// line, never markup.
func mdEsc(s string) string { return markdown.Text(strings.TrimSpace(s)) }

func chartBlock(l *flowchart.Layout) markdown.Block {
	return markdown.Block{Kind: "flowchart", HTML: template.HTML(flowchart.SVG(l))}
}

var viewBox = regexp.MustCompile(`viewBox="0 0 ([0-9.]+) ([0-9.]+)"`)

// flowchartPiece is a flowchart: never split, as wide as the column, or
// less wide when that would make it taller than a page.
func flowchartPiece(b markdown.Block, m Metrics) []*Piece {
	v := viewBox.FindStringSubmatch(string(b.HTML))
	if v == nil {
		return nil
	}
	vw, _ := strconv.ParseFloat(v[1], 64)
	vh, _ := strconv.ParseFloat(v[2], 64)
	w := m.Width
	h := w * vh / vw
	if m.MaxHeight > 0 && h+m.gap() > m.MaxHeight {
		h = m.MaxHeight - m.gap()
		w = h * vw / vh
	}
	html := fmt.Sprintf(`<div class="kchart" style="width:%spx;height:%spx">%s</div>`, num(w), num(h), b.HTML)
	return []*Piece{{HTML: template.HTML(html), Height: h + m.gap()}}
}
