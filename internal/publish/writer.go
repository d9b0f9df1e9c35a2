package publish

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sync"
	"time"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"
)

// Marker is written at the top of every output folder. A destination that
// exists without it was not made by gongkai, and is never replaced.
const Marker = ".gongkai"

// Writer collects a build's files in a temporary folder. It is safe for
// concurrent use by the renderers' workers.
type Writer struct {
	dest string
	tmp  string
	m    *minify.M

	mu      sync.Mutex
	written map[string]string // output path -> who wrote it, to catch two pages on one path
	dirs    sync.Map          // folders already made, to save a MkdirAll per file
	mem     map[string][]byte // the files, when the writer keeps them in memory (serve)
}

// New prepares a temporary folder beside dest (so the final rename stays on
// one file system) and checks that dest may be replaced.
func New(dest string) (*Writer, error) {
	dest = filepath.Clean(dest)
	if err := checkDest(dest); err != nil {
		return nil, err
	}
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dest)+".tmp-")
	if err != nil {
		return nil, err
	}
	return &Writer{dest: dest, tmp: tmp, m: newMinifier(), written: map[string]string{}}, nil
}

func checkDest(dest string) error {
	entries, err := os.ReadDir(dest)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("output folder %s: %w", dest, err)
	}
	if len(entries) == 0 {
		return nil
	}
	if _, err := os.Stat(filepath.Join(dest, Marker)); err != nil {
		return fmt.Errorf("refusing to replace %s: it has files gongkai did not write; empty it or choose another output folder with -d", dest)
	}
	return nil
}

func newMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, KeepSpecialComments: false})
	m.AddFunc("text/css", css.Minify)
	m.Add("application/javascript", &js.Minifier{KeepVarNames: false})
	m.AddFunc("application/json", json.Minify)
	m.AddFunc("application/manifest+json", json.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFuncRegexp(regexp.MustCompile(`[/+]xml$`), xml.Minify)
	return m
}

var mediaTypes = map[string]string{
	".html": "text/html", ".css": "text/css", ".js": "application/javascript",
	".json": "application/json", ".svg": "image/svg+xml", ".xml": "text/xml",
	".webmanifest": "application/manifest+json",
}

// Write minifies data by the extension of name and writes it to the output.
// name is a slash-separated path relative to the output root. who names the
// source of the file, for the error when two sources write one path.
func (w *Writer) Write(name string, data []byte, who string) error {
	if err := w.claim(name, who); err != nil {
		return err
	}
	if mt, ok := mediaTypes[path.Ext(name)]; ok {
		var buf bytes.Buffer
		if err := w.m.Minify(mt, &buf, bytes.NewReader(data)); err != nil {
			return fmt.Errorf("minifying %s: %w", name, err)
		}
		data = buf.Bytes()
	}
	return w.put(name, data)
}

// WriteRaw writes data as it is (images, PDFs, files copied from static/).
func (w *Writer) WriteRaw(name string, data []byte, who string) error {
	if err := w.claim(name, who); err != nil {
		return err
	}
	return w.put(name, data)
}

// Replace writes data to a path already written, for static/ files that
// override the theme's. It does not minify.
func (w *Writer) Replace(name string, data []byte, who string) error {
	w.mu.Lock()
	w.written[name] = who
	w.mu.Unlock()
	return w.put(name, data)
}

func (w *Writer) claim(name, who string) error {
	if !fs.ValidPath(name) || name == "." {
		return fmt.Errorf("invalid output path %q", name)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if prev, dup := w.written[name]; dup {
		return fmt.Errorf("%s and %s both write %s", prev, who, name)
	}
	w.written[name] = who
	return nil
}

func (w *Writer) put(name string, data []byte) error {
	if w.mem != nil {
		w.keep(name, data)
		return nil
	}
	full := filepath.Join(w.tmp, filepath.FromSlash(name))
	dir := filepath.Dir(full)
	if _, made := w.dirs.Load(dir); !made {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		w.dirs.Store(dir, true)
	}
	return os.WriteFile(full, data, 0o644)
}

// Written reports whether name has been written.
func (w *Writer) Written(name string) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	_, ok := w.written[name]
	return ok
}

// Files returns every written path, sorted.
func (w *Writer) Files() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := make([]string, 0, len(w.written))
	for k := range w.written {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Dir is the temporary folder being written, for steps (PDF printing) that
// read the build's own files before it is committed.
func (w *Writer) Dir() string { return w.tmp }

// Commit swaps the new output in for the old one.
func (w *Writer) Commit() error {
	if w.mem != nil {
		return nil
	}
	if err := w.put(Marker, []byte("built by gongkai; this folder is replaced on every build\n")); err != nil {
		w.Abort()
		return err
	}
	old := ""
	if _, err := os.Stat(w.dest); err == nil {
		old = w.tmp + ".old"
		if err := os.Rename(w.dest, old); err != nil {
			w.Abort()
			return fmt.Errorf("moving the previous output aside: %w", err)
		}
	}
	if err := os.Rename(w.tmp, w.dest); err != nil {
		if old != "" {
			_ = os.Rename(old, w.dest)
		}
		w.Abort()
		return fmt.Errorf("putting the new output in place: %w", err)
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// Abort throws the temporary folder away; the destination is untouched.
func (w *Writer) Abort() {
	if w.mem != nil {
		return
	}
	_ = os.RemoveAll(w.tmp)
}

// CleanStale removes temporary folders left over an hour ago by builds that
// were killed; younger ones may belong to a build still running.
func CleanStale(dest string) {
	dest = filepath.Clean(dest)
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+".tmp-*"))
	for _, m := range matches {
		if fi, err := os.Stat(m); err == nil && time.Since(fi.ModTime()) > time.Hour {
			_ = os.RemoveAll(m)
		}
	}
}
