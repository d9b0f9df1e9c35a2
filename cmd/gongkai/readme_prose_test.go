//go:build unix

package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
)

// checkReadmeProse checks the commands the README's prose names in code
// spans and its synopses:
//
//   - `gongkai CMD …` (or `go run ./cmd/gongkai CMD …`): CMD is a command,
//     its --help lists every flag given, and the words parse (run with
//     --help added, in an empty folder); `gongkai check …` and `gongkai
//     build …` without --pdf also run, as written, inside a new site.
//   - `go …`: the packages exist, and the tests, fuzz targets, benchmarks
//     and test flags it names; `x.sh`: the script is there to run.
//   - `--flag`: a flag of some gongkai command or of a line in readmeNotRun,
//     unless readmeNotFlags says what else it is.
//   - the synopses (plain ``` lines that start with gongkai) are those of
//     `gongkai --help`, and name every flag of the command.
func checkReadmeProse(t *testing.T, doc *readmeDoc) {
	flags, usage := commandHelp(t)
	checkSynopses(t, doc, flags, usage)
	p := &proseChecker{flags: flags, empty: t.TempDir(), known: knownFlags(flags)}
	seen := map[string]bool{}
	for _, s := range doc.spans() {
		if seen[s.text] {
			continue
		}
		seen[s.text] = true
		words := strings.Fields(s.text)
		switch {
		case isGongkai(words) && !strings.HasSuffix(words[1], ":"): // "gongkai build: interrupted…" is a message
			p.gongkai(t, s, gongkaiArgs(words))
		case words[0] == "go":
			if err := checkGoCommand(words); err != nil {
				t.Errorf("README.md:%d: `%s`: %v", s.line, s.text, err)
			}
		case strings.HasSuffix(words[0], ".sh"):
			if fi, err := os.Stat(filepath.Join(repoRoot, words[0])); err != nil || fi.Mode()&0o111 == 0 {
				t.Errorf("README.md:%d: `%s`: no script to run: %v", s.line, s.text, err)
			}
		case flagSpanRE.MatchString(s.text):
			p.bareFlag(t, s)
		}
	}
	for f := range readmeNotFlags {
		if !p.notFlagsUsed[f] {
			t.Errorf("readmeNotFlags lists %q, which the README no longer writes: remove it", f)
		}
	}
}

// readmeNotFlags are code spans that look like flags and are not.
var readmeNotFlags = map[string]string{
	"--body": "a CSS custom property a board sheet sets (Changing the look)",
	"--gap":  "a CSS custom property a board sheet sets",
	"--qr":   "a CSS custom property a board sheet sets",
}

var flagSpanRE = regexp.MustCompile(`^--?([A-Za-z][\w-]*)(=\S*)?( \S+)?$`)

type proseChecker struct {
	flags        map[string]map[string]bool // the flags of each command
	known        map[string]bool            // every flag the README may name
	empty        string                     // an empty folder
	site         string                     // a new site, made when first needed
	notFlagsUsed map[string]bool
}

// gongkai checks one `gongkai …` span.
func (p *proseChecker) gongkai(t *testing.T, s readmeSpan, args []string) {
	t.Helper()
	cmdFlags, ok := p.flags[args[0]]
	if !ok {
		t.Errorf("README.md:%d: `%s`: gongkai has no command %q", s.line, s.text, args[0])
		return
	}
	for _, a := range args[1:] {
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && !cmdFlags[name] {
			t.Errorf("README.md:%d: `%s`: gongkai %s has no flag %s; its --help lists %v", s.line, s.text, args[0], a, sortedKeys(cmdFlags))
		}
	}
	if res := gongkaiIn(t, p.empty, append(args, "--help")...); res.code != 0 || !strings.Contains(res.stderr, "Usage: gongkai "+args[0]) {
		t.Errorf("README.md:%d: `%s` does not parse (run with --help added):\n%s", s.line, s.text, res)
	}
	if args[0] == "check" || args[0] == "build" && !slices.Contains(args, "--pdf") {
		p.runInSite(t, s, args)
	}
}

// runInSite runs a span as written inside a site that gongkai new site
// made, where, as the walk-through says, it finds nothing to warn about.
func (p *proseChecker) runInSite(t *testing.T, s readmeSpan, args []string) {
	t.Helper()
	if p.site == "" {
		if res := gongkaiIn(t, p.empty, "new", "site", "demo"); res.code != 0 {
			t.Fatalf("gongkai new site demo:\n%s", res)
		}
		p.site = filepath.Join(p.empty, "demo")
	}
	res := editorIn(t, p.site, args...)
	l := readmeLine{line: s.line, section: s.section, text: "`" + s.text + "`"}
	if res.code != 0 || res.stderr != "" {
		l.fail(t, res, "inside a new site, want exit 0 and no warnings")
	}
	if args[0] == "build" {
		checkBuild(t, l, res)
	} else if res.stdout != "" {
		l.fail(t, res, "inside a new site, want nothing printed")
	}
}

// bareFlag checks a span that is a flag alone (`--port`, `--bind 0.0.0.0`).
func (p *proseChecker) bareFlag(t *testing.T, s readmeSpan) {
	t.Helper()
	if _, ok := readmeNotFlags[s.text]; ok {
		if p.notFlagsUsed == nil {
			p.notFlagsUsed = map[string]bool{}
		}
		p.notFlagsUsed[s.text] = true
		return
	}
	if name := flagSpanRE.FindStringSubmatch(s.text)[1]; !p.known[name] {
		t.Errorf("README.md:%d: `%s`: no gongkai command has this flag (nor any command of readmeNotRun)", s.line, s.text)
	}
}

// commandHelp returns the flags each command's --help lists, and the
// synopsis it starts with. Every command takes --help (README, Commands).
func commandHelp(t *testing.T) (flags map[string]map[string]bool, usage map[string]string) {
	t.Helper()
	flags, usage = map[string]map[string]bool{}, map[string]string{}
	for name := range commands {
		var stdout, stderr bytes.Buffer
		code := run([]string{name, "--help"}, &stdout, &stderr)
		if code != 0 || !strings.Contains(stderr.String(), "Usage: gongkai "+name) {
			t.Errorf("gongkai %s --help: exit %d, want 0 and its usage:\n%s%s", name, code, stdout.String(), stderr.String())
		}
		flags[name] = map[string]bool{"help": true, "h": true}
		for _, m := range helpFlagRE.FindAllStringSubmatch(stderr.String(), -1) {
			flags[name][m[1]] = true
		}
		first, _, _ := strings.Cut(stderr.String(), "\n")
		usage[name] = strings.Join(strings.Fields(strings.TrimPrefix(first, "Usage: ")), " ")
	}
	return flags, usage
}

var helpFlagRE = regexp.MustCompile(`(?m)^  -([A-Za-z][\w-]*)`)

// knownFlags are the flags a README span may name alone.
func knownFlags(flags map[string]map[string]bool) map[string]bool {
	known := map[string]bool{"version": true, "v": true}
	for _, fs := range flags {
		for f := range fs {
			known[f] = true
		}
	}
	for cmd := range readmeNotRun {
		for _, w := range strings.Fields(cmd) {
			if name, ok := strings.CutPrefix(w, "-"); ok {
				name, _, _ = strings.Cut(strings.TrimLeft(name, "-"), "=")
				known[name] = true
			}
		}
	}
	return known
}

// checkSynopses: every synopsis the README shows is one of `gongkai
// --help`, each of those is the one its command's --help starts with, and
// names exactly the flags the command has.
func checkSynopses(t *testing.T, doc *readmeDoc, flags map[string]map[string]bool, own map[string]string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	run([]string{"--help"}, &stdout, &stderr)
	usage := map[string]bool{}
	for _, l := range strings.Split(stdout.String(), "\n") {
		if words := strings.Fields(l); strings.HasPrefix(l, "  gongkai ") {
			usage[strings.Join(words, " ")] = true
			if own[words[1]] != strings.Join(words, " ") {
				t.Errorf("gongkai --help shows %q, but gongkai %s --help shows %q", strings.Join(words, " "), words[1], own[words[1]])
			}
			checkSynopsisFlags(t, words, flags[words[1]])
		}
	}
	for _, f := range doc.fences {
		for i, l := range f.body {
			if words := strings.Fields(l); f.info == "" && len(words) > 1 && words[0] == "gongkai" && !usage[strings.Join(words, " ")] {
				t.Errorf("README.md:%d: %q is not a synopsis of `gongkai --help`:\n%s", f.line+1+i, l, stdout.String())
			}
		}
	}
}

// synopsisFlagRE finds the flags a synopsis names: optional ones in
// brackets, required ones (gongkai screens --log FILE) after a space.
var synopsisFlagRE = regexp.MustCompile(`(?:\[| )--?([A-Za-z][\w-]*)`)

func checkSynopsisFlags(t *testing.T, words []string, flags map[string]bool) {
	t.Helper()
	named := map[string]bool{"help": true, "h": true}
	for _, m := range synopsisFlagRE.FindAllStringSubmatch(strings.Join(words, " "), -1) {
		named[m[1]] = true
		if !flags[m[1]] {
			t.Errorf("gongkai --help: %q names -%s, which gongkai %s does not take", strings.Join(words, " "), m[1], words[1])
		}
	}
	for f := range flags {
		if !named[f] {
			t.Errorf("gongkai --help: %q leaves out -%s, which gongkai %s takes", strings.Join(words, " "), f, words[1])
		}
	}
}

// goTestOwn are go test's own flags; the value of those marked true follows.
var goTestOwn = map[string]bool{"run": true, "bench": true, "fuzz": true, "fuzztime": true, "count": true,
	"timeout": true, "cpu": true, "benchtime": true, "p": true, "parallel": true, "v": false, "short": false,
	"race": false, "cover": false, "benchmem": false, "failfast": false, "json": false}

// checkGoCommand: the packages a go command names exist (a main package
// for go run and go install), and so do the tests, fuzz targets,
// benchmarks and test flags it names.
func checkGoCommand(words []string) error {
	var pkgs []string
	opts := map[string]string{}
	for i := 2; i < len(words); i++ {
		name, isFlag := strings.CutPrefix(words[i], "-")
		name = strings.TrimLeft(name, "-")
		switch {
		case strings.HasPrefix(words[i], "./"):
			pkgs = append(pkgs, words[i])
		case isFlag && goTestOwn[name] && i+1 < len(words):
			opts[name] = words[i+1]
			i++
		case isFlag:
			opts[name] = ""
		}
	}
	if len(words) < 3 || len(pkgs) == 0 {
		return fmt.Errorf("names no package")
	}
	for _, pkg := range pkgs {
		dir := filepath.Join(repoRoot, strings.TrimSuffix(pkg, "/..."))
		if strings.HasSuffix(pkg, "/...") {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil && goSource(dir) == "" {
				return fmt.Errorf("%s: no Go packages there", pkg)
			}
			continue
		}
		src := goSource(dir)
		switch {
		case src == "":
			return fmt.Errorf("%s is not a Go package of this repository", pkg)
		case (words[1] == "run" || words[1] == "install") && !strings.Contains(src, "package main\n"):
			return fmt.Errorf("%s is not a command (package main)", pkg)
		case words[1] == "test":
			if err := checkTestFlags(src, opts); err != nil {
				return fmt.Errorf("%s: %v", pkg, err)
			}
		}
	}
	return nil
}

// goSource returns the Go files of dir, joined.
func goSource(dir string) string {
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	var src strings.Builder
	for _, f := range files {
		data, _ := os.ReadFile(f)
		src.Write(data)
		src.WriteString("\n")
	}
	return src.String()
}

// checkTestFlags: -run, -bench and -fuzz match a function of the package;
// a flag that is not go test's own is one its tests define.
func checkTestFlags(src string, opts map[string]string) error {
	prefix := map[string]string{"run": "Test", "bench": "Benchmark", "fuzz": "Fuzz"}
	for name, v := range opts {
		if _, own := goTestOwn[name]; !own {
			if !regexp.MustCompile(`flag\.\w+\("` + regexp.QuoteMeta(name) + `"`).MatchString(src) {
				return fmt.Errorf("its tests define no flag -%s", name)
			}
			continue
		}
		if prefix[name] == "" {
			continue
		}
		re, err := regexp.Compile(v)
		if err != nil {
			return fmt.Errorf("-%s %s: %v", name, v, err)
		}
		found := false
		for _, m := range regexp.MustCompile(`(?m)^func (`+prefix[name]+`\w*)\(`).FindAllStringSubmatch(src, -1) {
			found = found || re.MatchString(m[1])
		}
		if !found {
			return fmt.Errorf("-%s %s matches no %s function", name, v, prefix[name])
		}
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
