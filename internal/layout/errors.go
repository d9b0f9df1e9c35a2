package layout

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/diag"
)

// stdPlace matches the position text/template writes at the start of its
// parse and execution errors, "template: NAME:LINE: MSG" or
// "template: NAME:LINE:COL: MSG". The package exposes that position only
// in the text, so it is read back here, once, at the boundary, and from
// then on it is data.
var stdPlace = regexp.MustCompile(`(?s)^template: ([^:]+):(\d+):(?:(\d+):)? (.*)$`)

// place is where a template error happened: the template's name, its line
// and column (0 when not known), and the message without the position.
type place struct {
	name      string
	line, col int
	msg       string
}

func placeOf(err error) (place, bool) {
	m := stdPlace.FindStringSubmatch(err.Error())
	if m == nil {
		return place{}, false
	}
	p := place{name: m[1], msg: m[4]}
	p.line, _ = strconv.Atoi(m[2])
	p.col, _ = strconv.Atoi(m[3])
	return p, true
}

// file names the template called name as the user finds it on disk
// ("layouts/partials/footer.html"), or fallback when name is not one of
// the set's files.
func (s *Set) file(name, fallback string) string {
	if f, ok := s.names[name]; ok {
		return f
	}
	return fallback
}

// parseError is a template that does not parse, at its own file and line.
func (s *Set) parseError(f File, err error) diag.Diagnostic {
	p, ok := placeOf(err)
	if !ok {
		return diag.Diagnostic{File: displayName(f), Msg: err.Error()}
	}
	return diag.Diagnostic{File: s.file(p.name, displayName(f)), Line: p.line, Msg: p.msg + s.hint(p.msg)}
}

// builtins are the functions of text/template every layout can call.
var builtins = []string{"and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne"}

var unknownFunc = regexp.MustCompile(`^function "([^"]+)" not defined$`)

// hint says what to write instead, where a parse error allows it.
func (s *Set) hint(msg string) string {
	if m := unknownFunc.FindStringSubmatch(msg); m != nil {
		return diag.DidYouMean(m[1], append(s.funcs, builtins...)) + "; a layout can call the theme's functions (" + strings.Join(s.funcs, ", ") + ") and Go's template functions"
	}
	if msg == "unexpected EOF" {
		return ": an {{if}}, {{range}}, {{with}}, {{block}} or {{define}} is not closed; write {{end}} where it ends"
	}
	return ""
}

// execErr names the file and line of the template that failed, which may
// be a partial or base.html, and the page kind's layout that called it.
func (s *Set) execErr(kind string, err error, hint string) error {
	layout := s.files[kind]
	p, ok := placeOf(err)
	if !ok {
		return fmt.Errorf("%s: %w%s", layout, err, hint)
	}
	file := s.file(p.name, layout)
	msg := fmt.Sprintf("%s:%d:%d: %s", file, p.line, p.col, p.msg)
	switch {
	case p.name == "base.html" && s.framed[kind]:
		msg += fmt.Sprintf(" (the layout %s defines \"main\", so base.html frames it; a layout that is a whole document, as board and kiosk layouts are, defines no \"main\")", layout)
	case file != layout:
		msg += fmt.Sprintf(" (called from the layout %s)", layout)
	}
	msg += hint
	return &execError{msg: msg, err: err}
}

// execError is a template's execution error with the message rewritten;
// it unwraps to text/template's.
type execError struct {
	msg string
	err error
}

func (e *execError) Error() string { return e.msg }
func (e *execError) Unwrap() error { return e.err }
