package flow_test

import (
	"math"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/textfit"
)

// measure measures cells as the kiosk does: the width of each line of a
// cell, and of its widest piece that cannot be broken.
func measure(cells [][]string) [][]flow.Cell {
	out := make([][]flow.Cell, len(cells))
	for i, r := range cells {
		for _, c := range r {
			cell := flow.Cell{}
			for _, l := range strings.Split(c, "\n") {
				cell.Paras = append(cell.Paras, textfit.Width(l))
			}
			for _, l := range textfit.Wrap(c, 0.01) {
				cell.Unit = max(cell.Unit, textfit.Width(l))
			}
			out[i] = append(out[i], cell)
		}
	}
	return out
}

func total(w []float64) float64 {
	s := 0.0
	for _, x := range w {
		s += x
	}
	return s
}

// lines is the table's height in lines with its columns at widths, Pad
// and Slack taken off.
func lines(cells [][]string, widths []float64, off float64) int {
	n := 0
	for _, r := range cells {
		most := 1
		for j, c := range r {
			most = max(most, textfit.Lines(c, widths[j]-off))
		}
		n += most
	}
	return n
}

var cadres = [][]string{{"姓名", "性别", "出生年月", "现任职务"}, {"陈志强", "男", "1982年7月", "县发展和改革局党组成员、副局长，兼任县重点项目服务中心主任"}}

// TestColumnsNeverSqueezeShortColumns (kiosks, LikeBrowser): a short
// column keeps its natural width, so a birth date never wraps.
func TestColumnsNeverSqueezeShortColumns(t *testing.T) {
	widths, stack := flow.Columns(flow.Table{Rows: measure(cadres), Pad: 0.7, MinLeast: 4, Share: flow.LikeBrowser}, 30)
	if stack {
		t.Fatal("table does not fit 30em")
	}
	if s := total(widths); math.Abs(s-30) > 1e-9 {
		t.Errorf("columns add up to %.2f em in 30", s)
	}
	if widths[2] < 5.5 {
		t.Errorf("birth date column %.2f em: 1982年7月 would wrap", widths[2])
	}
}

// TestColumnsFewestLines (boards): the width goes where it saves lines:
// the long duty column takes what the short ones do not need, and the
// table is no taller than with the browser's sharing.
func TestColumnsFewestLines(t *testing.T) {
	tbl := flow.Table{Rows: measure(cadres), Slack: 0.2, MaxLeast: 8, Headed: true}
	widths, stack := flow.Columns(tbl, 24)
	if stack {
		t.Fatal("table does not fit 24em")
	}
	if s := total(widths); math.Abs(s-24) > 1e-9 {
		t.Errorf("columns add up to %.2f em in 24", s)
	}
	if widths[3] < widths[0]+widths[1]+widths[2] {
		t.Errorf("duty column %.2f em of 24: %v", widths[3], widths)
	}
	tbl.Share = flow.LikeBrowser
	browser, _ := flow.Columns(tbl, 24)
	if a, b := lines(cadres, widths, 0.2), lines(cadres, browser, 0.2); a > b {
		t.Errorf("FewestLines: %d lines, LikeBrowser %d (%v, %v)", a, b, widths, browser)
	}
}

// TestColumnsHeadingsNotStacked: a header row keeps up to four characters
// of a heading on a line, so "序号" over a column of "1", "2" is not set one
// character a line.
func TestColumnsHeadingsNotStacked(t *testing.T) {
	cells := [][]string{{"序号", "事项"}, {"1", strings.Repeat("第一项重点工作按期推进，", 8)}, {"2", "县直单位"}}
	widths, _ := flow.Columns(flow.Table{Rows: measure(cells), Slack: 0.2, MaxLeast: 8, Headed: true}, 20)
	if widths[0] < 2.2-1e-9 {
		t.Errorf("序号 column %.2f em: the heading is stacked", widths[0])
	}
}

// TestColumnsFixedColumnKeepsItsSize: a column holding a drawing of a
// fixed size keeps it; the free columns take the rest.
func TestColumnsFixedColumnKeepsItsSize(t *testing.T) {
	cells := [][]string{{"事项", "图"}, {"按期推进", ""}}
	widths, _ := flow.Columns(flow.Table{Rows: measure(cells), Slack: 0.2, MaxLeast: 8, Fixed: []float64{0, 10}}, 30)
	if math.Abs(widths[1]-10) > 1e-9 || math.Abs(widths[0]-20) > 1e-9 {
		t.Errorf("widths %v, want [20 10]", widths)
	}
}

// TestColumnsTooWideMustStack: a table whose columns do not fit at their
// least widths must become cards (kiosks); its least widths squeezed to
// the box are what a sheet, which cannot stack, sets.
func TestColumnsTooWideMustStack(t *testing.T) {
	cells := [][]string{{"序号", "项目名称", "建设内容及规模", "总投资", "计划投资", "完成", "完成率", "形象进度", "责任单位"},
		{"1", "青山工业园标准厂房四期", "标准厂房20万平方米及配套", "68000", "25000", "21300", "85.2%", "8栋主体封顶", "县工业园管委会"}}
	for _, share := range []flow.Sharing{flow.FewestLines, flow.LikeBrowser} {
		widths, stack := flow.Columns(flow.Table{Rows: measure(cells), Pad: 0.7, MinLeast: 4, Share: share}, 25)
		if !stack {
			t.Errorf("sharing %d: 9 columns fit in 25 em: %v", share, widths)
		}
		if s := total(widths); math.Abs(s-25) > 1e-9 {
			t.Errorf("sharing %d: squeezed columns add up to %.2f em in 25", share, s)
		}
	}
}
