package board

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/flowchart"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
)

// TestOnlyTheLayoutKeptMakesPieces: paginating (each type size a board
// tries, each height balancing tries) writes no block's HTML; pieces then
// writes, for the layout kept, what the block as placed writes, split
// parts included.
func TestOnlyTheLayoutKeptMakesPieces(t *testing.T) {
	g := a4(t, 2)
	body := "<p>" + strings.Repeat(sentence, 30) + "</p><table><thead><tr><th>姓名</th><th>拟任职务</th></tr></thead><tbody>" +
		strings.Repeat("<tr><td>王建国</td><td>"+sentence+"</td></tr>", 30) + "</tbody></table>"
	e := &Entry{Title: "关于王建国等同志任前公示的公告", File: "content/x.md"}
	p, err := paginate(g, []*Entry{e}, [][]block{blocksOf(t, g, body)}, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	sheets := p.finish()
	var parts []*Part
	for _, s := range sheets {
		for _, c := range s.Columns {
			for _, part := range c.Parts {
				if part.Kind == "block" {
					parts = append(parts, part)
				}
			}
		}
	}
	if len(sheets) < 2 || len(parts) < 4 {
		t.Fatalf("%d sheets, %d block parts: want the body split over sheets", len(sheets), len(parts))
	}
	want := make([]string, len(parts))
	for i, part := range parts {
		if part.Block != nil {
			t.Fatalf("part %d has its piece before the layout is kept", i)
		}
		want[i] = htmlOf(t, part.blk)
	}
	pieces(sheets)
	for i, part := range parts {
		if part.blk != nil || part.Block == nil {
			t.Fatalf("part %d: pieces left its block unmade", i)
		}
		if got := partHTML(t, part); got != want[i] {
			t.Errorf("part %d writes\n%s\nwant\n%s", i, got, want[i])
		}
	}
}

// kept are the sheets of p as a layout kept has them, pieces made.
func kept(p *pager) []*Sheet {
	sheets := p.finish()
	pieces(sheets)
	return sheets
}

// TestFlowchartIsDrawnForTheLayoutKept: a flowchart's figure is measured
// at every type size a board tries, but drawn (its SVG) only when its
// piece is made, as the layout it draws.
func TestFlowchartIsDrawnForTheLayoutKept(t *testing.T) {
	chart := &flowchart.Chart{Steps: []flowchart.Step{{ID: "a", Name: "受理", Next: []flowchart.Edge{{To: "b"}}}, {ID: "b", Name: "决定"}}}
	l, err := flowchart.Lay(chart, flowchart.Options{})
	if err != nil {
		t.Fatal(err)
	}
	g := a4(t, 2)
	f := (&builder{g: g}).chartFigure(nil, l, g.ColH)
	if f.body != "" {
		t.Error("the figure was drawn as it was measured")
	}
	if got, want := string(f.piece().Drawing), string(flowchart.SVG(l)); got != want {
		t.Errorf("the piece draws\n%s\nwant\n%s", got, want)
	}
}

// TestExtraTablesAreWrittenOncePerBoard: an item's stages (and risk
// points) do not depend on the type size, so the board writes and reads
// them once for all the sizes it tries, and each size measures the same
// tables.
func TestExtraTablesAreWrittenOncePerBoard(t *testing.T) {
	tpl, diags := builtIn()
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	it := &model.Item{Item: &content.Item{Title: "关于城区停车收费调整的决策", File: "content/x.md"},
		Timeline: []model.TimelineStage{{Key: "draft", Label: "起草", State: model.StageDone}, {Key: "hearing", Label: "听证", State: model.StagePending}}}
	e := &Entry{Item: it, Title: it.Title, File: it.File}
	var first [][]markdown.Block
	for _, scale := range []float64{1, 0.94, 0.85} {
		g := newGeometry(&config.Board{Number: 1, Name: "测试", Width: 210, Height: 297, Columns: 2, MinFont: 14}, bands{}, scale, 0)
		bl := &builder{g: g, tpl: tpl}
		blocks, err := bl.extras(e, g.ColH)
		if err != nil {
			t.Fatal(err)
		}
		if len(blocks) == 0 || len(e.tables) != 1 {
			t.Fatalf("at %v: %d blocks from %d tables, want the stages' table", scale, len(blocks), len(e.tables))
		}
		if first == nil {
			first = e.tables
		} else if &e.tables[0][0] != &first[0][0] {
			t.Errorf("at %v the stages were written and read again", scale)
		}
	}
}
