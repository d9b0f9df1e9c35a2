//go:build unix

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// guidesDir holds the publishing guides for the office.
const guidesDir = "../../docs/publishing"

// TestWalkthroughs: the publishing guides work as written, as far as they
// can run here. Every command line of their ```sh blocks is run, or named
// in walkthroughNotRun with the reason; a new line that is neither fails.
//
// The guides are typed on a server, as root. Here a temporary folder
// stands for the server's root: /srv/…, /home/gongkai and /root (where
// they start, with the uploaded site: a copy of the example county) are
// inside it; `runuser -u gongkai --` runs the rest as the test's own user;
// `gongkai` is this test binary run as gongkai, and mkdir, cp, cat and
// systemd-analyze (when installed) are the system's. What needs root or a
// running systemd (useradd, systemctl, crontab) was run by hand on a
// fresh Debian 12 container (docs/publishing/README.md).
func TestWalkthroughs(t *testing.T) {
	used := map[string]bool{}
	for _, name := range []string{"systemd.md", "cron.md"} {
		doc := readMarkdown(t, filepath.Join(guidesDir, name))
		var lines []readmeLine
		for _, l := range doc.commandLines() {
			if _, skip := walkthroughNotRun[l.text]; skip {
				used[l.text] = true
				continue
			}
			lines = append(lines, l)
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			runGuide(t, name, lines)
		})
	}
	for text := range walkthroughNotRun {
		if !used[text] {
			t.Errorf("walkthroughNotRun lists %q, which no guide has any more: remove it", text)
		}
	}
	t.Run("windows.md", checkWindowsGuide)
	t.Run("links", checkGuideLinks)
}

const systemdNote = "needs root and systemd running as PID 1; run on a fresh Debian 12 container"

// walkthroughNotRun are the guides' lines this test does not run.
var walkthroughNotRun = map[string]string{
	"install -m 755 gongkai /usr/local/bin/gongkai":                                               "installs into the system as root; the test runs its own binary as gongkai",
	"useradd --create-home gongkai":                                                               "adds a system user as root; the test makes /home/gongkai and runs as itself",
	"chown -R gongkai:gongkai /srv/gongkai /srv/www":                                              "the test's user owns its folders already",
	"cp gongkai-publish.service gongkai-publish.timer gongkai-watch.service /etc/systemd/system/": systemdNote,
	"systemctl daemon-reload":                                                                     systemdNote,
	"systemctl enable --now gongkai-publish.timer gongkai-watch.service":                          systemdNote,
	"systemctl list-timers gongkai-publish.timer":                                                 systemdNote,
	"systemctl start gongkai-publish.service":                                                     systemdNote,
	"journalctl -u gongkai-publish.service -n 20":                                                 systemdNote,
	"systemctl status gongkai-watch.service":                                                      systemdNote,
	"runuser -u gongkai -- sh -c '(crontab -l 2>/dev/null; cat gongkai.crontab) | crontab -'":     "changes the user's crontab",
	"runuser -u gongkai -- crontab -l":                                                            "reads the crontab the line before installs",
	"runuser -u gongkai -- sh -c 'cd /srv/gongkai/site && nohup gongkai publish --watch -s /srv/gongkai/site --to /srv/www/gongkai >> /home/gongkai/gongkai-publish.log 2>&1 &'": "starts --watch in the background, to run until the server stops; TestWatch (internal/deploy) tests it",
	"tail -n 20 /home/gongkai/gongkai-publish.log": "the log is there once cron has run the lines",
}

// guideTools are the programs besides gongkai the guides' lines may run.
var guideTools = []string{"mkdir", "cp", "cat", "systemd-analyze"}

// runGuide runs the lines of one guide in order, in a folder that stands
// for the server.
func runGuide(t *testing.T, name string, lines []readmeLine) {
	root := t.TempDir()
	copyTree(t, copyExample(t), filepath.Join(root, "root", "site"))
	os.MkdirAll(filepath.Join(root, "home", "gongkai"), 0o755)
	os.MkdirAll(filepath.Join(root, "srv", "gongkai"), 0o755)
	os.MkdirAll(filepath.Join(root, "srv", "www"), 0o755)
	if name == "cron.md" { // it starts where systemd.md's steps 1 and 2 end
		copyTree(t, filepath.Join(root, "root", "site"), filepath.Join(root, "srv", "gongkai", "site"))
	}
	cwd := filepath.Join(root, "root")
	for _, l := range lines {
		l.section = name + ", " + l.section // for l.fail, which names README.md
		if l.err != nil {
			t.Fatalf("%s:%d: %s: %v; write it as plain commands joined by &&, or list it in walkthroughNotRun", name, l.line, l.text, l.err)
		}
		for _, words := range l.steps {
			words = onServer(root, words)
			if rest, ok := asUser(words); ok {
				words = rest
			}
			switch {
			case words[0] == "cd" && len(words) == 2:
				cwd = words[1]
			case words[0] == "gongkai":
				res := gongkaiIn(t, cwd, words[1:]...)
				if res.code != 0 {
					l.fail(t, res, "%s: exit %d, want 0", name, res.code)
				}
				if words[1] == "publish" {
					checkPublish(t, l, res)
				}
			case slices.Contains(guideTools, words[0]):
				runTool(t, name, l, cwd, words)
			default:
				t.Errorf("%s:%d: %q is neither run by TestWalkthroughs nor on its list walkthroughNotRun", name, l.line, l.text)
			}
		}
	}
}

// onServer puts the server's folders named in words inside root.
func onServer(root string, words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w
		for _, dir := range []string{"/srv/", "/home/", "/root"} {
			if strings.HasPrefix(w, dir) {
				out[i] = root + w
			}
		}
	}
	return out
}

// asUser reads `runuser -u gongkai -- COMMAND`.
func asUser(words []string) ([]string, bool) {
	if len(words) > 4 && words[0] == "runuser" && words[1] == "-u" && words[2] == "gongkai" && words[3] == "--" {
		return words[4:], true
	}
	return nil, false
}

// runTool runs one of guideTools in cwd; systemd-analyze only where it is
// installed.
func runTool(t *testing.T, name string, l readmeLine, cwd string, words []string) {
	t.Helper()
	if _, err := exec.LookPath(words[0]); err != nil {
		t.Logf("%s:%d: %s is not installed here: not run", name, l.line, words[0])
		return
	}
	cmd := exec.Command(words[0], words[1:]...)
	cmd.Dir = cwd
	out, err := cmd.CombinedOutput()
	if err != nil || words[0] == "systemd-analyze" && len(strings.TrimSpace(string(out))) > 0 {
		t.Errorf("%s:%d: %s: %v\n%s", name, l.line, l.text, err, out)
	}
}

// checkWindowsGuide: the gongkai lines of the Windows guide (cmd, not
// run here) name only flags gongkai publish has, and parse.
func checkWindowsGuide(t *testing.T) {
	doc := readMarkdown(t, filepath.Join(guidesDir, "windows.md"))
	n := 0
	for _, f := range doc.fences {
		for i, line := range f.body {
			words := strings.Fields(line)
			if f.info != "bat" || len(words) < 2 || !strings.HasSuffix(words[0], `\gongkai.exe`) {
				continue
			}
			n++
			res := gongkaiIn(t, t.TempDir(), append(words[1:], "--help")...)
			if res.code != 0 || strings.Contains(res.stderr, "flag provided but not defined") {
				t.Errorf("windows.md:%d: %s does not parse:\n%s", f.line+1+i, line, res)
			}
		}
	}
	if n < 2 {
		t.Errorf("windows.md: %d gongkai lines found", n)
	}
}

// checkGuideLinks: every file a guide links to is there.
func checkGuideLinks(t *testing.T) {
	guides, _ := filepath.Glob(filepath.Join(guidesDir, "*.md"))
	for _, g := range guides {
		data, _ := os.ReadFile(g)
		for _, m := range linkRE.FindAllStringSubmatch(string(data), -1) {
			target, _, _ := strings.Cut(m[1], "#")
			if _, err := os.Stat(filepath.Join(guidesDir, target)); err != nil {
				t.Errorf("%s links to %s, which is not there", filepath.Base(g), m[1])
			}
		}
	}
}

var linkRE = regexp.MustCompile(`\]\(([^)#:]+(?:#[^)]*)?)\)`)
