package flowchart

import (
	"bytes"
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

// TestDrawingLaysOutOnce: a Drawing cuts and fits the layout Draw made
// (For of a space it fits is that very layout, not one laid out again),
// and the parts for one aspect are made once and shared.
func TestDrawingLaysOutOnce(t *testing.T) {
	d := chainDrawing(t, 12)
	if d.For(d.Aspect()) != d.Layout {
		t.Error("For lays out again the whole chart Draw laid out")
	}
	col := 16.0 / 9 / 3
	a, b := d.Parts(col), d.Parts(col)
	if len(a) < 2 || &a[0] != &b[0] {
		t.Error("the parts for one aspect are cut again at every call")
	}
	// a kiosk's type sizes ask for nearly the same aspect: cut alike, the
	// parts are the same, and drawn once
	if c := d.Parts(col * 1.0001); &c[0] != &a[0] {
		t.Error("two aspects that cut the chart alike get parts of their own")
	}
	if s1, s2 := d.SVG(a[0]), d.SVG(a[0]); &s1[0] != &s2[0] || !bytes.Equal(s1, SVG(a[0])) {
		t.Error("a part is drawn again at every call, or drawn otherwise than SVG draws it")
	}
	if got := (*Drawing)(nil).SVG(d.Layout); !bytes.Equal(got, SVG(d.Layout)) {
		t.Error("a nil Drawing draws otherwise than SVG")
	}
}

// TestDrawingKeepsNothingStale: whatever a Drawing was asked before, its
// parts, fitted layouts and overviews draw as Split, Fit and NamesOnly
// Fit draw them from scratch.
func TestDrawingKeepsNothingStale(t *testing.T) {
	charts := []*Chart{branchChart(), linearChart(), chainDrawing(t, 12).chart, randomChart(2, 10), randomChart(4, 12)}
	aspects := []float64{0.25, 0.8, 16.0 / 9, 16.0 / 9 / 3, 3}
	names := WebOptions
	names.NamesOnly = true
	for i, c := range charts {
		d, err := Draw(c)
		if err != nil {
			t.Fatal(err)
		}
		fits, overviews := newFitsTest(t, c, WebOptions), newFitsTest(t, c, names)
		for j := range 2 * len(aspects) { // each chart asked in its own order, twice
			aspect := aspects[(j*3+i)%len(aspects)]
			if !bytes.Equal(SVG(d.For(aspect)), SVG(fits.For(aspect))) {
				t.Errorf("chart %d, aspect %.2f: For draws another chart than Fit", i, aspect)
			}
			if !bytes.Equal(SVG(d.Overview(aspect)), SVG(overviews.For(aspect))) {
				t.Errorf("chart %d, aspect %.2f: Overview draws another chart than Fit", i, aspect)
			}
			parts, err := Split(c, WebOptions, d.Width/aspect)
			if err != nil {
				t.Fatal(err)
			}
			got := d.Parts(aspect)
			if len(got) != len(parts) {
				t.Fatalf("chart %d, aspect %.2f: %d parts, Split makes %d", i, aspect, len(got), len(parts))
			}
			for k := range got {
				if !bytes.Equal(SVG(got[k]), SVG(parts[k])) {
					t.Errorf("chart %d, aspect %.2f: part %d differs from Split's", i, aspect, k+1)
				}
			}
		}
	}
}

// newFitsTest is NewFits from scratch, as Fit makes it.
func newFitsTest(t *testing.T, c *Chart, o Options) *Fits {
	t.Helper()
	f, err := NewFits(c, o)
	if err != nil {
		t.Fatal(err)
	}
	return f
}
