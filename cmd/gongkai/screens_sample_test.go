package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/kiosk"
)

// screensLine is the README's `gongkai screens` example, run from the
// repository folder on the sample log docs/kiosk/access.log.
const screensLine = "go run ./cmd/gongkai screens --log docs/kiosk/access.log --now 2026-11-27T10:30:00+08:00"

// TestScreensSampleIsWhatItPrints: the output the README shows under its
// `gongkai screens` line is what that line prints, byte for byte. The
// sample log's current screen polls with the example's page-code version,
// which changes with every change to the kiosk layouts: the test then
// fails, naming the new version, and
//
//	go test ./cmd/gongkai -run TestScreensSampleIsWhatItPrints -update
//
// writes it into docs/kiosk/access.log and the README's sample, for a
// reviewer to see in the diff.
func TestScreensSampleIsWhatItPrints(t *testing.T) {
	readmeFile, logFile := filepath.Join(repoRoot, "README.md"), filepath.Join(repoRoot, "docs", "kiosk", "access.log")
	readme, log := readText(t, readmeFile), readText(t, logFile)
	start, end := screensSample(t, readme)
	code, old := kiosk.CodeOf(os.DirFS(repoRoot), "default"), sampleCode(t, log)
	if code != old {
		if !*update {
			t.Fatalf("the kiosk page code is now %s; docs/kiosk/access.log and the README's sample name %s: run go test ./cmd/gongkai -run TestScreensSampleIsWhatItPrints -update", code, old)
		}
		readme = readme[:start] + strings.ReplaceAll(readme[start:end], old, code) + readme[end:]
		writeText(t, readmeFile, readme)
		writeText(t, logFile, strings.ReplaceAll(log, "v="+old+"&", "v="+code+"&"))
	}
	var out, errs strings.Builder
	args := []string{"screens", "-s", repoRoot, "--log", filepath.ToSlash(logFile), "--now", "2026-11-27T10:30:00+08:00", "--lang", "zh"}
	if c := run(args, &out, &errs); c != 0 {
		t.Fatalf("exit %d: %s", c, errs.String())
	}
	got := strings.ReplaceAll(out.String(), filepath.ToSlash(logFile), "docs/kiosk/access.log")
	if want := readme[start:end]; got != want {
		t.Errorf("README.md: under %q the README shows\n%s\nbut it prints\n%s", screensLine, want, got)
	}
}

// screensSample is where the output block under screensLine is in the
// README: from its first line to its closing fence.
func screensSample(t *testing.T, readme string) (start, end int) {
	t.Helper()
	i := strings.Index(readme, screensLine+"\n```\n\n```\n")
	if i < 0 {
		t.Fatalf("README.md has no output block under %q", screensLine)
	}
	start = i + len(screensLine+"\n```\n\n```\n")
	n := strings.Index(readme[start:], "```\n")
	if n < 0 {
		t.Fatalf("README.md: the output block under %q is not closed", screensLine)
	}
	return start, start + n
}

func readText(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func writeText(t *testing.T, name, text string) {
	t.Helper()
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
