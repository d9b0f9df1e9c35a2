package layout

import (
	"bytes"
	"fmt"
	"html/template"
	"reflect"
	"regexp"
	"strings"
)

// Partial renders partials/<name> as a page of kind sees it (the site's
// partial over the theme's), for a channel that lays out what a partial
// writes before placing it on its pages (the board's power list). An
// error names the file, line and column of the partial at fault (an inner
// partial it calls, with the partial that called it) and, for a field its
// data does not have, the fields it has.
func (s *Set) Partial(kind, name string, data any) (template.HTML, error) {
	t, ok := s.pages[kind]
	if !ok {
		return "", fmt.Errorf("the theme has no %s.html layout", kind)
	}
	s.share(kind, t, nil)
	p := t.Lookup("partials/" + name)
	if p == nil {
		return "", fmt.Errorf("the theme has no partials/%s", name)
	}
	var buf bytes.Buffer
	if err := p.Execute(&buf, data); err != nil {
		return "", s.partialErr(name, err, partialHint(err, data))
	}
	return template.HTML(buf.String()), nil //nolint:gosec // written by html/template
}

// partialErr names the file, line and column of the partial that failed,
// which may be one that partials/name calls, as execErr does for pages.
func (s *Set) partialErr(name string, err error, hint string) error {
	outer := s.files["partials/"+name]
	p, ok := placeOf(err)
	if !ok {
		return fmt.Errorf("%s: %w%s", outer, err, hint)
	}
	file := s.file(p.name, outer)
	msg := fmt.Sprintf("%s:%d:%d: %s", file, p.line, p.col, p.msg)
	if file != outer {
		msg += fmt.Sprintf(" (called from the partial %s)", outer)
	}
	return &execError{msg: msg + hint, err: err}
}

// missingField reads the type named in html/template's error for a field
// a value does not have.
var missingField = regexp.MustCompile(`can't evaluate field \w+ in type (\S+)`)

// partialHint lists the fields of the type an error says lacks a field:
// the data of the partial or a value inside it (a row of a list).
func partialHint(err error, data any) string {
	m := missingField.FindStringSubmatch(err.Error())
	if m == nil {
		return ""
	}
	t := findType(reflect.TypeOf(data), strings.TrimPrefix(m[1], "*"), map[reflect.Type]bool{})
	if t == nil {
		return ""
	}
	return fmt.Sprintf("; a %s has %s", t.Name(), strings.Join(fieldNames(t), ", "))
}

// findType is the struct type named name (as reflect writes it) in t or in
// what t holds: fields, elements, pointers.
func findType(t reflect.Type, name string, seen map[reflect.Type]bool) reflect.Type {
	for t != nil && (t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct || seen[t] {
		return nil
	}
	seen[t] = true
	if t.String() == name {
		return t
	}
	for i := range t.NumField() {
		if f := t.Field(i); f.IsExported() {
			if found := findType(f.Type, name, seen); found != nil {
				return found
			}
		}
	}
	return nil
}
