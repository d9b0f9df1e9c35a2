package sitefs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutside: a file reached through a folder link out of the site is
// refused, naming the link; a link inside the site is followed.
func TestOutside(t *testing.T) {
	site, outside := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(outside, "secret.txt"), []byte("SECRET"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(site, "inner.txt"), []byte("INNER"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(site, "out")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink("inner.txt", filepath.Join(site, "alias.txt")); err != nil {
		t.Fatal(err)
	}
	fsys, err := New(site)
	if err != nil {
		t.Fatal(err)
	}
	if data, err := fs.ReadFile(fsys, "alias.txt"); err != nil || string(data) != "INNER" {
		t.Errorf("a link inside the site: %q, %v", data, err)
	}
	_, err = fs.ReadFile(fsys, "out/secret.txt")
	var out *OutsideError
	if !errors.As(err, &out) || out.Name != "out" || !errors.Is(err, ErrOutside) {
		t.Fatalf("a file behind a folder link out of the site: %v, want an OutsideError naming out", err)
	}
	msg := Unreadable("out/secret.txt", false, err)
	if !strings.Contains(msg, "reached through out, a symbolic link to") {
		t.Errorf("message %q does not name the link", msg)
	}
}
