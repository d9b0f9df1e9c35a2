package tomlx

import (
	"testing"
	"unsafe"
)

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

// TestPositionsHoldNoSource: what every content file keeps for its
// diagnostics is its paths and lines, not the front matter they were
// read from (the map they were kept in held a substring of it per key).
func TestPositionsHoldNoSource(t *testing.T) {
	src := "title = \"关于……的公示\"\ndate = 2026-11-20\n\n[[steps]]\nname = \"受理\"\nnote = \"\"\"\n很长的说明\n\"\"\"\n[[steps]]\nname = \"审查\"\n"
	p := scanPositions(src, 2)
	start := uintptr(unsafe.Pointer(unsafe.StringData(src)))
	at := uintptr(unsafe.Pointer(unsafe.StringData(p.paths)))
	if at >= start && at < start+uintptr(len(src)) {
		t.Error("the positions keep the source they were read from")
	}
	if want := len("date") + len("steps") + len("steps[0]") + len("steps[0].name") + len("steps[0].note") + len("steps[1]") + len("steps[1].name") + len("title"); len(p.paths) != want {
		t.Errorf("the paths take %d bytes, want %d: %q", len(p.paths), want, p.paths)
	}
	for path, want := range map[string]int{"title": 2, "date": 3, "steps[0]": 5, "steps[0].note": 7, "steps[1].name": 11, "steps[1].name.x": 11, "steps": 10, "nothing": 0} {
		if got := p.Line(path); got != want {
			t.Errorf("Line(%q) = %d, want %d", path, got, want)
		}
	}
}
