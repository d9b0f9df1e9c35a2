package layout

import (
	"bytes"
	"fmt"
	"html/template"
	"reflect"
	"strings"
	"unicode/utf8"
)

// The escapers html/template puts into every action, on one value. Where
// html/template calls them they take any number of values (...any), and
// text/template calls them by reflection, which makes a slice of the
// values and sets each: on a page of a hundred actions, much of what an
// action costs. These are the same functions on one value, as Go 1.26's
// html/template (content.go, html.go, url.go; BSD licence, The Go
// Authors) writes them, which fast.go puts under their names once a
// page's templates are escaped. TestEscapersAsHTMLTemplate compares them
// with html/template itself, in every context it puts them in.

// escapers are those fast.go replaces, by their names in an escaped
// template.
var escapers = map[string]func(any) string{
	"_html_template_htmlescaper":   htmlEscaper,
	"_html_template_attrescaper":   attrEscaper,
	"_html_template_rcdataescaper": rcdataEscaper,
	"_html_template_urlfilter":     urlFilter,
	"_html_template_urlnormalizer": func(a any) string { return urlProcessor(true, a) },
	"_html_template_urlescaper":    func(a any) string { return urlProcessor(false, a) },
}

type contentType int

const (
	contentTypePlain contentType = iota
	contentTypeCSS
	contentTypeHTML
	contentTypeHTMLAttr
	contentTypeJS
	contentTypeJSStr
	contentTypeURL
	contentTypeSrcset
)

var (
	errorType       = reflect.TypeFor[error]()
	fmtStringerType = reflect.TypeFor[fmt.Stringer]()
)

// indirect is html/template's: a through its pointers, unless nil.
func indirect(a any) any {
	if a == nil {
		return nil
	}
	if t := reflect.TypeOf(a); t.Kind() != reflect.Pointer {
		return a
	}
	v := reflect.ValueOf(a)
	for v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	return v.Interface()
}

// indirectToStringerOrError is html/template's: a through its pointers
// until a fmt.Stringer or an error.
func indirectToStringerOrError(a any) any {
	if a == nil {
		return nil
	}
	v := reflect.ValueOf(a)
	for !v.Type().Implements(fmtStringerType) && !v.Type().Implements(errorType) && v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	return v.Interface()
}

// stringify is html/template's stringify of one value.
func stringify(a any) (string, contentType) {
	switch s := indirect(a).(type) {
	case string:
		return s, contentTypePlain
	case template.CSS:
		return string(s), contentTypeCSS
	case template.HTML:
		return string(s), contentTypeHTML
	case template.HTMLAttr:
		return string(s), contentTypeHTMLAttr
	case template.JS:
		return string(s), contentTypeJS
	case template.JSStr:
		return string(s), contentTypeJSStr
	case template.URL:
		return string(s), contentTypeURL
	case template.Srcset:
		return string(s), contentTypeSrcset
	}
	if a == nil { // an untyped nil is skipped: nothing is written
		return "", contentTypePlain
	}
	return fmt.Sprint(indirectToStringerOrError(a)), contentTypePlain
}

var htmlReplacementTable = []string{
	0:    "\uFFFD",
	'"':  "&#34;",
	'&':  "&amp;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'>':  "&gt;",
}

// htmlReplacer is html/template's htmlReplacer with badRunes set, as
// htmlEscaper and attrEscaper call it.
func htmlReplacer(s string, table []string) string {
	written, b := 0, new(strings.Builder)
	r, w := rune(0), 0
	for i := 0; i < len(s); i += w {
		r, w = utf8.DecodeRuneInString(s[i:])
		if int(r) < len(table) {
			if repl := table[r]; len(repl) != 0 {
				if written == 0 {
					b.Grow(len(s))
				}
				b.WriteString(s[written:i])
				b.WriteString(repl)
				written = i + w
			}
		}
	}
	if written == 0 {
		return s
	}
	b.WriteString(s[written:])
	return b.String()
}

func htmlEscaper(a any) string {
	s, t := stringify(a)
	if t == contentTypeHTML {
		return s
	}
	return htmlReplacer(s, htmlReplacementTable)
}

func attrEscaper(a any) string {
	s, t := stringify(a)
	if t == contentTypeHTML {
		return attrOfHTML(template.HTML(s)) //nolint:gosec // escaped by html/template
	}
	return htmlReplacer(s, htmlReplacementTable)
}

var htmlNormReplacementTable = []string{
	0:    "\uFFFD",
	'"':  "&#34;",
	'\'': "&#39;",
	'+':  "&#43;",
	'<':  "&lt;",
	'>':  "&gt;",
}

// rcdataEscaper escapes text in <title> and <textarea>.
func rcdataEscaper(a any) string {
	s, t := stringify(a)
	if t == contentTypeHTML {
		return htmlReplacer(s, htmlNormReplacementTable)
	}
	return htmlReplacer(s, htmlReplacementTable)
}

// attrProbe is a quoted attribute, whose value html/template escapes with
// attrEscaper alone.
var attrProbe = template.Must(template.New("attr").Parse(`<a title="{{.}}">`))

// attrOfHTML is attrEscaper of HTML (its tags stripped, its text
// escaped), as html/template writes it: rare in a page, so asked of
// html/template itself.
func attrOfHTML(h template.HTML) string {
	var b bytes.Buffer
	if err := attrProbe.Execute(&b, h); err != nil {
		panic(err) // cannot fail: the probe escapes and writes to memory
	}
	return strings.TrimSuffix(strings.TrimPrefix(b.String(), `<a title="`), `">`)
}

const filterFailsafe = "ZgotmplZ"

func urlFilter(a any) string {
	s, t := stringify(a)
	if t == contentTypeURL {
		return s
	}
	if !isSafeURL(s) {
		return "#" + filterFailsafe
	}
	return s
}

func isSafeURL(s string) bool {
	if protocol, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(protocol, "/") {
		if !strings.EqualFold(protocol, "http") && !strings.EqualFold(protocol, "https") && !strings.EqualFold(protocol, "mailto") {
			return false
		}
	}
	return true
}

// urlProcessor is urlNormalizer (norm) or urlEscaper of a value.
func urlProcessor(norm bool, a any) string {
	s, t := stringify(a)
	if t == contentTypeURL {
		norm = true
	}
	var b strings.Builder
	if processURLOnto(s, norm, &b) {
		return b.String()
	}
	return s
}

func processURLOnto(s string, norm bool, b *strings.Builder) bool {
	i := 0
	for i < len(s) && keepURLByte(s, i, norm) {
		i++
	}
	if i == len(s) { // nothing to escape: html/template writes s as it is
		return false
	}
	b.Grow(len(s) + 16)
	written := 0
	for n := len(s); i < n; i++ {
		if keepURLByte(s, i, norm) {
			continue
		}
		b.WriteString(s[written:i])
		fmt.Fprintf(b, "%%%02x", s[i])
		written = i + 1
	}
	b.WriteString(s[written:])
	return true
}

// keepURLByte reports whether processURLOnto writes s[i] as it is.
func keepURLByte(s string, i int, norm bool) bool {
	switch c := s[i]; c {
	case '!', '#', '$', '&', '*', '+', ',', '/', ':', ';', '=', '?', '@', '[', ']':
		return norm
	case '-', '.', '_', '~':
		return true
	case '%':
		return norm && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])
	default:
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
