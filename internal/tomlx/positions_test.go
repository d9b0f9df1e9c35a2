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
	at := uintptr(unsafe.Pointer(unsafe.StringData(p.table().paths)))
	if at >= start && at < start+uintptr(len(src)) {
		t.Error("the positions keep the source they were read from")
	}
	if want := len("date") + len("steps") + len("steps[0]") + len("steps[0].name") + len("steps[0].note") + len("steps[1]") + len("steps[1].name") + len("title"); len(p.table().paths) != want {
		t.Errorf("the paths take %d bytes, want %d: %q", len(p.table().paths), want, p.table().paths)
	}
	for path, want := range map[string]int{"title": 2, "date": 3, "steps[0]": 5, "steps[0].note": 7, "steps[1].name": 11, "steps[1].name.x": 11, "steps": 10, "nothing": 0} {
		if got := p.Line(path); got != want {
			t.Errorf("Line(%q) = %d, want %d", path, got, want)
		}
	}
}

// TestPositionsAreShared: front matters that set the same keys on the
// same lines, as most of a site's do, share one copy of their positions
// (every content file keeps its own until the build ends); another line
// or another key makes another.
func TestPositionsAreShared(t *testing.T) {
	a := scanPositions("title = \"甲\"\ndate = 2026-11-20\ncategory = \"cadre\"\n", 2)
	b := scanPositions("title = \"乙乙乙\"\ndate = 2025-01-02\ncategory = \"finance\"\n", 2)
	if unsafe.StringData(a.table().paths) != unsafe.StringData(b.table().paths) || unsafe.StringData(a.table().index) != unsafe.StringData(b.table().index) {
		t.Error("two front matters with the same keys on the same lines keep a copy each of their positions")
	}
	if got := b.Line("category"); got != 4 {
		t.Errorf("Line(category) = %d, want 4", got)
	}
	for _, src := range []string{"title = \"甲\"\n\ndate = 2026-11-20\ncategory = \"cadre\"\n", "title = \"甲\"\ndate = 2026-11-20\nissuer = \"x\"\n"} {
		if c := scanPositions(src, 2); c == a {
			t.Errorf("positions of %q are those of another front matter", src)
		}
	}
	if (Positions{}).Line("title") != 0 {
		t.Error("the zero Positions has a line")
	}
}
