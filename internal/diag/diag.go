// Package diag holds the diagnostics of a run: errors and warnings with the
// file and line they are about, collected from every stage and worker, then
// sorted so output is the same on every run.
package diag

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/gongkai/gongkai/internal/msg"
)

// Severity says whether a diagnostic fails the run.
type Severity int

const (
	Error Severity = iota
	Warning
)

// Diagnostic is one message about one place in the site's files.
// File is relative to the site folder, with forward slashes.
type Diagnostic struct {
	File     string
	Line     int
	Severity Severity
	Msg      string
}

// String formats a diagnostic as the command contract promises:
// "content/x.md:4: unknown category ..." for errors and
// "content/x.md:4: warning: ..." for warnings.
func (d Diagnostic) String() string {
	return d.format(msg.En, false)
}

// Labelled formats with an explicit "error:" prefix, as `gongkai check` prints.
func (d Diagnostic) Labelled() string {
	return d.format(msg.En, true)
}

// In formats as String does, in the language l: the message translated
// (msg.Translate) and "warning:" as "警告：", after the same "file:line: ".
func (d Diagnostic) In(l msg.Lang) string {
	return d.format(l, false)
}

// LabelledIn formats as Labelled does, in the language l ("错误：").
func (d Diagnostic) LabelledIn(l msg.Lang) string {
	return d.format(l, true)
}

func (d Diagnostic) format(l msg.Lang, labelErrors bool) string {
	var b strings.Builder
	if d.File != "" {
		b.WriteString(d.File)
		if d.Line > 0 {
			fmt.Fprintf(&b, ":%d", d.Line)
		}
		b.WriteString(": ")
	}
	switch {
	case d.Severity == Warning:
		b.WriteString(msg.Label(l, msg.Warning))
	case labelErrors:
		b.WriteString(msg.Label(l, msg.Error))
	}
	b.WriteString(msg.Translate(l, d.Msg))
	return b.String()
}

func (d Diagnostic) Error() string { return d.String() }

// List is a set of diagnostics that may be appended to from many goroutines.
type List struct {
	mu    sync.Mutex
	items []Diagnostic
}

// Add records one diagnostic.
func (l *List) Add(d Diagnostic) {
	l.mu.Lock()
	l.items = append(l.items, d)
	l.mu.Unlock()
}

// Errorf records an error at file:line.
func (l *List) Errorf(file string, line int, format string, args ...any) {
	l.Add(Diagnostic{File: file, Line: line, Severity: Error, Msg: fmt.Sprintf(format, args...)})
}

// Warnf records a warning at file:line.
func (l *List) Warnf(file string, line int, format string, args ...any) {
	l.Add(Diagnostic{File: file, Line: line, Severity: Warning, Msg: fmt.Sprintf(format, args...)})
}

// Append records several diagnostics.
func (l *List) Append(ds ...Diagnostic) {
	l.mu.Lock()
	l.items = append(l.items, ds...)
	l.mu.Unlock()
}

// Sorted returns the diagnostics ordered by file, line, severity and message,
// with exact duplicates removed.
func (l *List) Sorted() []Diagnostic {
	l.mu.Lock()
	out := slices.Clone(l.items)
	l.mu.Unlock()
	Sort(out)
	return slices.Compact(out)
}

// Sort orders diagnostics by file, line, severity and message.
func Sort(ds []Diagnostic) {
	slices.SortFunc(ds, func(a, b Diagnostic) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Severity, b.Severity),
			cmp.Compare(a.Msg, b.Msg),
		)
	})
}

// HasErrors reports whether any diagnostic is an error.
func (l *List) HasErrors() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return CountErrors(l.items) > 0
}

// CountErrors counts the errors among ds.
func CountErrors(ds []Diagnostic) int {
	n := 0
	for _, d := range ds {
		if d.Severity == Error {
			n++
		}
	}
	return n
}

// Errors is a sorted list of diagnostics used as a Go error, so a build can
// fail with every message at once.
type Errors []Diagnostic

func (e Errors) Error() string {
	lines := make([]string, len(e))
	for i, d := range e {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}
