package kiosk

import (
	"reflect"
	"testing"

	"github.com/gongkai/gongkai/internal/markdown"
)

// TestTableCellsMeasuredOnce: a touch kiosk measures a table's cells once
// for its three type sizes (in em they do not change), and the pieces of
// a table set with the kept measures are those set measuring afresh.
func TestTableCellsMeasuredOnce(t *testing.T) {
	cells := [][]string{{"序号", "姓名", "拟任职务"}, {"1", "张三", "县发展和改革委员会副主任（试用期一年）"}, {"2", "李四", "0999-7654000"}}
	memo := &cellMemo{}
	a, b := memo.measure(cells), memo.measure(cells)
	if &a[0][0] != &b[0][0] {
		t.Error("the cells of one table are measured again for each type size")
	}
	if !reflect.DeepEqual(a, measureCells(cells)) {
		t.Error("kept measures differ from measuring afresh")
	}
	for _, font := range []float64{27, 34, 45} {
		m := Metrics{Width: 900, Font: font}
		kept := m
		kept.cells = memo
		blk := markdown.Block{Kind: "table", Cells: cells}
		if got, want := table(blk, kept), table(blk, m); !reflect.DeepEqual(got, want) {
			t.Errorf("at %g px a table set with kept measures differs", font)
		}
	}
}
