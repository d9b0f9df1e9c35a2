package publish

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteStreamWritesAsItGoes: a streamed file reaches the disk while it
// is being made, not once whole, is written as it is (not minified), and
// a memory writer keeps it whole.
func TestWriteStreamWritesAsItGoes(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	w, err := New(dest, Options{Scope: "public"})
	if err != nil {
		t.Fatal(err)
	}
	piece := []byte(`{"title":"关于  公示"},` + strings.Repeat(" ", 100))
	var want bytes.Buffer
	onDisk := int64(-1)
	write := func(out io.Writer) error {
		for i := range 4 * streamBuffer / len(piece) {
			if i == 3*streamBuffer/len(piece) && onDisk < 0 {
				st, err := os.Stat(filepath.Join(w.Dir(), "data", "index.json"))
				if err != nil {
					return err
				}
				onDisk = st.Size()
			}
			out.Write(piece)
			want.Write(piece)
		}
		return nil
	}
	if err := w.WriteStream("data/index.json", "test", write); err != nil {
		t.Fatal(err)
	}
	if onDisk < streamBuffer {
		t.Errorf("%d bytes were on disk after %d were written: the file is held before it is written", onDisk, 3*streamBuffer)
	}
	if err := w.WriteStream("data/index.json", "again", write); err == nil || !strings.Contains(err.Error(), "test and again both write data/index.json") {
		t.Errorf("a path streamed twice: %v", err)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dest, "data", "index.json")); !bytes.Equal(got, want.Bytes()) {
		t.Errorf("the streamed file is %d bytes, want the %d written, as they were", len(got), want.Len())
	}
	m := NewMemory()
	want.Reset()
	if err := m.WriteStream("index.json", "test", write); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m.Bytes("index.json"), want.Bytes()) {
		t.Error("a memory writer does not keep the streamed file as written")
	}
}

// TestWriteStreamError: what fails in making a streamed file is returned
// as it is.
func TestWriteStreamError(t *testing.T) {
	w, err := New(filepath.Join(t.TempDir(), "public"), Options{Scope: "public"})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	bad := errors.New("index.json: no entry")
	if err := w.WriteStream("index.json", "test", func(out io.Writer) error {
		out.Write([]byte("{"))
		return bad
	}); err != bad {
		t.Errorf("WriteStream = %v, want %v", err, bad)
	}
}

// TestMinifiedStreamWritesAsItGoes: an HTML page streamed through
// WriteMinifiedStream reaches the disk while it is being made, minified
// byte for byte as the page minified whole, and a memory writer keeps it
// minified whole.
func TestMinifiedStreamWritesAsItGoes(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	w, err := New(dest, Options{Scope: "public"})
	if err != nil {
		t.Fatal(err)
	}
	row := []byte("\n  <li class=\"row\">\n    <a href=\"/cadre/wang/\">关于  王某某   任职的公示</a> <span>2026-11-27</span>\n  </li>")
	var page bytes.Buffer
	onDisk := int64(-1)
	write := func(out io.Writer) error {
		page.Reset()
		head := "<!doctype html>\n<html lang=\"zh-CN\">\n<head><title>目录</title></head>\n<body>\n<ul>"
		out.Write([]byte(head))
		page.WriteString(head)
		for i := range 4 * cutAt / len(row) {
			if i == 3*cutAt/len(row) && onDisk < 0 {
				st, err := os.Stat(filepath.Join(w.Dir(), "catalog", "index.html"))
				if err != nil {
					return err
				}
				onDisk = st.Size()
			}
			out.Write(row)
			page.Write(row)
		}
		tail := "\n</ul>\n</body>\n</html>\n"
		out.Write([]byte(tail))
		page.WriteString(tail)
		return nil
	}
	if err := w.WriteMinifiedStream("catalog/index.html", "test", write); err != nil {
		t.Fatal(err)
	}
	if onDisk <= 0 {
		t.Errorf("%d bytes were on disk after %d were written: the page is held whole before it is written", onDisk, 3*cutAt)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	whole, err := w.MinifyWhole("text/html", bytes.Clone(page.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dest, "catalog", "index.html")); !bytes.Equal(got, whole) {
		t.Errorf("the streamed page is %d bytes, want the %d of the page minified whole", len(got), len(whole))
	}
	m := NewMemory()
	if err := m.WriteMinifiedStream("catalog/index.html", "test", write); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(m.Bytes("catalog/index.html"), whole) {
		t.Error("a memory writer does not keep the streamed page minified whole")
	}
}
