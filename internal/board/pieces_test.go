package board

import (
	"strings"
	"testing"
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
	p, err := paginate(g, []*Entry{e}, [][]block{blocksOf(t, g, body)}, "2026年11月27日", 0, 0)
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
