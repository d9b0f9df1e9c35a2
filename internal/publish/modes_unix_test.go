//go:build unix

package publish

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestModes: the output is readable by a web server running as another
// user whatever the umask: folders 0755, files 0644, the root included.
func TestModes(t *testing.T) {
	old := syscall.Umask(0o077)
	defer syscall.Umask(old)
	dest := filepath.Join(t.TempDir(), "a", "b", "public")
	build(t, dest, public, map[string]string{"index.html": "x", "cadre/wang/index.html": "y", "boards/05/board-05.pdf": "%PDF"})
	err := filepath.WalkDir(filepath.Dir(dest), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, _ := d.Info()
		want := os.FileMode(0o644)
		if d.IsDir() {
			want = 0o755
		}
		if fi.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v", p, fi.Mode().Perm(), want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
