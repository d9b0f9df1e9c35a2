package sitefs

import (
	"os"
	"path/filepath"
	"testing"
)

// TestBeneathOpensPlainFiles: on Linux a plain file inside the site is
// opened in one call, named by its full path; a link out is left to the
// check.
func TestBeneathOpensPlainFiles(t *testing.T) {
	site, outside := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(site, "a.txt"), []byte("A"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(site, "out")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.WriteFile(filepath.Join(outside, "s.txt"), []byte("S"), 0o644); err != nil {
		t.Fatal(err)
	}
	fsys, err := New(site)
	if err != nil {
		t.Fatal(err)
	}
	f := fsys.fast.open(fsys.root, "a.txt")
	if f == nil {
		t.Skip("openat2 is not available on this kernel")
	}
	defer f.Close()
	if got, want := f.(*os.File).Name(), filepath.Join(fsys.root, "a.txt"); got != want {
		t.Errorf("name %q, want %q", got, want)
	}
	if g := fsys.fast.open(fsys.root, "out/s.txt"); g != nil {
		g.Close()
		t.Error("a file behind a link out of the site was opened beneath it")
	}
}
