package tomlx

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/gongkai/gongkai/internal/diag"
)

// Unmarshaler is implemented by types that decode themselves from a parsed
// TOML value (string, int64, float64, bool, time.Time, []any, map[string]any).
// The error says what is wrong with the value; the decoder adds file, line and key.
type Unmarshaler interface {
	UnmarshalTOMLValue(v any) error
}

// Hinter gives an example value for error messages ("write date = 2026-11-20").
type Hinter interface {
	Hint() string
}

// Meta is what a decode leaves behind for later validation: where each key is,
// and which keys could not be decoded.
type Meta struct {
	File string
	pos  Positions
	// SyntaxError is set when the text is not TOML: nothing was decoded, and
	// every later complaint about a missing key would only repeat it.
	SyntaxError bool
	failed      map[string]bool // paths whose value could not be decoded
}

// Failed reports whether the value at path ("categories[0].key") could not
// be decoded, so it is missing or empty for a reason already reported.
func (m *Meta) Failed(path string) bool {
	return m != nil && m.failed[path]
}

// FailedIn reports whether anything inside the table at path
// ("categories[0]") could not be decoded, a misspelt key included.
func (m *Meta) FailedIn(path string) bool {
	if m == nil {
		return false
	}
	for p := range m.failed {
		if strings.HasPrefix(p, path+".") {
			return true
		}
	}
	return false
}

// Line returns the line where path (e.g. "boards[2].paper") was set.
func (m *Meta) Line(path string) int {
	if m == nil {
		return 0
	}
	return m.pos.Line(path)
}

// Has reports whether path was written on a line of its own (not inside
// an inline table).
func (m *Meta) Has(path string) bool {
	if m == nil {
		return false
	}
	_, ok := m.pos.lookup(path)
	return ok
}

// Decode parses src as TOML and fills v, a pointer to a struct. file names the
// source in diagnostics and firstLine is the line number of src's first line
// within it. Decoding goes on after a bad key so every problem is reported.
func Decode(file string, firstLine int, src string, v any) (*Meta, []diag.Diagnostic) {
	meta := &Meta{File: file, pos: scanPositions(src, firstLine)}
	var raw map[string]any
	if _, err := toml.Decode(src, &raw); err != nil {
		meta.SyntaxError = true
		return meta, []diag.Diagnostic{syntaxError(file, firstLine, err)}
	}
	d := &decoder{meta: meta, firstLine: firstLine}
	d.structValue("", raw, reflect.ValueOf(v).Elem())
	return meta, d.diags
}

func syntaxError(file string, firstLine int, err error) diag.Diagnostic {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return diag.Diagnostic{File: file, Line: firstLine - 1 + pe.Position.Line, Msg: "TOML syntax error: " + pe.Message + syntaxAdvice(pe.Message)}
	}
	return diag.Diagnostic{File: file, Line: firstLine, Msg: "TOML syntax error: " + err.Error()}
}

// syntaxAdvice adds the most common fix for errors that editors make.
func syntaxAdvice(msg string) string {
	switch {
	case strings.Contains(msg, "expected value but found"):
		return ` (text values need double quotes: title = "…")`
	case strings.Contains(msg, "already been defined") || strings.Contains(msg, "already defined"):
		return " (each key may appear only once)"
	}
	return ""
}

type decoder struct {
	meta      *Meta
	firstLine int
	diags     []diag.Diagnostic
}

func (d *decoder) errorf(path string, format string, args ...any) {
	if d.meta.failed == nil {
		d.meta.failed = map[string]bool{}
	}
	d.meta.failed[path] = true
	line := d.meta.Line(path)
	if line == 0 {
		line = d.firstLine
	}
	d.diags = append(d.diags, diag.Diagnostic{File: d.meta.File, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// field is one settable struct field and its TOML key.
type field struct {
	key   string
	index []int
}

// structFields are a struct type's keys and fields, in the same order.
type structFields struct {
	keys   []string
	fields []field
}

// fieldsCache holds fieldsOf by type: every item's front matter is
// decoded into the same types. Its slices are shared: never changed.
var fieldsCache sync.Map // reflect.Type -> *structFields

func fieldsOf(t reflect.Type) *structFields {
	if sf, ok := fieldsCache.Load(t); ok {
		return sf.(*structFields)
	}
	out := &structFields{}
	for _, sf := range reflect.VisibleFields(t) {
		tag := sf.Tag.Get("toml")
		if tag == "-" || tag == "" || !sf.IsExported() {
			continue
		}
		key := strings.Split(tag, ",")[0]
		out.keys = append(out.keys, key)
		out.fields = append(out.fields, field{key: key, index: sf.Index})
	}
	fieldsCache.Store(t, out)
	return out
}

func (d *decoder) structValue(path string, raw map[string]any, rv reflect.Value) {
	sf := fieldsOf(rv.Type())
	fields, keys := sf.fields, sf.keys
	names := make([]string, 0, len(raw))
	for k := range raw {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		i := slices.Index(keys, k)
		sub := join(path, k)
		if i < 0 {
			where := ""
			if path != "" {
				where = " in " + tableName(path)
			}
			d.errorf(sub, "unknown key %q%s%s", k, where, diag.DidYouMean(k, keys))
			continue
		}
		d.value(sub, k, raw[k], rv.FieldByIndex(fields[i].index))
	}
}

func tableName(path string) string {
	base := path
	if i := strings.LastIndexByte(base, '['); i >= 0 && strings.HasSuffix(base, "]") {
		return "[[" + stripIndexes(base[:i]) + "]]"
	}
	return "[" + stripIndexes(base) + "]"
}

func stripIndexes(p string) string {
	var b strings.Builder
	skip := false
	for _, r := range p {
		switch {
		case r == '[':
			skip = true
		case r == ']':
			skip = false
		case !skip:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

var unmarshalerType = reflect.TypeFor[Unmarshaler]()

func (d *decoder) value(path, key string, v any, rv reflect.Value) {
	if rv.CanAddr() && rv.Addr().Type().Implements(unmarshalerType) {
		if err := rv.Addr().Interface().(Unmarshaler).UnmarshalTOMLValue(v); err != nil {
			d.errorf(path, "%s: %v; write %s = %s", key, err, key, hintFor(rv))
		}
		return
	}
	switch rv.Kind() {
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			d.typeError(path, key, v, rv)
			return
		}
		rv.SetString(s)
	case reflect.Int, reflect.Int64, reflect.Int32:
		n, ok := v.(int64)
		if !ok {
			d.typeError(path, key, v, rv)
			return
		}
		rv.SetInt(n)
	case reflect.Float64:
		switch n := v.(type) {
		case float64:
			rv.SetFloat(n)
		case int64:
			rv.SetFloat(float64(n))
		default:
			d.typeError(path, key, v, rv)
		}
	case reflect.Bool:
		b, ok := v.(bool)
		if !ok {
			d.typeError(path, key, v, rv)
			return
		}
		rv.SetBool(b)
	case reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			d.typeError(path, key, v, rv)
			return
		}
		d.structValue(path, m, rv)
	case reflect.Pointer:
		ptr := reflect.New(rv.Type().Elem())
		d.value(path, key, v, ptr.Elem())
		rv.Set(ptr)
	case reflect.Slice:
		d.slice(path, key, v, rv)
	default:
		panic("tomlx: unsupported field type " + rv.Type().String())
	}
}

func (d *decoder) slice(path, key string, v any, rv reflect.Value) {
	var elems []any
	switch s := v.(type) {
	case []any:
		elems = s
	case []map[string]any:
		for _, m := range s {
			elems = append(elems, m)
		}
	default:
		d.typeError(path, key, v, rv)
		return
	}
	out := reflect.MakeSlice(rv.Type(), len(elems), len(elems))
	for i, e := range elems {
		d.value(path+"["+strconv.Itoa(i)+"]", key, e, out.Index(i))
	}
	rv.Set(out)
}

func (d *decoder) typeError(path, key string, v any, rv reflect.Value) {
	d.errorf(path, "%s: expected %s, found %s; write %s = %s", key, kindName(rv.Type()), describe(v), key, hintFor(rv))
}

func kindName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "text in double quotes"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Struct:
		return "a table"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Struct {
			return "a list of tables"
		}
		return "a list"
	}
	return t.String()
}

func hintFor(rv reflect.Value) string {
	if rv.CanAddr() {
		if h, ok := rv.Addr().Interface().(Hinter); ok {
			return h.Hint()
		}
	}
	switch rv.Kind() {
	case reflect.String:
		return `"…"`
	case reflect.Int, reflect.Int64, reflect.Int32, reflect.Float64:
		return "5"
	case reflect.Bool:
		return "true"
	case reflect.Slice:
		if rv.Type().Elem().Kind() == reflect.String {
			return `["…", "…"]`
		}
		return "[…]"
	}
	return "…"
}

// describe names a parsed value for messages: `"yesterday" (text)`.
func describe(v any) string {
	switch v := v.(type) {
	case string:
		return strconv.Quote(v) + " (text)"
	case int64:
		return strconv.FormatInt(v, 10) + " (a number)"
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64) + " (a number)"
	case bool:
		return strconv.FormatBool(v)
	case time.Time:
		return v.Format("2006-01-02") + " (a date)"
	case []any, []map[string]any:
		return "a list"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%v", v)
}
