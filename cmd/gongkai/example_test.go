package main

import (
	"bytes"
	"path/filepath"
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
