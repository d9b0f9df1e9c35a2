package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeBoardSite writes a site of one item on one board, and returns its
// folder.
func writeBoardSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"site.toml": "title = \"测试县\"\nbase_url = \"https://gk.test.example/\"\n[feedback]\nphone = \"0000-1234567\"\n" +
			"[[categories]]\nkey = \"cadre\"\nlabel = \"干部选任和管理\"\nchannel = [\"web\", \"board\"]\n" +
			"[[boards]]\nnumber = 5\nname = \"干部调整任用\"\npaper = \"A1\"\ncategories = [\"cadre\"]\n",
		"content/cadre/wang.md": "+++\ntitle = \"关于王某同志任前公示的公告\"\ndate = 2026-11-23\nuntil = 2026-11-27\ncategory = \"cadre\"\nterm = \"immediate\"\n+++\n王某，拟任某镇党委书记。\n",
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestBuildPDFWithoutChromium: `gongkai build --pdf` on a machine without a
// browser writes the site and the HTML sheets, prints the summary and an
// error that says how to install Chromium, and exits 1.
func TestBuildPDFWithoutChromium(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	t.Setenv("GONGKAI_CHROME", "")
	dir := writeBoardSite(t)
	var stdout, stderr bytes.Buffer
	code := run([]string{"build", "-s", dir, "--now", "2026-11-27", "--pdf"}, &stdout, &stderr)
	if code != exitContent {
		t.Errorf("exit status %d, want %d", code, exitContent)
	}
	if !strings.Contains(stdout.String(), "built ") {
		t.Errorf("no build summary on stdout: %q", stdout.String())
	}
	if !strings.Contains(stderr.String(), "apt-get install chromium fonts-noto-cjk") {
		t.Errorf("stderr does not say how to install Chromium:\n%s", stderr.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "boards", "05", "index.html")); err != nil {
		t.Errorf("the HTML sheets were not written: %v", err)
	}
}

// checkModes: everything in an output is readable by a web server running
// as another user: folders 0755, files 0644, the root included.
func checkModes(t *testing.T, root string) {
	t.Helper()
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
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
