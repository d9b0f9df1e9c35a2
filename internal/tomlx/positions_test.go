package tomlx

import "testing"

func TestPositionsOfArraysOfTables(t *testing.T) {
	src := `title = "x"

[[catalog]]
name = "a"

[[catalog]]
name = "b"
items = [
  "x",
]

[feedback]
phone = "1"

[[boards]]
number = 1
[[boards.notes]]
text = "n"
[[boards]]
number = 2
`
	p := scanPositions(src, 1)
	for path, want := range map[string]int{
		"title": 1, "catalog[0]": 3, "catalog[0].name": 4, "catalog[1]": 6, "catalog[1].name": 7,
		"catalog[1].items": 8, "feedback.phone": 13, "boards[0].number": 16, "boards[0].notes[0].text": 18,
		"boards[1].number": 20, "catalog[1].items[0]": 8,
	} {
		if got := p.Line(path); got != want {
			t.Errorf("Line(%q) = %d, want %d", path, got, want)
		}
	}
}
