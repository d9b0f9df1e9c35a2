package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func runArgs(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// TestNewSiteThenCheck is the first thing a new user does.
func TestNewSiteThenCheck(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	if code, out, errs := runArgs("new", "site", dir, "--now", "2026-11-27"); code != 0 || !strings.Contains(out, "gongkai serve") {
		t.Fatalf("new site: exit %d\n%s%s", code, out, errs)
	}
	if code, out, errs := runArgs("check", "-s", dir, "--now", "2026-11-27", "--strict"); code != 0 || out != "" || errs != "" {
		t.Fatalf("check --strict on a new site: exit %d\n%s%s", code, out, errs)
	}
	code, out, errs := runArgs("new", "-s", dir, "干部选任和管理", "cadre/wang-gongshi", "--now", "2026-11-27")
	if code != 0 || !strings.Contains(out, filepath.Join(dir, "content/cadre/wang-gongshi.md")) || !strings.Contains(out, "draft") {
		t.Fatalf("new CATEGORY PATH: exit %d\n%s%s", code, out, errs)
	}
	if code, out, errs := runArgs("check", "-s", dir, "--now", "2026-11-27", "--strict"); code != 0 {
		t.Fatalf("check after new: exit %d\n%s%s", code, out, errs)
	}
	if code, _, _ := runArgs("build", "-q", "-s", dir, "--now", "2026-11-27", "--drafts", "-d", filepath.Join(t.TempDir(), "out")); code != 0 {
		t.Fatalf("build --drafts after new: exit %d", code)
	}
}

func TestNewExitStatus(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	runArgs("new", "site", dir, "--now", "2026-11-27")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"new"}, 2, "site DIR"},
		{[]string{"new", "site"}, 2, "site DIR"},
		{[]string{"new", "--help"}, 0, "Usage: gongkai new"},
		{[]string{"new", "site", dir}, 1, "not empty"},
		{[]string{"new", "-s", dir, "cadres", "cadre/x"}, 1, `did you mean "cadre"`},
		{[]string{"new", "-s", dir, "cadre", "cadre/shili"}, 1, "already exists"},
		{[]string{"new", "--now", "tomorrow", "site", dir}, 2, "invalid value"},
		{[]string{"serve", "--help"}, 0, "--port"},
		{[]string{"serve", "extra"}, 2, "unexpected argument"},
		{[]string{"serve", "--port", "70000"}, 2, "--port"},
	} {
		code, out, errs := runArgs(c.args...)
		if code != c.code || !strings.Contains(out+errs, c.want) {
			t.Errorf("gongkai %s: exit %d, want %d with %q\n%s%s", strings.Join(c.args, " "), code, c.code, c.want, out, errs)
		}
	}
}
