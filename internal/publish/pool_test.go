package publish

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestWriteReusesBuffers: a build to disk minifies every file into a
// buffer that serves the next file once written, instead of allocating a
// copy of each (a 10,000-item site writes 125 MB of pages). Not parallel:
// it counts the bytes the whole program allocates.
func TestWriteReusesBuffers(t *testing.T) {
	w, err := New(filepath.Join(t.TempDir(), "public"), public)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	page := []byte("<!doctype html>\n<html>\n<body>\n" + strings.Repeat("<p>  公开  事项 </p>\n", 8000) + "</body>\n</html>\n")
	if err := w.Write("warm/index.html", page, "test"); err != nil {
		t.Fatal(err)
	}
	const n = 20
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := range n {
		if err := w.Write(fmt.Sprintf("p%d/index.html", i), page, "test"); err != nil {
			t.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	if per := (after.TotalAlloc - before.TotalAlloc) / n; per > uint64(len(page))/4 {
		t.Errorf("writing a %d-byte page allocates %d bytes; its minified copy should reuse a buffer", len(page), per)
	}
}
