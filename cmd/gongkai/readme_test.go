//go:build unix

package main

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/browser"
)

// TestReadmeCommands: every command the README shows works as written,
// from the folder the README says it is run in. A README sentence is a
// promise.
//
// Every command line of every ```sh block is either run here or named in
// readmeNotRun with the reason; a new line that is neither fails. A line
// is run by this test binary re-executed as gongkai (TestMain), with the
// words of the line as its arguments and the folder as its working folder,
// never with -s added; its exit status must be 0 and its output what the
// README says it prints. The folder follows the README:
//
//   - `go run ./cmd/gongkai …`: "from this folder", the repository root,
//     whose site.toml and content/ are the example county: a copy of them.
//   - `gongkai new site DIR && cd DIR && …`: an empty folder, then the site
//     it makes.
//   - any other `gongkai …`: inside the site the README's walk-through made,
//     as the earlier lines left it; except lines with --pdf, which run inside
//     a site of one board, because a PDF of each of the new site's ten boards
//     would take a quarter of a minute (they skip without Chromium).
//
// The prose is checked too: every `gongkai …` code span names a command and
// only flags its --help lists (readme_prose_test.go), and the Quick start is
// what CI runs.
func TestReadmeCommands(t *testing.T) {
	doc := readReadme(t)
	groups := map[string][]readmeLine{}
	used := map[string]bool{}
	for _, l := range doc.commandLines() {
		if p := readmePlace(t, l, used); p != "" {
			groups[p] = append(groups[p], l)
		}
	}
	for cmd := range readmeNotRun {
		if !used[cmd] {
			t.Errorf("readmeNotRun lists %q, which is no longer a command line of the README: remove it", cmd)
		}
	}
	t.Run("CI", func(t *testing.T) { checkQuickStartIsCI(t, doc) })
	t.Run("example", func(t *testing.T) {
		t.Parallel()
		runReadmeLines(t, doc, groups["example"], copyExample(t))
	})
	t.Run("site", func(t *testing.T) {
		t.Parallel()
		runReadmeLines(t, doc, groups["site"], "")
	})
	t.Run("boards", func(t *testing.T) {
		t.Parallel()
		if _, err := browser.Find(""); err != nil {
			t.Skipf("no browser for the README's --pdf lines: %v", err)
		}
		runReadmeLines(t, doc, groups["boards"], writeBoardSite(t))
	})
	t.Run("prose", func(t *testing.T) {
		t.Parallel()
		checkReadmeProse(t, doc)
	})
	if len(groups["example"]) < 2 || len(groups["site"]) < 2 || len(groups["boards"]) < 1 {
		t.Errorf("the README's commands were not found: %d example, %d site and %d --pdf lines",
			len(groups["example"]), len(groups["site"]), len(groups["boards"]))
	}
}

// readmeNotRun lists the README's command lines this test does not run,
// each with the reason. A line that uses `go` is still checked: its
// packages, and the tests and flags it names, must exist.
var readmeNotRun = map[string]string{
	"go test ./...": "the whole test suite, this test included; .ci/run runs it as written",
	"apt-get install chromium fonts-noto-cjk fonts-wqy-microhei": "installs system packages as root; " +
		".ci/run installs the same packages when Chromium or the font is missing",
	"apt-get install poppler-utils": "installs system packages as root; " +
		".ci/run installs the same package when pdftotext is missing",
	"chromium --kiosk --noerrdialogs --disable-infobars --incognito --check-for-update-interval=31536000 " +
		"--disable-features=Translate --disable-pinch --overscroll-history-navigation=0 " +
		"http://gk.example.gov.cn/kiosk/lobby/": "starts a full-screen browser on a kiosk PC, until the PC is switched off",
	"chromium --kiosk --noerrdialogs --disable-infobars --incognito --check-for-update-interval=31536000 " +
		"--allow-file-access-from-files file:///media/usb/kiosk/lobby/index.html": "the same, from a copy on a USB stick",
}

// readmePlace returns where the README runs a command line ("example",
// "site" or "boards"), or "" for a line on readmeNotRun. It reports a line
// that is neither, or that the test cannot run as a shell would.
func readmePlace(t *testing.T, l readmeLine, used map[string]bool) string {
	t.Helper()
	if _, ok := readmeNotRun[l.text]; ok {
		used[l.text] = true
		if l.steps != nil && l.steps[0][0] == "go" {
			if err := checkGoCommand(l.steps[0]); err != nil {
				t.Errorf("README.md:%d: %s: %v", l.line, l.text, err)
			}
		}
		return ""
	}
	if l.err != nil {
		t.Errorf("README.md:%d: %s: %v; write it as plain commands joined by &&, or list it in readmeNotRun", l.line, l.text, l.err)
		return ""
	}
	first := l.steps[0]
	if !isGongkai(first) {
		t.Errorf("README.md:%d: %q is neither run by TestReadmeCommands nor on its list readmeNotRun: "+
			"run it there, or add it to the list with the reason", l.line, l.text)
		return ""
	}
	for _, words := range l.steps {
		if !isGongkai(words) && !(words[0] == "cd" && len(words) == 2) {
			t.Errorf("README.md:%d: %s: the test runs gongkai and cd in a chain, not %q", l.line, l.text, strings.Join(words, " "))
			return ""
		}
	}
	switch {
	case isGoRun(first):
		if err := checkGoCommand(first[:3]); err != nil { // from the repository folder, as the README says
			t.Errorf("README.md:%d: %s: %v", l.line, l.text, err)
		}
		return "example"
	case slices.ContainsFunc(l.steps, func(w []string) bool { return slices.Contains(w, "--pdf") }):
		return "boards"
	}
	return "site"
}

func isGoRun(words []string) bool {
	return len(words) > 3 && words[0] == "go" && words[1] == "run" && words[2] == "./cmd/gongkai"
}

func isGongkai(words []string) bool {
	return isGoRun(words) || len(words) > 1 && words[0] == "gongkai"
}

// gongkaiArgs returns the arguments after `gongkai` or `go run ./cmd/gongkai`.
func gongkaiArgs(words []string) []string {
	if isGoRun(words) {
		return words[3:]
	}
	return words[1:]
}

// checkQuickStartIsCI: the Quick start's commands are lines of .ci/run, as
// written, and CI installs the packages the README says to install.
func checkQuickStartIsCI(t *testing.T, doc *readmeDoc) {
	data, err := os.ReadFile(filepath.Join(repoRoot, ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	ci := strings.Split(string(data), "\n")
	for i := range ci {
		ci[i] = strings.Join(strings.Fields(ci[i]), " ")
	}
	quick := doc.fencesIn("Quick start", "sh")
	if len(quick) == 0 {
		t.Fatal("README.md: no ```sh block in the section Quick start")
	}
	for _, l := range doc.commandLines() {
		if l.line > quick[0].line && l.line <= quick[0].line+len(quick[0].body) && !slices.Contains(ci, l.text) {
			t.Errorf("README.md:%d: the Quick start's %q is not a line of .ci/run; CI must run it as written", l.line, l.text)
		}
		if strings.HasPrefix(l.text, "apt-get install ") && !ciInstalls(ci, l.steps[0][2:]) {
			t.Errorf("README.md:%d: %q: .ci/run does not install these packages", l.line, l.text)
		}
	}
}

// ciInstalls reports whether a line of ci runs apt-get install with pkgs.
func ciInstalls(ci []string, pkgs []string) bool {
	for _, line := range ci {
		words := strings.Fields(line)
		if len(words) < 2 || words[0] != "apt-get" || words[1] != "install" {
			continue
		}
		words = slices.DeleteFunc(words[2:], func(w string) bool { return strings.HasPrefix(w, "-") || strings.Contains(w, ">") })
		if slices.Equal(words, pkgs) {
			return true
		}
	}
	return false
}

// exampleFiles are what the example county is made of: what a build
// reads, as serve watches it.
var exampleFiles = []string{"site.toml", "urls.txt", "content", "layouts", "themes", "static", "archetypes", "records",
	"docs/kiosk"} // and the sample access log `gongkai screens` reads

// copyExample copies the repository root's example site to a new folder,
// so that its commands run as in the root without writing public/ there.
func copyExample(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(filepath.Join(repoRoot, "cmd", "gongkai", "main.go")); err != nil {
		t.Fatalf("README: `go run ./cmd/gongkai` is run from the repository folder, which has no cmd/gongkai: %v", err)
	}
	dir := t.TempDir()
	for _, name := range exampleFiles {
		if _, err := os.Stat(filepath.Join(repoRoot, name)); err == nil {
			copyTree(t, filepath.Join(repoRoot, name), filepath.Join(dir, name))
		}
	}
	return dir
}

// copyTree copies the files of src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// snapshot returns every file under dir by its path, with its content.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// A gongkaiResult is one run of gongkai.
type gongkaiResult struct {
	dir            string
	args           []string
	code           int
	stdout, stderr string
}

func (r gongkaiResult) String() string {
	return fmt.Sprintf("in %s: gongkai %s: exit %d\n--- stdout:\n%s--- stderr:\n%s",
		r.dir, strings.Join(r.args, " "), r.code, r.stdout, r.stderr)
}

// gongkaiCmd runs this test binary as gongkai in dir.
func gongkaiCmd(t *testing.T, dir string, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, args...)
	cmd.Dir = dir
	cmd.Env = slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, "PWD=") || strings.HasPrefix(kv, "GONGKAI_TEST_")
	})
	cmd.Env = append(cmd.Env, asGongkai+"=1")
	return cmd
}

// asEditor runs cmd as the README's editor does: in a terminal whose
// locale says no language (LANG=C.UTF-8), so gongkai speaks the site's,
// Chinese, as the README shows it.
func asEditor(cmd *exec.Cmd) *exec.Cmd {
	cmd.Env = append(slices.DeleteFunc(cmd.Env, func(kv string) bool {
		return strings.HasPrefix(kv, "LANG=") || strings.HasPrefix(kv, "LC_ALL=") || strings.HasPrefix(kv, "LC_MESSAGES=")
	}), "LANG=C.UTF-8")
	return cmd
}

// gongkaiIn runs gongkai in dir, as a user types it there, in English
// (TestMain).
func gongkaiIn(t *testing.T, dir string, args ...string) gongkaiResult {
	t.Helper()
	return runGongkai(t, dir, gongkaiCmd(t, dir, args...), args)
}

// editorIn runs gongkai in dir as the README's editor does (asEditor).
func editorIn(t *testing.T, dir string, args ...string) gongkaiResult {
	t.Helper()
	return runGongkai(t, dir, asEditor(gongkaiCmd(t, dir, args...)), args)
}

func runGongkai(t *testing.T, dir string, cmd *exec.Cmd, args []string) gongkaiResult {
	t.Helper()
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatal(err)
	}
	return gongkaiResult{dir: dir, args: args, code: cmd.ProcessState.ExitCode(), stdout: stdout.String(), stderr: stderr.String()}
}

// fail stops a README line's test, saying which line failed and what it
// printed.
func (l readmeLine) fail(t *testing.T, r gongkaiResult, format string, a ...any) {
	t.Helper()
	t.Fatalf("README.md:%d (%s): %s\n%s\n%s", l.line, l.section, l.text, fmt.Sprintf(format, a...), r)
}

// A readmeRunner runs the command lines of one place in README order.
type readmeRunner struct {
	doc  *readmeDoc
	site string // the site the last `gongkai new site` made, or the place's own
}

func runReadmeLines(t *testing.T, doc *readmeDoc, lines []readmeLine, site string) {
	r := &readmeRunner{doc: doc, site: site}
	for _, l := range lines {
		start := r.site
		if words := l.steps[0]; len(words) > 2 && words[1] == "new" && words[2] == "site" {
			start = t.TempDir() // an empty folder
		}
		t.Run(fmt.Sprintf("README.md:%d %s", l.line, l.text), func(t *testing.T) {
			if start == "" {
				t.Fatalf("README.md:%d: %s runs inside a site, but no earlier README line made one (gongkai new site)", l.line, l.text)
			}
			r.line(t, l, start)
		})
	}
}

// line runs one command line from the folder start, and its alternative
// (`# or: …`) from a copy of that folder: both must do the same.
func (r *readmeRunner) line(t *testing.T, l readmeLine, start string) {
	alt, ok := l.alternative()
	if !ok {
		r.chain(t, l, start)
		return
	}
	if alt.err != nil || !isGongkai(alt.steps[0]) {
		t.Fatalf("README.md:%d: the alternative %q is not a gongkai command line this test can run (%v)", l.line, alt.text, alt.err)
	}
	altStart := t.TempDir()
	copyTree(t, start, altStart)
	out := r.chain(t, l, start)
	altOut := (&readmeRunner{doc: r.doc, site: altStart}).chain(t, alt, altStart)
	if altOut = strings.ReplaceAll(altOut, altStart, start); out != altOut || fmt.Sprint(snapshot(t, start)) != fmt.Sprint(snapshot(t, altStart)) {
		t.Errorf("README.md:%d: %q and its alternative %q do not do the same:\n%s\n---\n%s", l.line, l.text, alt.text, out, altOut)
	}
}

// chain runs the && chain of a line, following its cd, and returns what
// its commands printed.
func (r *readmeRunner) chain(t *testing.T, l readmeLine, cwd string) string {
	var printed strings.Builder
	for _, words := range l.steps {
		if words[0] == "cd" {
			cwd = filepath.Join(cwd, words[1])
			if fi, err := os.Stat(cwd); err != nil || !fi.IsDir() {
				t.Fatalf("README.md:%d: %s: cannot cd %s: %v", l.line, l.text, words[1], err)
			}
			continue
		}
		args := localChrome(t, l, gongkaiArgs(words))
		if args[0] == "serve" {
			t.Run("serve", func(t *testing.T) { walkServe(t, r.doc, l, cwd, args) })
			continue
		}
		res := editorIn(t, cwd, args...)
		if res.code != 0 {
			l.fail(t, res, "exit %d, want 0", res.code)
		}
		r.check(t, l, res)
		printed.WriteString(res.stdout + res.stderr)
	}
	return printed.String()
}

// localChrome replaces a --chrome program that is not on this machine (the
// README names Chrome's usual place) by the local browser.
func localChrome(t *testing.T, l readmeLine, args []string) []string {
	i := slices.Index(args, "--chrome")
	if i < 0 || i+1 >= len(args) {
		return args
	}
	if _, err := os.Stat(args[i+1]); err == nil {
		return args
	}
	chrome, err := browser.Find("")
	if err != nil {
		t.Skipf("README.md:%d: no browser: %v", l.line, err)
	}
	t.Logf("README.md:%d: %s is not on this machine: --chrome %s instead", l.line, args[i+1], chrome)
	return slices.Concat(args[:i+1], []string{chrome}, args[i+2:])
}

// check checks what a command printed and wrote against what the README
// says it does.
func (r *readmeRunner) check(t *testing.T, l readmeLine, res gongkaiResult) {
	switch res.args[0] {
	case "build":
		checkBuild(t, l, res)
	case "report":
		checkReport(t, l, res)
	case "new":
		r.checkNew(t, l, res)
	case "publish":
		checkPublish(t, l, res)
	}
}

// summaryRE is the line after a build: "items, pages per channel, warnings,
// milliseconds, and the next change", in Chinese, as the README's editor
// reads it; summaryEnRE the same in English (--lang en).
var summaryRE = regexp.MustCompile(`^已生成 \S+：\d+ 条信息，\d+ 个页面（\w+ \d+(, \w+ \d+)*），\d+ 个警告，用时 \d+ 毫秒；` +
	`(下次变化 \d{4}-\d\d-\d\d：\d+ \p{Han}+(、\d+ \p{Han}+)*|30 天内没有变化)\n$`)

var summaryEnRE = regexp.MustCompile(`^built \S+: \d+ items, \d+ pages \(\w+ \d+(, \w+ \d+)*\), (1 warning|\d+ warnings) in \d+ ms; ` +
	`(next change \d{4}-\d\d-\d\d: \d+ [a-z ]+(, \d+ [a-z ]+)*|no change in 30 days)\n$`)

func checkBuild(t *testing.T, l readmeLine, res gongkaiResult) {
	t.Helper()
	opts := flagValues(res.args[1:])
	out := filepath.Join(res.dir, "public")
	if sc, ok := opts["scope"]; ok && sc != "public" {
		out = filepath.Join(res.dir, "public-internal")
	}
	if d, ok := opts["d"]; ok {
		out = filepath.Join(res.dir, d)
	}
	_, quiet := opts["q"]
	summary := summaryRE.MatchString(res.stdout) || summaryEnRE.MatchString(res.stdout)
	if !quiet && !summary || quiet && res.stdout != "" {
		l.fail(t, res, "the build's summary is not one line of items, pages per channel, warnings, milliseconds and the next change")
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
		l.fail(t, res, "no site in %s: %v", out, err)
	}
	if _, ok := opts["pdf"]; ok {
		checkPDFs(t, l, res, out)
	}
	checkModes(t, out)
}

// checkPDFs: with --pdf every board's folder holds its PDF.
func checkPDFs(t *testing.T, l readmeLine, res gongkaiResult, out string) {
	t.Helper()
	boards, _ := filepath.Glob(filepath.Join(out, "boards", "[0-9][0-9]"))
	if len(boards) == 0 {
		l.fail(t, res, "--pdf: no boards in %s", out)
	}
	for _, b := range boards {
		pdf := filepath.Join(b, "board-"+filepath.Base(b)+".pdf")
		if fi, err := os.Stat(pdf); err != nil || fi.Size() == 0 {
			l.fail(t, res, "--pdf: no PDF %s: %v", pdf, err)
		}
	}
}

// checkReport: Markdown by default, and "titled 含党内公开事项" exactly when
// the internal scope is asked for.
func checkReport(t *testing.T, l readmeLine, res gongkaiResult) {
	t.Helper()
	opts := flagValues(res.args[1:])
	title, _, _ := strings.Cut(res.stdout, "\n")
	if f, ok := opts["format"]; (!ok || f == "md") && !strings.HasPrefix(title, "# ") {
		l.fail(t, res, "the report does not start with a Markdown title")
	}
	internal := opts["scope"] == "internal" || opts["scope"] == "党内公开"
	if strings.Contains(title, "含党内公开事项") != internal {
		l.fail(t, res, "the title %q says 含党内公开事项 only with --scope internal", title)
	}
}

// checkNew: `new site DIR` makes a site there and refuses a folder that
// has files in it; `new CATEGORY PATH` makes content/PATH.md, a draft, and
// never overwrites it. The site made is where later lines run.
func (r *readmeRunner) checkNew(t *testing.T, l readmeLine, res gongkaiResult) {
	t.Helper()
	opts, pos := flagValues(res.args[1:]), positional(res.args[1:])
	var file string
	if len(pos) == 2 && pos[0] == "site" {
		r.site = filepath.Join(res.dir, pos[1])
		file = filepath.Join(r.site, "site.toml")
	} else {
		file = filepath.Join(res.dir, opts["s"], "content", filepath.FromSlash(pos[1])+".md")
	}
	data, err := os.ReadFile(file)
	if err != nil {
		l.fail(t, res, "it did not make %s: %v", file, err)
	}
	if pos[0] != "site" && !regexp.MustCompile(`(?m)^draft\s*=\s*true`).Match(data) {
		l.fail(t, res, "%s is not a draft (draft = true)", file)
	}
	again := gongkaiIn(t, res.dir, res.args...)
	if after, _ := os.ReadFile(file); again.code == 0 || string(after) != string(data) {
		l.fail(t, again, "run again, it must refuse and leave %s as it was", file)
	}
}

// valued are the flags that take a value, of every command.
var valued = []string{"s", "d", "now", "scope", "chrome", "bind", "port", "month", "format", "to", "command", "schedule", "log"}

// flagValues returns the flags of args by name, without dashes.
func flagValues(args []string) map[string]string {
	opts := map[string]string{}
	for i := 0; i < len(args); i++ {
		if !strings.HasPrefix(args[i], "-") {
			continue
		}
		name := strings.TrimLeft(args[i], "-")
		if n, v, eq := strings.Cut(name, "="); eq {
			opts[n] = v
		} else if slices.Contains(valued, name) && i+1 < len(args) {
			opts[name] = args[i+1]
			i++
		} else {
			opts[name] = ""
		}
	}
	return opts
}

// positional returns the arguments of args that are not flags.
func positional(args []string) []string {
	var pos []string
	for i := 0; i < len(args); i++ {
		switch name := strings.TrimLeft(args[i], "-"); {
		case !strings.HasPrefix(args[i], "-"):
			pos = append(pos, args[i])
		case slices.Contains(valued, name):
			i++
		}
	}
	return pos
}
