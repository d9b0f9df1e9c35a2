//go:build unix

package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/status"
)

// readStatus reads the status.json of an output folder.
func readStatus(t *testing.T, dir string) status.Status {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "status.json"))
	if err != nil {
		t.Fatal(err)
	}
	var s status.Status
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("%s: %v", data, err)
	}
	return s
}

// publishSite is a site of one board, and a folder a web server serves
// beside it, not yet made.
func publishSite(t *testing.T) (site, www string) {
	t.Helper()
	return writeBoardSite(t), filepath.Join(t.TempDir(), "www", "gongkai")
}

// TestPublish: the published folder gets the site as built, with
// status.json and the marker, and the log line names the day, the
// edition, the folder and the items. The same day published again gives
// the same bytes.
func TestPublish(t *testing.T) {
	t.Parallel()
	site, www := publishSite(t)
	code, stdout, stderr := runArgs("publish", "-s", site, "--to", www, "--now", "2026-11-27")
	if code != exitOK {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	wantLine := fmt.Sprintf("gongkai publish: 2026-11-27 published public to %s (1 item)\n", www)
	if !strings.HasPrefix(stdout, "built ") || !strings.HasSuffix(stdout, wantLine) {
		t.Errorf("stdout is not the build's summary and the log line %q:\n%s", wantLine, stdout)
	}
	got := snapshot(t, www)
	if !maps.Equal(got, snapshot(t, filepath.Join(site, "public"))) {
		t.Error("the published folder is not the build's output")
	}
	if s := readStatus(t, www); s != (status.Status{OK: true, Built: "2026-11-27", Scope: "public"}) {
		t.Errorf("status.json says %+v", s)
	}
	if !strings.Contains(got[".gongkai"], "scope = public") || got["index.html"] == "" || got["boards/05/index.html"] == "" {
		t.Errorf("the published folder lacks the marker or pages: %d files", len(got))
	}
	if code, _, _ := runArgs("publish", "-s", site, "--to", www, "--now", "2026-11-27", "-q"); code != exitOK {
		t.Fatalf("second publish: exit %d", code)
	}
	if !maps.Equal(got, snapshot(t, www)) {
		t.Error("publishing the same day again changed the published folder")
	}
}

// TestPublishFailure: when the build fails, the published site stays as
// it was but for status.json, which says so without naming any file (the
// error here is in an internal item, whose path must not reach the
// public); the errors and the FAILED line go to stderr; exit 1.
func TestPublishFailure(t *testing.T) {
	t.Parallel()
	site, www := publishSite(t)
	if code, _, stderr := runArgs("publish", "-s", site, "--to", www, "--now", "2026-11-27"); code != exitOK {
		t.Fatalf("first publish: %s", stderr)
	}
	before := snapshot(t, www)
	bad := "+++\ntitle = \"党内通报\"\ndate = 2026-11-20\ncategory = \"cadres\"\nterm = \"long-term\"\nscope = \"internal\"\n+++\n正文\n"
	os.WriteFile(filepath.Join(site, "content", "cadre", "neibu-tongbao.md"), []byte(bad), 0o644)
	code, stdout, stderr := runArgs("publish", "-s", site, "--to", www, "--now", "2026-11-28")
	if code != exitContent || stdout != "" {
		t.Fatalf("exit %d, want 1, and nothing on stdout:\n%s", code, stdout)
	}
	for _, want := range []string{
		`content/cadre/neibu-tongbao.md:4: unknown category "cadres" (did you mean "cadre"?)` + "\n",
		"gongkai publish: 2026-11-28 FAILED: 1 error, the published site is unchanged (built 2026-11-27)\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, stderr)
		}
	}
	after := snapshot(t, www)
	for name := range before {
		if name != "status.json" && after[name] != before[name] {
			t.Errorf("%s changed", name)
		}
	}
	if len(after) != len(before) {
		t.Errorf("%d files before, %d after", len(before), len(after))
	}
	s := readStatus(t, www)
	if s.OK || s.Built != "2026-11-27" || s.Failed != "2026-11-28" || s.Errors != 1 || !strings.Contains(s.Message, "2026年11月28日的自动更新失败") {
		t.Errorf("status.json says %+v", s)
	}
	if strings.Contains(after["status.json"], "neibu") || strings.Contains(after["status.json"], "content") {
		t.Errorf("status.json names a file: %s", after["status.json"])
	}
}

// TestPublishRefuses: a folder gongkai did not write, and the folder of
// the other edition, are never published to, and stay as they were.
func TestPublishRefuses(t *testing.T) {
	t.Parallel()
	site, www := publishSite(t)
	os.MkdirAll(www, 0o755)
	os.WriteFile(filepath.Join(www, "index.html"), []byte("另一个网站"), 0o644)
	code, _, stderr := runArgs("publish", "-s", site, "--to", www, "--now", "2026-11-27")
	if code != exitContent || !strings.Contains(stderr, "refusing to publish to "+www+": it has files gongkai did not write") {
		t.Errorf("exit %d:\n%s", code, stderr)
	}
	if got := snapshot(t, www); len(got) != 1 || got["index.html"] != "另一个网站" {
		t.Errorf("the folder changed: %v", got)
	}
	public := filepath.Join(t.TempDir(), "www")
	if code, _, stderr := runArgs("publish", "-s", site, "--to", public, "--now", "2026-11-27", "-q"); code != exitOK {
		t.Fatal(stderr)
	}
	before := snapshot(t, public)
	code, _, stderr = runArgs("publish", "-s", site, "--to", public, "--now", "2026-11-27", "--scope", "internal")
	if code != exitContent || !strings.Contains(stderr, "refusing to publish the internal edition to "+public+": it holds the public edition") {
		t.Errorf("internal edition over the public one: exit %d:\n%s", code, stderr)
	}
	if !maps.Equal(before, snapshot(t, public)) {
		t.Error("the public folder changed")
	}
	code, _, stderr = runArgs("publish", "-s", site, "--to", filepath.Join(site, "www"), "--now", "2026-11-27")
	if code != exitContent || !strings.Contains(stderr, "publish to a folder outside the site") {
		t.Errorf("--to inside the site: exit %d:\n%s", code, stderr)
	}
}

// TestPublishCommand: the command runs by the shell with {dir} the
// published folder, quoted when it holds a space; a failed build does not
// run it without --to, and with --to sends the rewritten status.json
// on; a command that fails fails the run.
func TestPublishCommand(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	site := filepath.Join(root, "县 网站")
	os.Rename(writeBoardSite(t), site)
	remote := filepath.Join(root, "remote")
	line := "rm -rf " + remote + " && cp -R {dir} " + remote
	code, stdout, stderr := runArgs("publish", "-s", site, "--command", line, "--now", "2026-11-27")
	if code != exitOK || !strings.HasSuffix(stdout, "gongkai publish: 2026-11-27 published public with the command (1 item)\n") {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if !maps.Equal(snapshot(t, remote), snapshot(t, filepath.Join(site, "public"))) {
		t.Error("the command did not copy the built folder")
	}
	code, _, stderr = runArgs("publish", "-s", site, "--command", "exit 3 # {dir}", "--now", "2026-11-27", "-q")
	if code != exitContent || !strings.Contains(stderr, "exited with status 3") {
		t.Errorf("failing command: exit %d\n%s", code, stderr)
	}
	os.WriteFile(filepath.Join(site, "content", "cadre", "wang.md"), []byte("+++\ntitle = 1\n+++\n"), 0o644)
	os.RemoveAll(remote)
	code, _, stderr = runArgs("publish", "-s", site, "--command", line, "--now", "2026-11-28")
	if code != exitContent || !strings.Contains(stderr, "nothing was sent (the command was not run)") {
		t.Errorf("failed build, command only: exit %d\n%s", code, stderr)
	}
	if _, err := os.Stat(remote); err == nil {
		t.Error("the command ran after a failed build without --to")
	}
}

// TestPublishCommandSendsStatus: with --to and --command, a failed run
// rewrites status.json in --to and runs the command, so the remote copy
// says so too.
func TestPublishCommandSendsStatus(t *testing.T) {
	t.Parallel()
	site, www := publishSite(t)
	remote := filepath.Join(t.TempDir(), "remote")
	line := "rm -rf " + remote + " && cp -R {dir} " + remote
	if code, _, stderr := runArgs("publish", "-s", site, "--to", www, "--command", line, "--now", "2026-11-27", "-q"); code != exitOK {
		t.Fatal(stderr)
	}
	os.WriteFile(filepath.Join(site, "content", "cadre", "wang.md"), []byte("+++\ntitle = 1\n+++\n"), 0o644)
	if code, _, _ := runArgs("publish", "-s", site, "--to", www, "--command", line, "--now", "2026-11-28"); code != exitContent {
		t.Fatalf("exit %d", code)
	}
	if s := readStatus(t, remote); s.OK || s.Failed != "2026-11-28" || s.Built != "2026-11-27" {
		t.Errorf("the remote status.json says %+v", s)
	}
	if !maps.Equal(snapshot(t, remote), snapshot(t, www)) {
		t.Error("the remote copy is not the published folder")
	}
}

// TestPublishUsage: what cannot be run exits 2 and says what to write.
func TestPublishUsage(t *testing.T) {
	t.Parallel()
	site := writeBoardSite(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--now", "2026-11-27"}, "no destination: give --to FOLDER"},
		{[]string{"--command", "rsync -a public/ host:/srv/"}, "--command must name the built folder as {dir}"},
		{[]string{"--to", "/tmp/x", "--watch", "--now", "2026-11-27"}, "leave out --now"},
		{[]string{"--to", "/tmp/x", "extra"}, `unexpected argument "extra"`},
		{[]string{"--to", "/tmp/x", "--schedule", "systemd", "--watch"}, "leave out --watch"},
	} {
		code, _, stderr := runArgs(append([]string{"publish", "-s", site}, c.args...)...)
		if code != exitUsage || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, want 2 and %q:\n%s", c.args, code, c.want, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(site, "public")); err == nil {
		t.Error("a usage error built the site")
	}
}

// TestPublishSiteToml: [publish] in site.toml gives the destination; a
// relative folder is read from the site folder.
func TestPublishSiteToml(t *testing.T) {
	t.Parallel()
	site := writeBoardSite(t)
	f, _ := os.OpenFile(filepath.Join(site, "site.toml"), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("[publish]\nto = \"../www\"\n")
	f.Close()
	code, stdout, stderr := runArgs("publish", "-s", site, "--now", "2026-11-27", "-q")
	www := filepath.Join(filepath.Dir(site), "www")
	if code != exitOK || stdout != "" {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	if s := readStatus(t, www); !s.OK {
		t.Errorf("status %+v", s)
	}
}

// TestPublishPDFWithoutChromium: when --pdf cannot print, the site is
// published all the same (its data is today's), the log line says it
// went without PDFs, and the exit status is 1.
func TestPublishPDFWithoutChromium(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	t.Setenv("GONGKAI_CHROME", "")
	site, www := publishSite(t)
	code, stdout, stderr := runArgs("publish", "-s", site, "--to", www, "--now", "2026-11-27", "--pdf")
	if code != exitContent || !strings.HasSuffix(stdout, "(1 item), without PDFs (--pdf failed)\n") || !strings.Contains(stderr, "apt-get install chromium") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
	if s := readStatus(t, www); !s.OK || s.Built != "2026-11-27" {
		t.Errorf("status.json says %+v", s)
	}
}
