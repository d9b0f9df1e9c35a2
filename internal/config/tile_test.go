package config

import "testing"

// TestBoardTile: tile is A3 or A4 (any case), smaller than the board's
// paper; anything else is an error at the line of tile.
func TestBoardTile(t *testing.T) {
	board := func(paper, tile string) string {
		return siteHead + "[[boards]]\nnumber = 1\nname = \"x\"\npaper = \"" + paper + "\"\ncategories = [\"cadre\"]\ntile = \"" + tile + "\"\n"
	}
	s, got := diagStrings(t, board("A0", "a3"))
	wantDiags(t, got, nil)
	if s.Boards[0].Tile != "A3" {
		t.Errorf("tile = %q, want A3", s.Boards[0].Tile)
	}
	_, got = diagStrings(t, board("A0", "A5"))
	wantDiags(t, got, []string{`site.toml:13: tile is the office paper the sheets are also cut into; write tile = "A3" or tile = "A4"`})
	_, got = diagStrings(t, board("A3", "A3"))
	wantDiags(t, got, []string{`site.toml:13: board 1's paper A3 fits on one A3 page and needs no tiles; remove tile`})
}
