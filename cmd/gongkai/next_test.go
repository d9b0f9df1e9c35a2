package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestBuildSaysNextChange: the build's summary ends with the first day on
// which the output changes without an edit, and what changes then, in
// words that agree with their counts; or says that nothing changes in 30
// days. -q stays quiet.
func TestBuildSaysNextChange(t *testing.T) {
	dir := writeArchiveSite(t, "testdata/check_next.txtar")
	for now, want := range map[string]string{
		"2026-11-27": "; next change 2026-11-28: 2 notices end, 1 periodic item falls due\n",
		"2026-12-06": "; next change 2026-12-07: 1 notice is unlisted\n",
		"2027-06-01": "; no change in 30 days\n",
	} {
		code, out, errs := runArgs("build", "-s", dir, "--now", now)
		if code != 0 || !strings.HasPrefix(out, "built ") || !strings.HasSuffix(out, want) {
			t.Errorf("build --now %s: exit %d\n%s%s\nwant a summary ending %q", now, code, out, errs, want)
		}
	}
	if code, out, _ := runArgs("build", "-s", dir, "--now", "2026-11-27", "-q"); code != 0 || out != "" {
		t.Errorf("build -q: exit %d, printed %q", code, out)
	}
}

// writeArchiveSite writes the site files of a testdata archive (not its
// expected output) into a new folder.
func writeArchiveSite(t *testing.T, file string) string {
	t.Helper()
	ar, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range ar.Files {
		if f.Name == "stdout" || f.Name == "stderr" || isOutput(f.Name) {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
