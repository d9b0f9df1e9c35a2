package publish

import (
	"strconv"
	"strings"
	"testing"
)

// TestMemorySized: a memory writer made for n files keeps and refuses
// files as NewMemory's does, and writing its n files grows no map: it
// allocates less than NewMemory's.
func TestMemorySized(t *testing.T) {
	const n = 500
	names := make([]string, n)
	for i := range names {
		names[i] = "item-" + strconv.Itoa(i) + "/index.html"
	}
	data := []byte("x")
	fill := func(w *Writer) {
		for _, name := range names {
			if err := w.WriteRaw(name, data, "test"); err != nil {
				t.Fatal(err)
			}
		}
	}
	w := NewMemorySized(n)
	fill(w)
	if got := len(w.Memory()); got != n || string(w.Bytes(names[7])) != "x" {
		t.Errorf("kept %d files, %q; want %d, %q", got, w.Bytes(names[7]), n, "x")
	}
	if err := w.WriteRaw(names[3], data, "again"); err == nil || !strings.Contains(err.Error(), "test and again both write") {
		t.Errorf("a path written twice: %v", err)
	}
	sized := testing.AllocsPerRun(3, func() { fill(NewMemorySized(n)) })
	grown := testing.AllocsPerRun(3, func() { fill(NewMemory()) })
	if sized >= grown {
		t.Errorf("NewMemorySized(%d) makes %.0f allocations to write %d files, NewMemory %.0f: its maps grew", n, sized, n, grown)
	}
}
