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

// TestLinksBeneath: what Open reads and refuses, whichever way it opens a
// file (on Linux a plain file is opened beneath the site folder in one
// call; what that call refuses is decided as before): links out and back
// in, absolute links inside, links out by "..", folders read as folders.
func TestLinksBeneath(t *testing.T) {
	base := t.TempDir()
	site, outside := filepath.Join(base, "site"), filepath.Join(base, "outside")
	for _, d := range []string{filepath.Join(site, "sub", "deep"), outside} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(site, "inner.txt"), "INNER")
	write(filepath.Join(site, "sub", "deep", "plain.txt"), "PLAIN")
	write(filepath.Join(outside, "secret.txt"), "SECRET")
	links := map[string]string{
		"sub/back.txt":   "../../site/inner.txt", // out by name, back in
		"sub/abs.txt":    filepath.Join(site, "inner.txt"),
		"sub/up.txt":     "../inner.txt",
		"sub/out.txt":    "../../outside/secret.txt",
		"sub/absout.txt": filepath.Join(outside, "secret.txt"),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(site, filepath.FromSlash(name))); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	fsys, err := New(site)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"inner.txt": "INNER", "sub/deep/plain.txt": "PLAIN", "sub/back.txt": "INNER", "sub/abs.txt": "INNER", "sub/up.txt": "INNER"} {
		if data, err := fs.ReadFile(fsys, name); err != nil || string(data) != want {
			t.Errorf("%s: %q, %v; want %q", name, data, err, want)
		}
	}
	for _, name := range []string{"sub/out.txt", "sub/absout.txt"} {
		data, err := fs.ReadFile(fsys, name)
		var out *OutsideError
		if !errors.As(err, &out) || out.Name != name {
			t.Errorf("%s: %q, %v; want an OutsideError naming it", name, data, err)
		}
	}
	for _, name := range []string{"../outside/secret.txt", "/etc/passwd", "sub/../inner.txt"} {
		if _, err := fsys.Open(name); !errors.Is(err, fs.ErrInvalid) {
			t.Errorf("%s: %v, want an invalid path", name, err)
		}
	}
	if _, err := fs.ReadFile(fsys, "missing.txt"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file: %v", err)
	}
	entries, err := fs.ReadDir(fsys, "sub")
	if err != nil || len(entries) != 6 {
		t.Errorf("fs.ReadDir(sub): %d entries, %v; want 6", len(entries), err)
	}
	f, err := fsys.Open("sub/deep/plain.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || fi.Name() != "plain.txt" || fi.Size() != 5 {
		t.Errorf("Stat: %v, %v", fi, err)
	}
}
