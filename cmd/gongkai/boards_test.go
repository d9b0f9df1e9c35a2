package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestBoardsPrinted: `gongkai boards printed` records the current sheets in
// boards.printed; the next build says nothing while they are as printed,
// names the sheets whose content changed and a board never printed once;
// and the ledger does not change a byte of the output.
func TestBoardsPrinted(t *testing.T) {
	site := boardsSite(t)
	build := func(dest string) string {
		var out, errs bytes.Buffer
		if code := run([]string{"build", "-s", site, "-d", filepath.Join(t.TempDir(), dest), "--now", "2026-11-27"}, &out, &errs); code != 0 {
			t.Fatalf("build: %d\n%s", code, errs.String())
		}
		return out.String()
	}
	printed := func(args ...string) string {
		var out, errs bytes.Buffer
		if code := run(append([]string{"boards", "printed", "-s", site, "--now", "2026-11-27"}, args...), &out, &errs); code != 0 {
			t.Fatalf("boards printed: %d\n%s", code, errs.String())
		}
		return out.String()
	}
	without := filepath.Join(t.TempDir(), "without")
	run([]string{"build", "-q", "-s", site, "-d", without, "--now", "2026-11-27"}, new(bytes.Buffer), new(bytes.Buffer))
	if got := printed("01"); !strings.Contains(got, "boards.printed: 1 sheet") && !strings.Contains(got, "sheets of 1 board") {
		t.Errorf("boards printed 01 said %q", got)
	}
	if out := build("a"); !strings.Contains(out, "reprint: board 02 never printed, board 03 never printed") || strings.Contains(out, "board 01") {
		t.Errorf("with board 01 printed, the build said:\n%s", out)
	}
	printed("--all")
	with := filepath.Join(t.TempDir(), "with")
	if out := build("b"); strings.Contains(out, "reprint") {
		t.Errorf("every sheet as printed, the build said:\n%s", out)
	}
	run([]string{"build", "-q", "-s", site, "-d", with, "--now", "2026-11-27"}, new(bytes.Buffer), new(bytes.Buffer))
	if treeHash(t, with) != treeHash(t, without) {
		t.Errorf("the output differs with boards.printed in the site folder")
	}
	file := filepath.Join(site, "content", "goals", "2026.md")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, bytes.Replace(data, []byte("title = \""), []byte("title = \"（修订）"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	if out := build("c"); !strings.Contains(out, "reprint: board 02 sheet") || strings.Contains(out, "board 01") {
		t.Errorf("after an edit to an item of board 02, the build said:\n%s", out)
	}
}

// boardsSite writes the board package's fixture into a folder.
func boardsSite(t *testing.T) string {
	t.Helper()
	ar, err := txtar.ParseFile("../../internal/board/testdata/site.txtar")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range ar.Files {
		p := filepath.Join(dir, f.Name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
