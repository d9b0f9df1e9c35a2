package flowchart

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/textfit"
)

const eps = 0.11 // coordinates are rounded to 0.1 px

// checkLayout asserts every promise of Layout on one chart.
func checkLayout(t *testing.T, c *Chart, l *Layout) {
	t.Helper()
	canvas := Rect{0, 0, l.Width, l.Height}
	for i, a := range l.Boxes {
		if !canvas.Contains(a.Rect, eps) {
			t.Errorf("box %s %v leaves the canvas %v", a.ID, a.Rect, canvas)
		}
		for _, b := range l.Boxes[i+1:] {
			if a.Rect.Overlaps(b.Rect) {
				t.Errorf("boxes %s %v and %s %v overlap", a.ID, a.Rect, b.ID, b.Rect)
			}
		}
		checkTexts(t, a, l.m)
	}
	byID := map[string]*Box{}
	for _, b := range l.Boxes {
		byID[b.ID] = b
	}
	for _, r := range l.Routes {
		checkRoute(t, r, byID, l)
	}
	checkLabels(t, l)
	checkSharedLines(t, l)
	if got, want := len(l.Routes), edgeCount(c); got != want {
		t.Errorf("%d routes for %d edges", got, want)
	}
}

// shrink takes the rounding off a rectangle before an overlap test.
func shrink(r Rect) Rect { return Rect{r.X + eps, r.Y + eps, r.W - 2*eps, r.H - 2*eps} }

func edgeCount(c *Chart) int {
	n := 0
	for _, s := range c.Steps {
		n += len(s.Next)
	}
	return n
}

// checkTexts: every line lies inside its box's text area, within its own
// column, and no two lines or the risk mark overlap.
func checkTexts(t *testing.T, b *Box, m metrics) {
	t.Helper()
	inner := b.Inner(m.pad)
	for i, tx := range b.Texts {
		if !inner.Contains(tx.Rect(), eps) {
			t.Errorf("box %s: %s line %q %v leaves the text area %v", b.ID, tx.Role, tx.Str, tx.Rect(), inner)
		}
		if tx.Size < m.f {
			t.Errorf("box %s: %s line %q is %.1f px, smaller than the chart's font size %.1f", b.ID, tx.Role, tx.Str, tx.Size, m.f)
		}
		if w := textfit.AnyFont.Width(tx.Str) * tx.Size; w > tx.W+eps {
			t.Errorf("box %s: line %q is %.1f px wide but measured %.1f", b.ID, tx.Str, w, tx.W)
		}
		for _, u := range b.Texts[i+1:] {
			if shrink(tx.Rect()).Overlaps(shrink(u.Rect())) {
				t.Errorf("box %s: lines %q and %q overlap", b.ID, tx.Str, u.Str)
			}
		}
		if b.Badge != nil && tx.Role != "badge" && tx.Rect().Overlaps(b.Badge.Rect) {
			t.Errorf("box %s: line %q runs into the risk mark", b.ID, tx.Str)
		}
	}
	if b.Badge != nil {
		if !b.Head.Contains(b.Badge.Rect, eps) {
			t.Errorf("box %s: risk mark %v leaves the head %v", b.ID, b.Badge.Rect, b.Head)
		}
		if !b.Badge.Rect.Contains(b.Badge.Text.Rect(), eps) {
			t.Errorf("box %s: risk word leaves its mark", b.ID)
		}
	}
}

// checkRoute: the route starts on the bottom of its source, ends on the top
// of its target, runs down in straight orthogonal segments and enters no box.
func checkRoute(t *testing.T, r *Route, byID map[string]*Box, l *Layout) {
	t.Helper()
	src, dst := byID[r.From], byID[r.To]
	p0, pn := r.Points[0], r.Points[len(r.Points)-1]
	if math.Abs(p0.Y-src.Rect.Bottom()) > eps || p0.X <= src.Rect.X || p0.X >= src.Rect.Right() {
		t.Errorf("edge %s→%s starts at %v, not on the bottom of %s %v", r.From, r.To, p0, r.From, src.Rect)
	}
	if math.Abs(pn.Y-dst.Rect.Y) > eps || pn.X <= dst.Rect.X || pn.X >= dst.Rect.Right() {
		t.Errorf("edge %s→%s ends at %v, not on the top of %s %v", r.From, r.To, pn, r.To, dst.Rect)
	}
	if len(r.Points) < 2 {
		t.Fatalf("edge %s→%s has %d points", r.From, r.To, len(r.Points))
	}
	if last := r.Points[len(r.Points)-2]; pn.Y-last.Y < l.m.arrow-eps || last.X != pn.X {
		t.Errorf("edge %s→%s: its last segment from %v is too short for the arrowhead", r.From, r.To, last)
	}
	for i := 1; i < len(r.Points); i++ {
		a, b := r.Points[i-1], r.Points[i]
		if a.X != b.X && a.Y != b.Y {
			t.Errorf("edge %s→%s: segment %v–%v is not horizontal or vertical", r.From, r.To, a, b)
		}
		if b.Y < a.Y {
			t.Errorf("edge %s→%s: segment %v–%v goes up", r.From, r.To, a, b)
		}
		for _, bx := range l.Boxes {
			if bx.Rect.CrossesSegment(a, b) {
				t.Errorf("edge %s→%s: segment %v–%v crosses box %s %v", r.From, r.To, a, b, bx.ID, bx.Rect)
			}
		}
	}
}

// checkLabels: a branch label touches no box, no other label and no line.
func checkLabels(t *testing.T, l *Layout) {
	t.Helper()
	var labels []*Route
	for _, r := range l.Routes {
		if r.Label != nil {
			labels = append(labels, r)
		}
	}
	for i, r := range labels {
		lr := r.Label.Rect()
		for _, b := range l.Boxes {
			if lr.Overlaps(b.Rect) {
				t.Errorf("label %q of %s→%s overlaps box %s", r.Label.Str, r.From, r.To, b.ID)
			}
		}
		for _, o := range labels[i+1:] {
			if lr.Overlaps(o.Label.Rect()) {
				t.Errorf("labels %q (%s→%s) and %q (%s→%s) overlap", r.Label.Str, r.From, r.To, o.Label.Str, o.From, o.To)
			}
		}
		for _, o := range l.Routes {
			for k := 1; k < len(o.Points); k++ {
				if lr.CrossesSegment(o.Points[k-1], o.Points[k]) {
					t.Errorf("label %q of %s→%s is crossed by edge %s→%s", r.Label.Str, r.From, r.To, o.From, o.To)
				}
			}
		}
	}
}

// checkSharedLines: two edges may cross but never run along the same line,
// where a reader could not tell them apart.
func checkSharedLines(t *testing.T, l *Layout) {
	t.Helper()
	for i, a := range l.Routes {
		for _, b := range l.Routes[i+1:] {
			for p := 1; p < len(a.Points); p++ {
				for q := 1; q < len(b.Points); q++ {
					if collinearOverlap(a.Points[p-1], a.Points[p], b.Points[q-1], b.Points[q]) {
						t.Errorf("edges %s→%s and %s→%s share the line %v–%v / %v–%v", a.From, a.To, b.From, b.To, a.Points[p-1], a.Points[p], b.Points[q-1], b.Points[q])
					}
				}
			}
		}
	}
}

// collinearOverlap reports two segments on one line that share a stretch,
// or, for vertical ones, that nearly meet end to end so they read as one.
func collinearOverlap(a1, a2, b1, b2 Point) bool {
	switch {
	case a1.X == a2.X && b1.X == b2.X && math.Abs(a1.X-b1.X) < 1:
		return overlap1(a1.Y, a2.Y, b1.Y, b2.Y) || gap1(a1.Y, a2.Y, b1.Y, b2.Y) < 30
	case a1.Y == a2.Y && b1.Y == b2.Y && math.Abs(a1.Y-b1.Y) < 1:
		return overlap1(a1.X, a2.X, b1.X, b2.X)
	}
	return false
}

func gap1(a1, a2, b1, b2 float64) float64 {
	return math.Max(math.Min(a1, a2), math.Min(b1, b2)) - math.Min(math.Max(a1, a2), math.Max(b1, b2))
}

func overlap1(a1, a2, b1, b2 float64) bool {
	return math.Min(math.Max(a1, a2), math.Max(b1, b2))-math.Max(math.Min(a1, a2), math.Min(b1, b2)) > 1
}

func TestLayoutSmallCharts(t *testing.T) {
	for _, c := range []*Chart{linearChart(), branchChart()} {
		t.Run(c.Title, func(t *testing.T) {
			l, err := Lay(c, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkLayout(t, c, l)
		})
	}
}

func TestLayoutRandomCharts(t *testing.T) {
	for seed := uint64(1); seed <= 300; seed++ {
		n := 2 + int(seed%40)
		c := randomChart(seed, n)
		t.Run(fmt.Sprintf("seed%d-n%d", seed, n), func(t *testing.T) {
			l, err := Lay(c, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkLayout(t, c, l)
		})
	}
}

func TestLayoutOptionsScale(t *testing.T) {
	c := branchChart()
	small, _ := Lay(c, Options{})
	big, err := Lay(c, Options{FontSize: 30})
	if err != nil {
		t.Fatal(err)
	}
	checkLayout(t, c, big)
	if r := big.Width / small.Width; r < 1.9 || r > 2.1 {
		t.Errorf("doubling the font size scaled the width by %.2f, want about 2", r)
	}
	if big.FontSize() != 30 {
		t.Errorf("FontSize() = %v, want 30", big.FontSize())
	}
}

// TestSpineStraight: the chain of first outcomes is one column, so the main
// flow reads straight down.
func TestSpineStraight(t *testing.T) {
	l, err := Lay(branchChart(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	x := map[string]float64{}
	for _, b := range l.Boxes {
		x[b.ID] = b.Rect.CenterX()
	}
	for _, id := range []string{"accept", "review", "decide", "publish"} {
		if math.Abs(x[id]-x["apply"]) > 0.5 {
			t.Errorf("spine step %s is at x %.1f, the start at %.1f", id, x[id], x["apply"])
		}
	}
	if x["reject"] <= x["apply"] || x["deny"] <= x["apply"] {
		t.Errorf("branches should stand beside the spine: reject %.1f, deny %.1f, spine %.1f", x["reject"], x["deny"], x["apply"])
	}
}

func TestLayoutErrors(t *testing.T) {
	step := func(id string, next ...string) Step {
		s := Step{ID: id, Name: id}
		for _, n := range next {
			s.Next = append(s.Next, Edge{To: n})
		}
		return s
	}
	cases := []struct {
		name  string
		steps []Step
		want  string
	}{
		{"cycle", []Step{step("a", "b"), step("b", "c"), step("c", "b")}, "steps b → c → b form a cycle"},
		{"self", []Step{step("a", "a")}, "steps a → a form a cycle"},
		{"missing", []Step{step("a", "x")}, `step "a" leads to "x", which is not a step`},
		{"unreachable", []Step{step("a"), step("b")}, `step "b" cannot be reached from the first step "a"`},
		{"duplicate", []Step{step("a", "a2"), step("a")}, `two steps have the id "a"`},
		{"empty", nil, "the chart has no steps"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Lay(&Chart{Steps: tc.steps}, Options{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}
	_, err := Lay(&Chart{Steps: []Step{step("a", "b"), step("b", "a")}}, Options{})
	var ce *CycleError
	if !errors.As(err, &ce) || len(ce.Path) != 3 {
		t.Errorf("a cycle should be a *CycleError with its path, got %#v", err)
	}
}

func TestFitBreaksLongWords(t *testing.T) {
	lines := fit("编号ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789结束", 6)
	for _, l := range lines {
		if w := textfit.AnyFont.Width(l); w > 6 {
			t.Errorf("line %q is %.2f em, wider than 6", l, w)
		}
	}
	if strings.Join(lines, "") != "编号ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789结束" {
		t.Errorf("fit lost text: %q", lines)
	}
}

func TestFitAvoidsOrphans(t *testing.T) {
	lines := fit("新提拔担任领导职务的实行一年试用期", 16)
	if len(lines) != 2 || lines[1] != "用期" {
		t.Errorf("a single character should not sit alone on the last line: %q", lines)
	}
}

func TestSpread(t *testing.T) {
	x := spread([]float64{0, 0, 0}, []float64{1e6, 1, 1}, []float64{10, 10})
	if math.Abs(x[0]) > 0.01 || math.Abs(x[1]-10) > 0.01 || math.Abs(x[2]-20) > 0.01 {
		t.Errorf("a heavy first item should stay put: %v", x)
	}
	x = spreadWithin([]float64{100, 100}, []float64{1, 1}, []float64{10}, 0, 50)
	if x[1] != 50 || x[0] != 40 {
		t.Errorf("items should be clamped inside the bounds: %v", x)
	}
}

// TestSplit cuts large charts into parts of bounded height: every part is a
// sound layout, every step appears once with its number, and every
// connector leaving a part is entered again by a later one.
func TestSplit(t *testing.T) {
	for seed := uint64(1); seed <= 80; seed++ {
		c := randomChart(seed, 6+int(seed%30))
		whole, err := Lay(c, Options{})
		if err != nil {
			t.Fatal(err)
		}
		maxH := math.Max(whole.Height/3, 900)
		parts, err := Split(c, Options{}, maxH)
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		seen := map[string]int{}
		outs, ins := map[string]int{}, map[string]int{}
		for pi, p := range parts {
			if p.Width != parts[0].Width {
				t.Errorf("seed %d: part %d is %.0f px wide, part 1 %.0f; parts share one width to print at one scale", seed, pi, p.Width, parts[0].Width)
			}
			checkLayout(t, partAsChart(p), p)
			for _, b := range p.Boxes {
				switch {
				case strings.HasPrefix(b.ID, "out:"):
					outs[b.Connector] = pi
				case strings.HasPrefix(b.ID, "in:"):
					if o, ok := outs[b.Connector]; !ok || o >= pi {
						t.Errorf("seed %d part %d: connector %s enters before it leaves", seed, pi, b.Connector)
					}
					ins[b.Connector] = pi
				default:
					seen[b.ID]++
					if want := stepNumber(c, b.ID); b.Number != want {
						t.Errorf("seed %d: step %s numbered %d in its part, want %d", seed, b.ID, b.Number, want)
					}
				}
			}
			if p.Height > maxH && len(p.Boxes) > 0 && !singleRow(p) {
				t.Errorf("seed %d part %d: %.0f px tall, limit %.0f", seed, pi, p.Height, maxH)
			}
		}
		for _, s := range c.Steps {
			if seen[s.ID] != 1 {
				t.Errorf("seed %d: step %s appears %d times across %d parts", seed, s.ID, seen[s.ID], len(parts))
			}
		}
		for letter := range outs {
			if _, ok := ins[letter]; !ok {
				t.Errorf("seed %d: connector %s leaves a part and never comes back", seed, letter)
			}
		}
	}
}

// partAsChart counts a part's routes for checkLayout.
func partAsChart(l *Layout) *Chart {
	c := &Chart{}
	for range l.Routes {
		c.Steps = append(c.Steps, Step{Next: []Edge{{}}})
	}
	return c
}

func stepNumber(c *Chart, id string) int {
	for i, s := range c.Steps {
		if s.ID == id {
			return i + 1
		}
	}
	return 0
}

func singleRow(l *Layout) bool {
	for _, b := range l.Boxes {
		if b.Layer != l.Boxes[0].Layer && b.Connector == "" {
			return false
		}
	}
	return true
}

// TestFit: a chart fitted to a space is sound, never smaller there than the
// whole chart, and a tall chart in a squarish space comes in columns.
func TestFit(t *testing.T) {
	for seed := uint64(1); seed <= 12; seed++ {
		c := randomChart(seed, 4+int(seed*2))
		whole, _ := Lay(c, Options{})
		for _, aspect := range []float64{0.7, 1.4, 16.0 / 9} {
			l, err := Fit(c, Options{}, aspect)
			if err != nil {
				t.Fatal(err)
			}
			checkLayout(t, partAsChart(l), l)
			if fitScale(l, aspect) < fitScale(whole, aspect)*0.999 {
				t.Errorf("seed %d aspect %.2f: fitted chart draws smaller than the whole one", seed, aspect)
			}
		}
	}
	tall := randomChart(7, 30)
	l, _ := Fit(tall, Options{}, 1.4)
	whole, _ := Lay(tall, Options{})
	if l.Width < 1.5*whole.Width {
		t.Errorf("a tall chart in a wide space should come in columns: %.0f px wide, whole %.0f", l.Width, whole.Width)
	}
}

func BenchmarkFit(b *testing.B) {
	c := randomChart(3, 14)
	for b.Loop() {
		if _, err := Fit(c, Options{}, 0.8); err != nil {
			b.Fatal(err)
		}
	}
}

func TestNamesOnly(t *testing.T) {
	c := branchChart()
	full, _ := Lay(c, Options{})
	l, err := Lay(c, Options{NamesOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	checkLayout(t, c, l)
	for _, b := range l.Boxes {
		for _, tx := range b.Texts {
			if tx.Role == "field" || tx.Role == "label" {
				t.Fatalf("step %s shows its fields in an overview", b.ID)
			}
		}
	}
	if l.Height > full.Height/2 {
		t.Errorf("an overview should be far shorter: %.0f px against %.0f", l.Height, full.Height)
	}
}
