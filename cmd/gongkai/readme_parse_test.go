package main

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
)

// The README, read as a test reads it: its fenced blocks, its ```sh command
// lines and the code spans of its prose, each with its line and section.

const (
	readmePath = "../../README.md"
	repoRoot   = "../.."
)

// readmeDoc is README.md split into lines.
type readmeDoc struct {
	lines  []string
	fences []readmeFence
}

// A readmeFence is one fenced block: ```sh, ```toml, or a plain ``` one
// (terminal output, synopses).
type readmeFence struct {
	info    string   // "sh", "toml", "" …
	line    int      // line of the opening fence, from 1
	body    []string // the lines inside
	section string   // the heading above it
}

// A readmeLine is one command line of a ```sh block: `\` continuations
// joined, the trailing comment cut, the && chain split into commands.
type readmeLine struct {
	line    int        // where it starts in README.md, from 1
	section string     // the heading above it
	text    string     // as written, continuations joined, comment cut
	comment string     // the trailing comment, without its #
	steps   [][]string // the && chain, each command split into words
	err     error      // shell syntax the test cannot run
}

// A readmeSpan is one `code span` of the README's prose.
type readmeSpan struct {
	line    int
	section string
	text    string // line breaks inside the span read as spaces
}

func readReadme(t *testing.T) *readmeDoc {
	t.Helper()
	return readMarkdown(t, readmePath)
}

// readMarkdown reads a Markdown file as the README is read (the guides of
// docs/publishing too).
func readMarkdown(t *testing.T, path string) *readmeDoc {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := &readmeDoc{lines: strings.Split(string(data), "\n")}
	var cur *readmeFence
	for i, l := range d.lines {
		switch {
		case strings.HasPrefix(l, "```") && cur == nil:
			cur = &readmeFence{info: strings.TrimSpace(l[3:]), line: i + 1, section: d.section(i)}
		case strings.HasPrefix(l, "```"):
			d.fences = append(d.fences, *cur)
			cur = nil
		case cur != nil:
			cur.body = append(cur.body, l)
		}
	}
	if cur != nil {
		t.Fatalf("%s:%d: a fence that is never closed", path, cur.line)
	}
	return d
}

// section returns the heading above line i (from 0), without its #s.
func (d *readmeDoc) section(i int) string {
	inFence := false
	heading := ""
	for _, l := range d.lines[:i] {
		if strings.HasPrefix(l, "```") {
			inFence = !inFence
		} else if !inFence && strings.HasPrefix(l, "#") {
			heading = strings.TrimSpace(strings.TrimLeft(l, "#"))
		}
	}
	return heading
}

// commandLines returns every command line of every ```sh block.
func (d *readmeDoc) commandLines() []readmeLine {
	var out []readmeLine
	for _, f := range d.fences {
		if f.info != "sh" {
			continue
		}
		for i := 0; i < len(f.body); i++ {
			start := i
			text := strings.TrimSpace(f.body[i])
			for strings.HasSuffix(text, `\`) && i+1 < len(f.body) {
				i++
				text = strings.TrimSpace(strings.TrimSuffix(text, `\`)) + " " + strings.TrimSpace(f.body[i])
			}
			cmd, comment := cutComment(text)
			if cmd == "" {
				continue
			}
			steps, err := shellChain(cmd)
			out = append(out, readmeLine{line: f.line + 1 + start, section: f.section,
				text: strings.Join(strings.Fields(cmd), " "), comment: comment, steps: steps, err: err})
		}
	}
	return out
}

// alternative returns the command of a comment "# or: COMMAND", as in
// `gongkai new cadre cadre/wang  # or: gongkai new 干部选任和管理 cadre/wang`.
func (l readmeLine) alternative() (readmeLine, bool) {
	text, ok := strings.CutPrefix(l.comment, "or:")
	if !ok {
		return readmeLine{}, false
	}
	text = strings.Join(strings.Fields(text), " ")
	alt := readmeLine{line: l.line, section: l.section, text: "# or: " + text}
	alt.steps, alt.err = shellChain(text)
	return alt, true
}

// cutComment cuts a shell comment: a # at the start of a word, outside
// quotes.
func cutComment(s string) (cmd, comment string) {
	var quote rune
	prev := ' '
	for i, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '\'' || r == '"':
			quote = r
		case r == '#' && (prev == ' ' || prev == '\t'):
			return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
		}
		prev = r
	}
	return strings.TrimSpace(s), ""
}

// shellChain splits a command line into the words of each command of its
// && chain. Quotes are honoured; any other shell syntax (pipes, redirection,
// variables, globs…) is an error, so that no README line is run other than
// as a shell would run it.
func shellChain(s string) ([][]string, error) {
	var chain [][]string
	var words []string
	var word strings.Builder
	var quote rune
	inWord := false
	flush := func() {
		if inWord {
			words = append(words, word.String())
			word.Reset()
			inWord = false
		}
	}
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			word.WriteRune(r)
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			flush()
		case r == '&' && i+1 < len(rs) && rs[i+1] == '&':
			flush()
			if len(words) == 0 {
				return nil, errors.New("&& with no command before it")
			}
			chain, words = append(chain, words), nil
			i++
		case strings.ContainsRune("|;<>&$`()\\*?~{}[]", r):
			return nil, fmt.Errorf("%q is shell syntax this test does not run", r)
		default:
			word.WriteRune(r)
			inWord = true
		}
	}
	flush()
	switch {
	case quote != 0:
		return nil, errors.New("a quote is never closed")
	case len(words) == 0:
		return nil, errors.New("a command line that ends with &&")
	}
	return append(chain, words), nil
}

// spans returns the code spans of the prose, outside fenced blocks. A span
// may run over a line break, as Markdown allows within a paragraph.
func (d *readmeDoc) spans() []readmeSpan {
	var out []readmeSpan
	inFence := false
	para, paraLine := "", 0
	flush := func() {
		for _, m := range spanRE.FindAllStringSubmatchIndex(para, -1) {
			text := strings.Join(strings.Fields(para[m[2]:m[3]]), " ")
			line := paraLine + strings.Count(para[:m[0]], "\n")
			out = append(out, readmeSpan{line: line, section: d.section(line - 1), text: text})
		}
		para = ""
	}
	for i, l := range d.lines {
		switch {
		case strings.HasPrefix(l, "```"):
			flush()
			inFence = !inFence
		case inFence:
		case strings.TrimSpace(l) == "":
			flush()
		default:
			if para == "" {
				paraLine = i + 1
			}
			para += l + "\n"
		}
	}
	flush()
	return out
}

var spanRE = regexp.MustCompile("`([^`]+)`")

// fencesIn returns the fences of one section whose info string is info.
func (d *readmeDoc) fencesIn(section, info string) []readmeFence {
	var out []readmeFence
	for _, f := range d.fences {
		if f.section == section && f.info == info {
			out = append(out, f)
		}
	}
	return out
}

// spansIn returns the code spans of one section.
func (d *readmeDoc) spansIn(section string) []readmeSpan {
	var out []readmeSpan
	for _, s := range d.spans() {
		if s.section == section {
			out = append(out, s)
		}
	}
	return out
}

// has reports whether the README holds s, line breaks read as spaces.
func (d *readmeDoc) has(s string) bool {
	return strings.Contains(strings.Join(strings.Fields(strings.Join(d.lines, " ")), " "), s)
}

// TestReadmeParsing: the README reader sees shell lines as a shell does.
func TestReadmeParsing(t *testing.T) {
	for _, c := range []struct {
		in, cmd, comment string
		steps            [][]string
		err              bool
	}{
		{in: "gongkai new site demo && cd demo && gongkai serve",
			cmd:   "gongkai new site demo && cd demo && gongkai serve",
			steps: [][]string{{"gongkai", "new", "site", "demo"}, {"cd", "demo"}, {"gongkai", "serve"}}},
		{in: "go run ./cmd/gongkai build      # builds # the example",
			cmd: "go run ./cmd/gongkai build", comment: "builds # the example",
			steps: [][]string{{"go", "run", "./cmd/gongkai", "build"}}},
		{in: `gongkai new "a b" c#d`, cmd: `gongkai new "a b" c#d`, steps: [][]string{{"gongkai", "new", "a b", "c#d"}}},
		{in: "gongkai build | tee log", cmd: "gongkai build | tee log", err: true},
		{in: "gongkai build -d $HOME/x", cmd: "gongkai build -d $HOME/x", err: true},
		{in: "gongkai build &&", cmd: "gongkai build &&", err: true},
	} {
		cmd, comment := cutComment(c.in)
		steps, err := shellChain(cmd)
		if cmd != c.cmd || comment != c.comment || (err != nil) != c.err || !c.err && fmt.Sprint(steps) != fmt.Sprint(c.steps) {
			t.Errorf("%q: %q, %q, %q, %v", c.in, cmd, comment, steps, err)
		}
	}
}
