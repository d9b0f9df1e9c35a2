//go:build unix

package main

import (
	"bufio"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// readmeWalk is what the README's walk-through has the reader do while
// `gongkai serve` runs, section by section. After each step the terminal
// prints the lines of the section's plain ``` block, in order; counts of
// files and milliseconds may differ.
var readmeWalk = []struct {
	section string
	prints  bool
	do      func(w *serveWalk, t *testing.T)
}{
	{"1. Make a site and start the preview", true, nil},
	{"2. Open the page", false, (*serveWalk).openPages},
	{"3. Edit a file and watch it change", true, (*serveWalk).editSentence},
	{"4. Break the front matter and read the line", true, (*serveWalk).breakCategory},
	{"5. Fix it", true, (*serveWalk).fixCategory},
}

// The walk-through's words that say what to change, which the test does.
const (
	walkFile     = "content/cadre/shili.md"
	walkLine     = 5
	walkBroken   = `category = "cadres"`
	walkFixed    = `category = "cadre"`
	walkTellFix  = "Change `cadres` back to `cadre`"
	walkNoPublic = "Nothing is written to `public/`"
)

// A serveWalk is `gongkai serve` running in a site, and what it printed.
type serveWalk struct {
	doc  *readmeDoc
	l    readmeLine
	site string
	url  string
	out  chan string // stdout and stderr, line by line
	seen []string
}

// walkServe starts `gongkai serve` as the README does, walks through the
// README's steps, and stops it with Ctrl-C. It skips when the README's port
// is taken on this machine.
func walkServe(t *testing.T, doc *readmeDoc, l readmeLine, site string, args []string) {
	cmd := asEditor(gongkaiCmd(t, site, args...))
	w := &serveWalk{doc: doc, l: l, site: site, out: make(chan string, 1000)}
	stdout, _ := cmd.StdoutPipe()
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for _, r := range []io.Reader{stdout, stderr} {
		wg.Go(func() {
			for sc := bufio.NewScanner(r); sc.Scan(); {
				w.out <- sc.Text()
			}
		})
	}
	go func() { wg.Wait(); close(w.out) }()
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	for _, step := range readmeWalk {
		w.step(t, step.section, step.prints, step.do)
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		w.fail(t, "Ctrl-C: %v, want exit 0", err)
	}
	if _, err := os.Stat(filepath.Join(site, "public")); !doc.has(walkNoPublic) || err == nil {
		w.fail(t, "the README says %q: serve wrote %s", walkNoPublic, filepath.Join(site, "public"))
	}
}

// step does one step of the walk-through, then awaits what the README
// quotes the terminal printing.
func (w *serveWalk) step(t *testing.T, section string, prints bool, do func(*serveWalk, *testing.T)) {
	t.Helper()
	if !slices.ContainsFunc(w.doc.lines, func(l string) bool { return strings.TrimSpace(l) == "### "+section }) {
		t.Fatalf("README.md has no section %q any more: update readmeWalk in readme_serve_test.go", section)
	}
	if do != nil {
		do(w, t)
	}
	quoted := w.doc.fencesIn(section, "")
	if prints != (len(quoted) == 1) {
		t.Fatalf("README.md: section %q quotes %d terminal blocks (want %v): update readmeWalk", section, len(quoted), prints)
	}
	if !prints {
		return
	}
	for i, want := range quoted[0].body {
		got := w.await(t, outputPattern(want, filepath.Dir(w.site)), quoted[0].line+1+i, want)
		if w.url == "" {
			if m := regexp.MustCompile(`地址 (http://\S+/) `).FindStringSubmatch(got); m != nil {
				w.url = m[1]
			}
		}
	}
}

// await reads what serve prints until a line matches re. Other lines may
// come first, such as a rebuild the editor's save caused twice; but once
// one has, the awaited line has a quarter of a minute to follow.
func (w *serveWalk) await(t *testing.T, re *regexp.Regexp, line int, quoted string) string {
	t.Helper()
	timeout := time.After(time.Minute)
	for {
		select {
		case got, ok := <-w.out:
			if !ok {
				w.busy(t)
				w.fail(t, "README.md:%d: serve ended before it printed %q", line, quoted)
			}
			w.seen = append(w.seen, got)
			if re.MatchString(got) {
				return got
			}
			timeout = time.After(15 * time.Second)
		case <-timeout:
			w.fail(t, "README.md:%d: serve did not print %q", line, quoted)
		}
	}
}

// busy skips the walk when serve could not listen on the README's port.
func (w *serveWalk) busy(t *testing.T) {
	for _, s := range w.seen {
		if strings.Contains(s, "address already in use") {
			t.Skipf("README.md:%d: %s: not run, the README's port is taken on this machine: %s", w.l.line, w.l.text, s)
		}
	}
}

func (w *serveWalk) fail(t *testing.T, format string, a ...any) {
	t.Helper()
	t.Fatalf("README.md:%d (%s): %s\n%s\nin %s, gongkai serve printed:\n%s", w.l.line, w.l.section, w.l.text,
		fmt.Sprintf(format, a...), w.site, strings.Join(w.seen, "\n"))
}

// countRE finds the counts the README's quoted output may differ in: files
// and milliseconds.
var countRE = regexp.MustCompile(`\d+( 毫秒| 个文件| 个，| 个）)`)

// outputPattern turns a line the README quotes into a pattern: counts of
// files and milliseconds may differ, and /home/you/ stands for the folder
// the reader made the site in.
func outputPattern(quoted, home string) *regexp.Regexp {
	p := regexp.QuoteMeta(quoted)
	p = strings.ReplaceAll(p, "/home/you/", regexp.QuoteMeta(home+"/"))
	p = countRE.ReplaceAllString(p, `\d+$1`)
	return regexp.MustCompile("^" + p + "$")
}

// openPages: the address serve printed, and every address the section
// names on it, answer with a page.
func (w *serveWalk) openPages(t *testing.T) {
	t.Helper()
	if !w.doc.has("Open <" + w.url + ">") {
		w.fail(t, "the README does not say to open %s, the address serve printed", w.url)
	}
	paths := []string{"/"}
	for _, s := range w.doc.spansIn("2. Open the page") {
		if strings.HasPrefix(s.text, "/") {
			paths = append(paths, s.text)
		}
	}
	client := &http.Client{Timeout: time.Minute}
	for _, p := range paths {
		resp, err := client.Get(strings.TrimSuffix(w.url, "/") + p)
		if err != nil {
			w.fail(t, "GET %s: %v", p, err)
		}
		_ = resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			w.fail(t, "GET %s: %s", p, resp.Status)
		}
	}
}

// editSentence changes the first line of text below the second +++ line.
func (w *serveWalk) editSentence(t *testing.T) {
	t.Helper()
	if !w.doc.has("Open `" + walkFile + "`") {
		t.Fatalf("README.md no longer opens %s in the walk-through: update readme_serve_test.go", walkFile)
	}
	ls := w.readFile(t)
	seps := 0
	for i, l := range ls {
		if strings.TrimSpace(l) == "+++" {
			seps++
		} else if seps == 2 && strings.TrimSpace(l) != "" {
			ls[i] += "（已修改）"
			w.writeFile(t, ls)
			return
		}
	}
	t.Fatalf("%s has no text below its second +++ line", walkFile)
}

// breakCategory changes the line the README quotes to the wrong key.
func (w *serveWalk) breakCategory(t *testing.T) {
	t.Helper()
	section := "4. Break the front matter and read the line"
	toml := w.doc.fencesIn(section, "toml")
	ls := w.readFile(t)
	if len(toml) != 1 || len(ls) < walkLine || ls[walkLine-1] != toml[0].body[0] {
		t.Fatalf("README.md: the walk-through quotes line %d of %s as %v; it is %q", walkLine, walkFile, toml, ls[walkLine-1])
	}
	if !w.doc.has("to `"+walkBroken+"` and save") || !w.doc.has(walkTellFix) {
		t.Fatalf("README.md: the walk-through no longer says to write %q: update readme_serve_test.go", walkBroken)
	}
	ls[walkLine-1] = walkBroken
	w.writeFile(t, ls)
}

// fixCategory changes it back.
func (w *serveWalk) fixCategory(t *testing.T) {
	t.Helper()
	ls := w.readFile(t)
	ls[walkLine-1] = walkFixed
	w.writeFile(t, ls)
}

func (w *serveWalk) readFile(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(w.site, walkFile))
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(string(data), "\n")
}

// writeFile saves the file as many editors do, whole: written beside it,
// then renamed over it. A write in place (os.WriteFile truncates first)
// lets a busy machine's rebuild read the file empty, which serve reports
// and recovers from with lines the README does not quote.
func (w *serveWalk) writeFile(t *testing.T, ls []string) {
	t.Helper()
	path := filepath.Join(w.site, walkFile)
	tmp := filepath.Join(filepath.Dir(path), ".~"+filepath.Base(path))
	if err := os.WriteFile(tmp, []byte(strings.Join(ls, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}
