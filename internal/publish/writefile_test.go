package publish

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWriteFileAsOS: a build's files are written as through os.File, to
// the same bytes and mode, and fail with the same errors.
func TestWriteFileAsOS(t *testing.T) {
	dir := t.TempDir()
	data := bytes.Repeat([]byte("公开<p>x</p>\n"), 50000)
	for _, chmod := range []bool{false, true} {
		a, b := filepath.Join(dir, "a.html"), filepath.Join(dir, "b.html")
		if err := os.WriteFile(a, []byte(strings.Repeat("longer than what replaces it ", 100000)), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := writeFile(a, data, chmod); err != nil {
			t.Fatal(err)
		}
		if err := writeFileOS(b, data, chmod); err != nil {
			t.Fatal(err)
		}
		got, _ := os.ReadFile(a)
		want, _ := os.ReadFile(b)
		if !bytes.Equal(got, want) || !bytes.Equal(got, data) {
			t.Errorf("chmod %v: %d bytes written, want %d", chmod, len(got), len(data))
		}
		fa, _ := os.Stat(a)
		fb, _ := os.Stat(b)
		if chmod && fa.Mode() != fb.Mode() {
			t.Errorf("chmod: mode %v, want %v", fa.Mode(), fb.Mode())
		}
		os.Remove(a)
		os.Remove(b)
	}
	missing := filepath.Join(dir, "missing", "x.html")
	err1, err2 := writeFile(missing, data, false), writeFileOS(missing, data, false)
	if err1 == nil || err2 == nil || err1.Error() != err2.Error() {
		t.Errorf("into a missing folder: %v, want %v", err1, err2)
	}
	if err1 != nil && unwrapPath(err1).Error() != unwrapPath(err2).Error() {
		t.Errorf("unwrapped: %v, want %v", unwrapPath(err1), unwrapPath(err2))
	}
}
