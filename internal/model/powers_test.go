package model

import (
	"fmt"
	"testing"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/flowchart"
)

// longPower is a power of n steps in a row.
func longPower(n int) *Item {
	p := &content.Power{Type: "approval", Basis: "《条例》"}
	for i := range n {
		p.Steps = append(p.Steps, &content.Step{ID: fmt.Sprint(i + 1), Number: i + 1, Name: "环节", Actor: "县行政审批局",
			Conditions: "收到申请材料", Target: "作出决定", TimeLimit: "5个工作日", Requirements: "集体研究，结果公开"})
		if i+1 < n {
			p.Steps[i].Next = []content.Edge{{To: fmt.Sprint(i + 2)}}
		}
	}
	it := &Item{Item: &content.Item{ID: "flowcharts/long", Title: "审批流程", Power: p}}
	it.Chart, _ = flowchart.Lay(it.chart(), chartOptions)
	return it
}

func TestChartParts(t *testing.T) {
	it := longPower(12)
	if got := it.ChartParts(it.Chart.Aspect()); len(got) != 1 || got[0] != it.Chart {
		t.Errorf("a chart that fits its space comes back whole, got %d parts", len(got))
	}
	// three columns side by side on a landscape kiosk slide, 16:9
	col := 16.0 / 9 / 3
	parts := it.ChartParts(col)
	if len(parts) < 3 {
		t.Fatalf("a 12-step chart in a third of a 16:9 slide should come in several parts, got %d", len(parts))
	}
	for i, p := range parts {
		if p.Aspect() < col*0.999 {
			t.Errorf("part %d is %.0f×%.0f, taller than its %.2f column", i+1, p.Width, p.Height, col)
		}
	}
	if it.ChartParts(0) != nil || (&Item{Item: &content.Item{}}).ChartParts(1) != nil {
		t.Error("no chart or no space: no parts")
	}
}

func TestChartFor(t *testing.T) {
	it := longPower(12)
	l := it.ChartFor(594.0 / 700) // an A1 portrait column
	if l.Width < 2*it.Chart.Width {
		t.Errorf("a 12-step chain in an A1 column should be set in columns: %.0f px wide, whole %.0f", l.Width, it.Chart.Width)
	}
	if got := it.ChartFor(it.Chart.Aspect()); got.Width != it.Chart.Width {
		t.Errorf("a chart that fits its space is drawn whole")
	}
}

func TestChartOverview(t *testing.T) {
	it := longPower(12)
	o := it.ChartOverview(16.0 / 9)
	if o == nil || o.Height >= it.Chart.Height/3 {
		t.Fatalf("overview = %+v", o)
	}
}
