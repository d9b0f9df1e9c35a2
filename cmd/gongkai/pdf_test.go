package main

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/browser"
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

// TestReadmeBuildCommands runs every `gongkai build` command of the
// README's examples exactly as written, from inside a site folder, as a
// user types them (no -s), each in a gongkai process of its own. A
// --chrome path missing here is replaced by the local browser; PDF
// commands skip without one.
func TestReadmeBuildCommands(t *testing.T) {
	t.Parallel()
	cmds := readmeCommands(t, "gongkai build")
	if len(cmds) < 2 {
		t.Fatalf("found %d gongkai build commands in the README", len(cmds))
	}
	chrome, chromeErr := browser.Find("")
	for _, args := range cmds {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			t.Parallel()
			if hasFlag(args, "--pdf") && chromeErr != nil {
				t.Skipf("no browser: %v", chromeErr)
			}
			if i := flagIndex(args, "--chrome"); i >= 0 && i+1 < len(args) {
				if _, err := os.Stat(args[i+1]); err != nil {
					args = append(append([]string{}, args[:i+1]...), append([]string{chrome}, args[i+2:]...)...)
				}
			}
			site := writeBoardSite(t)
			cmd := gongkai(site, args[1:]...)
			var out, errs bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errs
			if err := cmd.Run(); err != nil || !strings.Contains(out.String(), "built public: ") {
				t.Fatalf("%v\n%s%s", err, out.String(), errs.String())
			}
			if hasFlag(args, "--pdf") {
				fi, err := os.Stat(filepath.Join(site, "public", "boards", "05", "board-05.pdf"))
				if err != nil || fi.Size() == 0 {
					t.Fatalf("no PDF: %v", err)
				}
			}
			checkModes(t, filepath.Join(site, "public"))
		})
	}
}

// readmeCommands returns the lines of the README's sh examples that begin
// with prefix, split into words, comments cut.
func readmeCommands(t *testing.T, prefix string) [][]string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	inSh := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "```"):
			inSh = !inSh && strings.TrimPrefix(line, "```") == "sh"
		case inSh && strings.HasPrefix(line, prefix+" "):
			line, _, _ = strings.Cut(line, "#")
			out = append(out, strings.Fields(line))
		}
	}
	return out
}

func hasFlag(args []string, flag string) bool { return flagIndex(args, flag) >= 0 }

func flagIndex(args []string, flag string) int {
	for i, a := range args {
		if a == flag {
			return i
		}
	}
	return -1
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
