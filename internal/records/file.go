package records

import (
	"fmt"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/tomlx"
)

// fileReader validates the decoded values of one file.
type fileReader struct {
	*reader
	file string
	meta *tomlx.Meta
}

func (f *fileReader) pos(path string) Pos { return Pos{File: f.file, meta: f.meta, path: path} }

// idOf is a record's id: its file's path in dir, without .toml
// ("2026/001" for records/requests/2026/001.toml).
func idOf(dir, file string) string {
	return strings.TrimSuffix(strings.TrimPrefix(file, dir+"/"), ".toml")
}

func (f *fileReader) errorf(path, format string, args ...any) {
	f.diags = append(f.diags, diag.Diagnostic{File: f.file, Line: f.pos("").Line(path), Msg: fmt.Sprintf(format, args...)})
}

// need reports a required value that is missing, unless its value was
// written and could not be read (reported already). It returns whether
// the value is there.
func (f *fileReader) need(path string, missing bool, format string, args ...any) bool {
	if !missing {
		return true
	}
	if !f.meta.Failed(path) {
		f.errorf(path, format, args...)
	}
	return false
}

// day is a written date as a day in the site's timezone.
func (f *fileReader) day(d tomlx.Date) calendar.Day {
	if d.IsZero() {
		return calendar.Day{}
	}
	return calendar.Of(d.In(f.loc), f.loc)
}

// vocab resolves a value written by key or Chinese term; "" when it is
// not written or unknown (reported).
func (f *fileReader) vocab(path, key, s string, v *config.Vocab) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	k, ok := v.Resolve(s)
	if !ok {
		f.errorf(path, "%s: %s", key, v.Unknown(s))
	}
	return k
}

// notBefore reports a date earlier than the day it follows.
func (f *fileReader) notBefore(path, key string, d, start calendar.Day, startKey string) {
	if !d.IsZero() && !start.IsZero() && d.Before(start) {
		f.errorf(path, "%s %s is before %s %s; write the day it happened, %s or later", key, d, startKey, start, start)
	}
}
