package flowchart

import (
	"fmt"
	"testing"
)

// chainDrawing is a power of n steps in a row, as the model draws it.
func chainDrawing(t *testing.T, n int) *Drawing {
	t.Helper()
	c := &Chart{Title: "审批流程图"}
	for i := range n {
		st := Step{ID: fmt.Sprint(i + 1), Name: "环节", Fields: []Field{{"主体", "县行政审批局"}, {"条件", "收到申请材料"},
			{"目标", "作出决定"}, {"时限", "5个工作日"}, {"要求", "集体研究，结果公开"}}}
		if i+1 < n {
			st.Next = []Edge{{To: fmt.Sprint(i + 2)}}
		}
		c.Steps = append(c.Steps, st)
	}
	d, err := Draw(c)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDrawingParts(t *testing.T) {
	d := chainDrawing(t, 12)
	if got := d.Parts(d.Aspect()); len(got) != 1 || got[0] != d.Layout {
		t.Errorf("a chart that fits its space comes back whole, got %d parts", len(got))
	}
	// three columns side by side on a landscape kiosk slide, 16:9
	col := 16.0 / 9 / 3
	parts := d.Parts(col)
	if len(parts) < 3 {
		t.Fatalf("a 12-step chart in a third of a 16:9 slide should come in several parts, got %d", len(parts))
	}
	for i, p := range parts {
		if p.Aspect() < col*0.999 {
			t.Errorf("part %d is %.0f×%.0f, taller than its %.2f column", i+1, p.Width, p.Height, col)
		}
	}
	if d.Parts(0) != nil || (*Drawing)(nil).Parts(1) != nil {
		t.Error("no chart or no space: no parts")
	}
}

func TestDrawingFor(t *testing.T) {
	d := chainDrawing(t, 12)
	l := d.For(594.0 / 700) // an A1 portrait column
	if l.Width < 2*d.Width {
		t.Errorf("a 12-step chain in an A1 column should be set in columns: %.0f px wide, whole %.0f", l.Width, d.Width)
	}
	if got := d.For(d.Aspect()); got.Width != d.Width {
		t.Errorf("a chart that fits its space is drawn whole")
	}
}

func TestDrawingOverview(t *testing.T) {
	d := chainDrawing(t, 12)
	o := d.Overview(16.0 / 9)
	if o == nil || o.Height >= d.Height/3 {
		t.Fatalf("overview = %+v", o)
	}
}
