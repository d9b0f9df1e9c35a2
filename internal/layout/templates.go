package layout

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"maps"
	"path"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/gongkai/gongkai/internal/diag"
)

// Set is the parsed templates of a site, one per page kind. It is safe for
// concurrent use.
type Set struct {
	pages map[string]*template.Template
	files map[string]string // kind, or partials/x.html -> file, for messages
	// names is the file of every template name (its path under layouts/),
	// and framed the kinds placed in base.html, for messages.
	names  map[string]string
	framed map[string]bool
	funcs  []string                 // the functions layouts can call besides Go's, sorted
	site   map[string]bool          // kind -> its file, base.html or a partial is the site's and may show a body
	sizes  map[string]*atomic.Int64 // kind -> the size a buffer for its page starts with
	// shared prepares a kind's template to share partials (share), before
	// it first runs: escaping its templates is paid for by the kinds a
	// build renders, as html/template does when it first executes one.
	shared map[string]*sync.Once
	kept   *keptStore          // partials' output kept for values fixed for the build (kept.go)
	sums   map[string][32]byte // each file's content, for Digest
}

// Load parses every page template found through the layers with funcs.
func Load(site fs.FS, theme string, funcs template.FuncMap) (*Set, []diag.Diagnostic) {
	files := Resolve(Layers(site, theme, "layouts"))
	var diags []diag.Diagnostic
	s := &Set{pages: map[string]*template.Template{}, files: map[string]string{}, names: map[string]string{}, framed: map[string]bool{}, site: map[string]bool{}, sizes: map[string]*atomic.Int64{}, shared: map[string]*sync.Once{}, kept: newKeptStore()}
	for _, f := range files {
		s.names[f.Path] = displayName(f)
	}
	s.sums = sums(files)
	s.funcs = slices.Sorted(maps.Keys(funcs))
	shared := template.New("").Funcs(funcs)
	var pages []File
	var base *File
	partials := map[string]string{} // partials/x.html -> its file, for messages
	sharedBySite := false           // base.html or a partial is the site's and may show a body
	for _, f := range files {
		if path.Ext(f.Path) != ".html" {
			continue
		}
		if (f.Path == "base.html" || strings.HasPrefix(f.Path, "partials/")) && siteShowsBody(f) {
			sharedBySite = true
		}
		switch {
		case strings.HasPrefix(f.Path, "partials/"):
			partials[f.Path] = displayName(f)
			if err := parseInto(shared, f); err != nil {
				diags = append(diags, s.parseError(f, err))
			}
		case f.Path == "base.html":
			base = &f
		case !strings.Contains(f.Path, "/"):
			pages = append(pages, f)
		}
	}
	maps.Copy(s.files, partials)
	if base == nil {
		return s, append(diags, diag.Diagnostic{File: "layouts/base.html", Msg: fmt.Sprintf("no base.html in layouts/ or in the theme %q, and every page is placed in it; add layouts/base.html (a new site, made with gongkai new site DIR, has one to copy), or write theme = \"default\" in site.toml", theme)})
	}
	for _, f := range pages {
		t, err := s.parsePage(shared, *base, f)
		if err != nil {
			diags = append(diags, s.parseError(f, err))
			continue
		}
		kind := strings.TrimSuffix(f.Path, ".html")
		compile(t, kind, s.sums)
		s.pages[kind] = t
		s.shared[kind] = new(sync.Once)
		s.files[kind] = displayName(f)
		s.site[kind] = sharedBySite || siteShowsBody(f)
		s.sizes[kind] = new(atomic.Int64)
	}
	diag.Sort(diags)
	return s, diags
}

func (s *Set) parsePage(shared *template.Template, base, page File) (*template.Template, error) {
	t, err := shared.Clone()
	if err != nil {
		return nil, err
	}
	if err := parseInto(t, page); err != nil {
		return nil, err
	}
	if t.Lookup("main") == nil {
		return t.Lookup(page.Path), nil
	}
	if err := parseInto(t, base); err != nil {
		return nil, err
	}
	s.framed[strings.TrimSuffix(page.Path, ".html")] = true
	return t.Lookup(base.Path), nil
}

func parseInto(t *template.Template, f File) error {
	data, err := fs.ReadFile(f.Layer.FS, f.Path)
	if err != nil {
		return err
	}
	_, err = t.New(f.Path).Parse(string(data))
	return err
}

func displayName(f File) string {
	if f.Layer.BuiltIn() {
		return "(" + f.Layer.Name + ")/" + f.Path
	}
	return f.Layer.Name + "/" + f.Path
}

// Has reports whether the theme has a template for kind.
func (s *Set) Has(kind string) bool { _, ok := s.pages[kind]; return ok }

// BySite reports whether a template the site wrote may show, on a page of
// kind, the body of any item: its page, base.html or a partial comes from
// the site's layouts/ or themes/ folder rather than from the built-in
// theme, and names a body (namesBody). What a channel knows of the built-in
// theme's pages (the catalog shows no body) does not hold for it.
func (s *Set) BySite(kind string) bool { return s.site[kind] }

// siteShowsBody reports whether f is the site's and may show a body.
func siteShowsBody(f File) bool { return !f.Layer.BuiltIn() && namesBody(f) }

// Execute renders a page of kind with data.
func (s *Set) Execute(w io.Writer, kind string, data any) error {
	t, ok := s.pages[kind]
	if !ok {
		return fmt.Errorf("the theme has no %s.html layout", kind)
	}
	s.share(kind, t, reflect.TypeOf(data))
	if err := t.Execute(w, data); err != nil {
		err = unshared(err)
		return s.execErr(kind, err, fieldsHint(err, kind, data))
	}
	return nil
}

// fieldsHint, after an error naming a field the page does not have (a
// site's layout written for fields that moved), lists the fields the
// page of kind has.
func fieldsHint(err error, kind string, data any) string {
	if !strings.Contains(err.Error(), "can't evaluate field") {
		return ""
	}
	t := reflect.TypeOf(data)
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	// only a field missing from the page's own data: a field missing
	// deeper (.Item.Author) is not helped by the page's fields
	if t == nil || t.Kind() != reflect.Struct || !strings.Contains(err.Error(), "in type "+reflect.TypeOf(data).String()) {
		return ""
	}
	return fmt.Sprintf("; the %s page has %s", kind, strings.Join(fieldNames(t), ", "))
}

// fieldNames lists the exported fields of t, those of embedded structs
// in their place, each name once (a field of t shadows its embedded
// struct's of the same name).
func fieldNames(t reflect.Type) []string {
	var out []string
	seen := map[string]bool{}
	for i := range t.NumField() {
		f := t.Field(i)
		var names []string
		switch {
		case f.Anonymous && f.Type.Kind() == reflect.Struct:
			names = fieldNames(f.Type)
		case f.IsExported():
			names = []string{"." + f.Name}
		}
		for _, n := range names {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}

// share prepares t, the template of kind, to share partials, once; page
// is the type of the first page it renders, nil if not known.
func (s *Set) share(kind string, t *template.Template, page reflect.Type) {
	if once := s.shared[kind]; once != nil {
		once.Do(func() { share(t, s.kept, page) })
	}
}

// Render renders a page of kind into a new buffer, made as large as the
// last page of that kind, so that it is not grown a few bytes at a time.
func (s *Set) Render(kind string, data any) ([]byte, error) {
	hint := s.sizes[kind]
	var buf bytes.Buffer
	if hint != nil {
		buf.Grow(int(hint.Load()))
	}
	err := s.Execute(&buf, kind, data)
	if hint != nil {
		hint.Store(int64(buf.Len() + buf.Len()/8))
	}
	return buf.Bytes(), err
}
