package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The example site is the product's face: it must build and check clean.
func TestExampleSiteChecksClean(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"check", "-s", "../..", "--now", "2026-11-27", "--strict"}, &stdout, &stderr)
	if code != 0 || stdout.Len() > 0 {
		t.Errorf("gongkai check --strict on the example site: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
}

func TestExampleSiteBuildsWithoutWarnings(t *testing.T) {
	var stdout, stderr bytes.Buffer
	out := filepath.Join(t.TempDir(), "public")
	code := run([]string{"build", "-s", "../..", "-d", out, "--now", "2026-11-27"}, &stdout, &stderr)
	if code != 0 || stderr.Len() > 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), " 0 warnings") {
		t.Errorf("summary: %s", stdout.String())
	}
	checkReadmeNotices(t, out)
}

// checkReadmeNotices: the README's Quick start says how many notices are
// in their publicity window on --now 2026-11-27; index.json agrees.
func checkReadmeNotices(t *testing.T, out string) {
	t.Helper()
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`Add ` + "`--now 2026-11-27`" + ` to see it on the day its content was\s+written for: (\w+) notices in their publicity window`).FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md no longer says how many notices the example has in their window on 2026-11-27")
	}
	var index struct {
		Items []struct{ Term, Status string }
	}
	data, err := os.ReadFile(filepath.Join(out, "index.json"))
	if err == nil {
		err = json.Unmarshal(data, &index)
	}
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, it := range index.Items {
		if it.Term == "immediate" && it.Status == "in-force" {
			n++
		}
	}
	words := []string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
	if n >= len(words) || words[n] != string(m[1]) {
		t.Errorf("README.md says %s notices are in their publicity window on 2026-11-27; index.json has %d", m[1], n)
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{{}, {"bogus"}, {"build", "--nope"}, {"build", "--now", "yesterday"}, {"build", "--scope", "secret"}} {
		var stdout, stderr bytes.Buffer
		if code := run(args, &stdout, &stderr); code != 2 {
			t.Errorf("gongkai %v: exit %d, want 2", args, code)
		}
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"build", "--help"}, &stdout, &stderr); code != 0 || !strings.Contains(stderr.String(), "--now") && !strings.Contains(stderr.String(), "-now") {
		t.Errorf("build --help: exit %d, %s", code, stderr.String())
	}
}
