package flow

import (
	"math/rand"
	"testing"
)

// TestTotalIsTheTablesHeight: the height with one column changed, worked
// out from each row's two tallest cells, is the tallest cell of every row
// summed, for random tables and widths.
func TestTotalIsTheTablesHeight(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	for range 200 {
		cols, rows := 1+rnd.Intn(5), 1+rnd.Intn(20)
		a := &allotment{pad: 0.2, step: 0.5, steps: make([]int, cols), cache: map[[2]int][]int{}}
		a.least = make([]float64, cols)
		for j := range a.least {
			a.least[j] = 1 + rnd.Float64()*3
			a.steps[j] = rnd.Intn(6)
		}
		for range rows {
			row := make([]Cell, 1+rnd.Intn(cols))
			for j := range row {
				for range 1 + rnd.Intn(3) {
					row[j].Paras = append(row[j].Paras, rnd.Float64()*30)
				}
			}
			a.rows = append(a.rows, row)
		}
		h := a.heights()
		for j := range cols {
			for k := range 8 {
				want := 0
				for r := range a.rows {
					most := 1
					for c := range cols {
						kc := a.steps[c]
						if c == j {
							kc = k
						}
						most = max(most, a.lines(c, kc)[r])
					}
					want += most
				}
				if got := a.total(h, j, k); got != want {
					t.Fatalf("column %d at %d steps: total %d, want %d", j, k, got, want)
				}
			}
		}
	}
}
