package flowchart

import (
	"bytes"
	"testing"
)

// candidatesEachTime are the layouts Fit chooses among, made as Fit made
// them before it kept the rows it lays out: every height tried is split
// from scratch. TestFitKeepsNothingStale compares the two.
func candidatesEachTime(t *testing.T, c *Chart, o Options) []*Layout {
	o = o.withDefaults()
	var out []*Layout
	for _, tw := range []float64{o.TextWidth, o.TextWidth * 1.25, o.TextWidth * 1.5} {
		wo := o
		wo.TextWidth = tw
		w, err := Lay(c, wo)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, w)
	k:
		for k := 2; k <= 4; k++ {
			for h := w.Height / float64(k); ; h *= 1.06 {
				parts, err := Split(c, wo, h)
				if err != nil {
					t.Fatal(err)
				}
				if len(parts) <= k {
					if len(parts) < 2 {
						break k
					}
					out = append(out, Compose(parts, w.m.boxGap))
					break
				}
			}
		}
	}
	return out
}

// TestFitKeepsNothingStale: Fit, which lays each run of rows out once for
// all the heights and part counts it tries, draws every chart exactly as
// splitting from scratch at each height does.
func TestFitKeepsNothingStale(t *testing.T) {
	charts := []*Chart{branchChart(), linearChart()}
	for seed := uint64(1); seed <= 4; seed++ {
		charts = append(charts, randomChart(seed, 4+int(seed*3)))
	}
	for i, c := range charts {
		for _, o := range []Options{{}, {NamesOnly: true, FontSize: 18}} {
			whole, _ := Lay(c, o)
			cands := candidatesEachTime(t, c, o)
			for _, aspect := range []float64{0.25, 0.5, 0.8, 1.4, 16.0 / 9, 3} {
				got, err := Fit(c, o, aspect)
				if err != nil {
					t.Fatal(err)
				}
				want, scale := whole, fitScale(whole, aspect)
				for _, l := range cands {
					if s := fitScale(l, aspect); s > scale*1.05 {
						want, scale = l, s
					}
				}
				if !bytes.Equal(SVG(got), SVG(want)) {
					t.Errorf("chart %d (%+v) at aspect %.2f: Fit draws another chart than splitting from scratch", i, o, aspect)
				}
			}
		}
	}
}
