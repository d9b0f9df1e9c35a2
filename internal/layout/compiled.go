package layout

import (
	"crypto/sha256"
	"html/template"
	"io/fs"
	"slices"
	"strconv"
	"sync"

	"github.com/gongkai/gongkai/themes"
)

// Compiled templates. A template of the built-in theme that every page of
// a kind executes, with a page of data it reads through many actions,
// may be written by Go code instead (an item's page, web/itemmain.go):
// text/template evaluates every action by reflection, which costs a page
// more than the bytes it writes. The Go code writes exactly what the
// template writes, escaped as html/template escapes it (Escape* below);
// the package that registers it tests that, page by page, on sites of
// every shape. It is used only where the template, and each partial the
// Go code stands for, is the built-in theme's (or a copy of it): a site
// that writes its own gets its own. For data it does not handle (ok false) the template runs
// as written.

// Compiler writes what a template writes of data, and ok; or ok false,
// where the template must run.
type Compiler func(data any) (html template.HTML, ok bool)

type compiled struct {
	kinds []string
	name  string
	// files are the file defining the template, then the partials the Go
	// code writes as they are in the built-in theme
	files []string
	fn    Compiler
}

var compilers struct {
	mu   sync.Mutex
	list []compiled
}

// Compile registers fn as the template name of the pages of each of kinds,
// for the files named: the one defining name, then each partial fn writes
// as the built-in theme's does (see above). Call it from an init
// function. (The kinds share it: a partial's output kept for one kind
// serves the others, as the same templates' would, kept.go.)
func Compile(name string, kinds, files []string, fn Compiler) {
	compilers.mu.Lock()
	defer compilers.mu.Unlock()
	compilers.list = append(compilers.list, compiled{kinds: kinds, name: name, files: files, fn: fn})
}

// compiledFunc is the function a compiled template calls (with its
// number); templatedPrefix names the template as written, which runs
// where the Go code does not.
const (
	compiledFunc    = "_gongkai_compiled"
	templatedPrefix = "_gongkai_templated/"
)

// compile puts the Go code registered for kind in place of its
// templates in t, the page template of kind not yet executed, where the
// template is the built-in theme's (sums: each template file's content,
// by its path).
func compile(t *template.Template, kind string, sums map[string][32]byte) {
	compilers.mu.Lock()
	list := compilers.list
	compilers.mu.Unlock()
	for i, c := range list {
		if !slices.Contains(c.kinds, kind) || !compilable(t, c, sums) {
			continue
		}
		orig := t.Lookup(c.name)
		if _, err := t.AddParseTree(templatedPrefix+c.name, orig.Tree.Copy()); err != nil {
			continue
		}
		fn, call := c.fn, compiledFunc+strconv.Itoa(i)
		t.Funcs(template.FuncMap{call: func(data any) template.HTML {
			html, _ := fn(data) // "" where not ok: the template runs
			return html
		}})
		text := `{{with ` + call + ` .}}{{.}}{{else}}{{template "` + templatedPrefix + c.name + `" .}}{{end}}`
		if _, err := t.New(c.name).Parse(text); err != nil {
			panic(err) // cannot fail: the text is ours and t not yet executed
		}
	}
}

// compilable reports whether the template c stands for is, in t, the one
// its first file defines, and its files are the built-in default
// theme's, byte for byte (a site's copy of the theme unchanged is).
func compilable(t *template.Template, c compiled, sums map[string][32]byte) bool {
	orig := t.Lookup(c.name)
	if orig == nil || orig.Tree == nil || orig.Tree.ParseName != c.files[0] {
		return false
	}
	for _, p := range c.files {
		data, err := fs.ReadFile(themes.FS, "default/layouts/"+p)
		if sum, ok := sums[p]; err != nil || !ok || sum != sha256.Sum256(data) {
			return false
		}
	}
	return true
}

// The escapers html/template puts into an action, for Go code that writes
// what a template writes: of text in HTML (<p>{{.}}</p>), of a quoted
// attribute's value (title="{{.}}"), of a URL attribute's whole value
// (href="{{.}}").

// EscapeText is a string escaped as text in HTML.
func EscapeText(s string) string { return htmlReplacer(s, htmlReplacementTable) }

// EscapeAttr is a string escaped as a quoted attribute's value.
func EscapeAttr(s string) string { return htmlReplacer(s, htmlReplacementTable) }

// EscapeURL is a string escaped as a quoted URL attribute's whole value.
func EscapeURL(s string) string { return attrEscaper(urlProcessor(true, urlFilter(s))) }
