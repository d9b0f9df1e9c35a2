package publish

import (
	"maps"
	"testing"
)

// TestSnapshot: a memory writer made from a snapshot holds its files and
// refuses what the snapshot's writer would have refused (a second writer
// of a path, a file over a folder); a file taken back with Unwrite may be
// written again; the snapshot's writer stays as it was.
func TestSnapshot(t *testing.T) {
	w := NewMemory()
	for name, who := range map[string]string{"a/index.html": "page a", "a/b/index.html": "page b", "x.txt": "static x"} {
		if err := w.WriteRaw(name, []byte(name), who); err != nil {
			t.Fatal(err)
		}
	}
	snap := w.Snapshot()
	want := maps.Clone(w.Memory())
	n := NewMemoryFrom(snap)
	if !maps.EqualFunc(n.Memory(), want, func(a, b []byte) bool { return string(a) == string(b) }) {
		t.Fatalf("the new writer holds %v, want %v", n.Memory(), want)
	}
	if err := n.WriteRaw("a/index.html", []byte("again"), "page a2"); err == nil {
		t.Error("a second writer of a/index.html was not refused")
	}
	if err := n.WriteRaw("a/b", []byte("file"), "static"); err == nil {
		t.Error("a file over the folder a/b was not refused")
	}
	n.Unwrite("a/b/index.html")
	if err := n.WriteRaw("a/b/index.html", []byte("new b"), "page b"); err != nil {
		t.Errorf("a file taken back could not be written again: %v", err)
	}
	if got := string(n.Bytes("a/b/index.html")); got != "new b" {
		t.Errorf("a/b/index.html is %q, want the new bytes", got)
	}
	if got := string(w.Bytes("a/b/index.html")); got != "a/b/index.html" {
		t.Errorf("the snapshot's writer changed: a/b/index.html is %q", got)
	}
}
