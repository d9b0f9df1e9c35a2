package records

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/plaintext"
	"github.com/gongkai/gongkai/internal/sitefs"
	"github.com/gongkai/gongkai/internal/tomlx"
)

// Dir is the folder of the registers, in the site folder.
const Dir = "records"

// The registers: folders of one file per record, and files of one table
// per record.
const (
	RequestsDir       = Dir + "/requests"
	FeedbackDir       = Dir + "/feedback"
	EvaluationsDir    = Dir + "/evaluations"
	RectificationsDir = Dir + "/rectifications"
	SupervisorsFile   = Dir + "/supervisors.toml"
	TasksFile         = Dir + "/tasks.toml"
)

// Set is every register of a site, each sorted by file (and by position
// in its file).
type Set struct {
	Requests       []*Request
	Feedback       []*Feedback
	Supervisors    []*Supervisor
	Evaluations    []*Evaluation
	Rectifications []*Rectification
	Tasks          []*Task
}

// Pos is where a record was written: its file and, for the records of a
// file of several (supervisors, tasks), its table.
type Pos struct {
	File string
	meta *tomlx.Meta
	path string // "tasks[3]", or "" for a record that is its whole file
}

// Line is the line of key in the record (of the record's table when key
// is not written, or "" for the table itself), for diagnostics.
func (p Pos) Line(key string) int {
	full := key
	if p.path != "" {
		full = strings.TrimSuffix(p.path+"."+key, ".")
	}
	if n := p.meta.Line(full); n > 0 {
		return n
	}
	if n := p.meta.Line(p.path); n > 0 {
		return n
	}
	return 1
}

// Load reads every register under records/ of fsys. A site without
// records/ has empty registers. cfg gives the timezone that dates written
// with an offset are read in.
func Load(fsys fs.FS, cfg *config.Site) (*Set, []diag.Diagnostic) {
	r := &reader{fsys: fsys, loc: time.UTC}
	if cfg != nil && cfg.Location != nil {
		r.loc = cfg.Location
	}
	set := &Set{}
	r.top()
	set.Requests = each(r, RequestsDir, (*fileReader).request)
	set.Feedback = each(r, FeedbackDir, (*fileReader).feedback)
	set.Evaluations = each(r, EvaluationsDir, (*fileReader).evaluation)
	set.Rectifications = each(r, RectificationsDir, (*fileReader).rectification)
	set.Supervisors = one(r, SupervisorsFile, (*fileReader).supervisors)
	set.Tasks = one(r, TasksFile, (*fileReader).tasks)
	diag.Sort(r.diags)
	return set, r.diags
}

// each reads the files of the register dir, one record each.
func each[F, R any](r *reader, dir string, record func(*fileReader, *F) R) []R {
	var out []R
	for _, file := range r.walk(dir) {
		v := new(F)
		if f := r.decode(file, v); f != nil {
			out = append(out, record(f, v))
		}
	}
	return out
}

// one reads the register file, a list of records.
func one[F, R any](r *reader, file string, records func(*fileReader, *F) []R) []R {
	v := new(F)
	if f := r.decode(file, v); f != nil {
		return records(f, v)
	}
	return nil
}

// reader holds what Load has found so far.
type reader struct {
	fsys  fs.FS
	loc   *time.Location
	diags []diag.Diagnostic
}

func (r *reader) error(file string, line int, format string, args ...any) {
	r.diags = append(r.diags, diag.Diagnostic{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// known are the names records/ may hold.
var known = []string{"requests", "feedback", "evaluations", "rectifications", "supervisors.toml", "tasks.toml"}

// top reports a folder or .toml file in records/ that is none of the
// registers (a misspelt "request/" would otherwise be silently not read).
// Other files (a scanned letter, a spreadsheet) are the office's own.
func (r *reader) top() {
	entries, err := fs.ReadDir(r.fsys, Dir)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			r.error(Dir, 0, "%s", sitefs.Unreadable(Dir, true, err))
		}
		return
	}
	for _, e := range entries {
		name := e.Name()
		if hidden(name) || slices.Contains(known, name) || !e.IsDir() && !strings.HasSuffix(name, ".toml") {
			continue
		}
		r.error(Dir+"/"+name, 0, "gongkai does not know this register%s; the registers are %s",
			diag.DidYouMean(name, known), strings.Join(known, ", "))
	}
}

// walk lists the .toml files under dir, in sub-folders too (an office
// may keep a folder per year), sorted.
func (r *reader) walk(dir string) []string {
	var files []string
	_ = fs.WalkDir(r.fsys, dir, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil && p == dir && errors.Is(err, fs.ErrNotExist):
			return fs.SkipAll
		case err != nil:
			r.error(p, 0, "%s", sitefs.Unreadable(p, true, err))
			return nil
		case hidden(d.Name()) && p != dir:
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		case d.Type()&fs.ModeSymlink != 0:
			if problem := sitefs.Link(r.fsys, p); problem != "" {
				r.error(p, 0, "%s", problem)
				return nil
			}
		}
		if !d.IsDir() && strings.HasSuffix(p, ".toml") {
			files = append(files, p)
		}
		return nil
	})
	slices.Sort(files)
	return files
}

func hidden(name string) bool { return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") }

// decode reads file into v; it returns nil when the file does not exist,
// cannot be read or is not TOML (reported).
func (r *reader) decode(file string, v any) *fileReader {
	data, err := fs.ReadFile(r.fsys, file)
	if errors.Is(err, fs.ErrNotExist) && (file == SupervisorsFile || file == TasksFile) {
		return nil
	}
	if err != nil {
		r.error(file, 0, "%s", sitefs.Unreadable(file, false, err))
		return nil
	}
	if line, problem := plaintext.Check(data); problem != "" {
		r.error(file, line, "%s", problem)
		return nil
	}
	meta, diags := tomlx.Decode(file, 1, strings.TrimPrefix(string(data), plaintext.BOM), v)
	r.diags = append(r.diags, diags...)
	if meta.SyntaxError {
		return nil
	}
	return &fileReader{reader: r, file: file, meta: meta}
}
