package main

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/*.txtar")

// TestSites runs every testdata/*.txtar archive as a whole site:
//
//	gongkai build --now 2026-11-27 -q     <- the command line (the archive's comment)
//	exit 1                                <- the expected exit status
//	-- site.toml --                       <- the site's files
//	-- content/cadre/wang.md --
//	-- stderr --                          <- expected standard error, exactly
//	-- public/index.json --               <- expected output files, exactly
//
// When the command fails, the test first puts a previous build in public/
// and checks that the failed build left it exactly as it was.
// go test ./cmd/gongkai -update rewrites stderr and the public/ files.
func TestSites(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no testdata/*.txtar")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			t.Parallel() // each archive is its own site in its own folder
			runArchive(t, file)
		})
	}
}

type siteCase struct {
	args     []string
	exit     int
	site     []txtar.File
	expected map[string][]byte // "stderr", "stdout", "public/…"
	ar       *txtar.Archive
}

func readCase(t *testing.T, file string) *siteCase {
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	c := &siteCase{expected: map[string][]byte{}, ar: ar}
	for _, line := range strings.Split(string(ar.Comment), "\n") {
		switch f := strings.Fields(line); {
		case len(f) == 0 || strings.HasPrefix(line, "#"):
		case f[0] == "gongkai":
			c.args = f[1:]
		case f[0] == "exit" && len(f) == 2:
			c.exit, _ = strconv.Atoi(f[1])
		}
	}
	for _, f := range ar.Files {
		if f.Name == "stderr" || f.Name == "stdout" || isOutput(f.Name) {
			c.expected[f.Name] = f.Data
		} else {
			c.site = append(c.site, f)
		}
	}
	return c
}

func runArchive(t *testing.T, file string) {
	c := readCase(t, file)
	dir := t.TempDir()
	for _, f := range c.site {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	public := filepath.Join(dir, "public")
	before := ""
	if c.exit != 0 {
		before = plantPreviousBuild(t, public)
	}
	var stdout, stderr bytes.Buffer
	args := append([]string{c.args[0], "-s", dir}, c.args[1:]...)
	code := run(args, &stdout, &stderr)
	if code != c.exit {
		t.Errorf("exit status %d, want %d\nstderr:\n%s", code, c.exit, stderr.String())
	}
	if c.exit != 0 {
		if after := treeHash(t, public); after != before {
			t.Errorf("the failed build changed the previous output in public/")
		}
	}
	got := map[string][]byte{
		"stderr": bytes.ReplaceAll(stderr.Bytes(), []byte(dir+string(filepath.Separator)), nil),
		"stdout": bytes.ReplaceAll(stdout.Bytes(), []byte(dir+string(filepath.Separator)), nil),
	}
	for name := range c.expected {
		if isOutput(name) {
			data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
			got[name] = data
		}
	}
	for name, data := range got {
		if len(data) > 0 && data[len(data)-1] != '\n' && isOutput(name) {
			got[name] = append(data, '\n') // txtar ends every file with a newline
		}
	}
	if *update {
		rewrite(t, file, c, got)
		return
	}
	for name, want := range c.expected {
		if !bytes.Equal(got[name], want) {
			t.Errorf("%s differs\n--- got ---\n%s\n--- want ---\n%s", name, got[name], want)
		}
	}
	for _, std := range []string{"stdout", "stderr"} {
		if _, ok := c.expected[std]; !ok && len(got[std]) > 0 {
			t.Errorf("unexpected %s:\n%s", std, got[std])
		}
	}
}

// plantPreviousBuild fills public/ as an earlier successful build would
// have, and returns a hash of it.
func plantPreviousBuild(t *testing.T, public string) string {
	for name, data := range map[string]string{
		".gongkai":                  "built by gongkai\n",
		"index.html":                "<!doctype html><title>previous build</title>",
		"cadre/old/index.html":      "<p>previous item</p>",
		"css/site.css":              "body{}",
		"boards/05/index.html":      "<p>previous sheet</p>",
		"kiosk/lobby/manifest.json": `{"hash":"previous"}`,
	} {
		p := filepath.Join(public, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return treeHash(t, public)
}

func treeHash(t *testing.T, root string) string {
	h := sha256.New()
	var names []string
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return nil
	})
	slices.Sort(names)
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%s\n%x\n", strings.TrimPrefix(n, root), sha256.Sum256(data))
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

func rewrite(t *testing.T, file string, c *siteCase, got map[string][]byte) {
	ar := c.ar
	var out []txtar.File
	for _, f := range ar.Files {
		if _, expected := c.expected[f.Name]; expected {
			continue
		}
		out = append(out, f)
	}
	names := make([]string, 0, len(c.expected))
	for name := range c.expected {
		names = append(names, name)
	}
	for _, std := range []string{"stdout", "stderr"} {
		if _, ok := c.expected[std]; !ok && len(got[std]) > 0 {
			names = append(names, std)
		}
	}
	slices.Sort(names)
	for _, name := range names {
		out = append(out, txtar.File{Name: name, Data: got[name]})
	}
	ar.Files = out
	if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
		t.Fatal(err)
	}
}

func isOutput(name string) bool {
	return strings.HasPrefix(name, "public/") || strings.HasPrefix(name, "public-internal/")
}
