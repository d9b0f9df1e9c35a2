package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/xml"
	"github.com/tdewolff/parse/v2/buffer"
)

// Writer collects a build's files in a temporary folder. It is safe for
// concurrent use by the renderers' workers.
type Writer struct {
	dest string // absolute
	tmp  string // absolute, beside dest
	opts Options
	m    *minify.M

	mu      sync.Mutex
	written map[string]string // output path -> who wrote it, to catch two pages on one path
	// folders are the folders of written paths (slash-separated, relative
	// to the output root): who first wrote inside, to catch a file over a
	// folder, and whether the folder is made, to save a Mkdir per file.
	// Its keys are slices of the paths written, so a folder costs the
	// build a map entry only.
	folders map[string]folder
	mem     map[string][]byte // the files, when the writer keeps them in memory (serve)

	gate       sync.RWMutex // writes hold it shared; Cancel and Commit take it alone to change state
	state      state
	cancelOnce sync.Once
	marker     *os.File // the temporary folder's marker, locked while the build runs
	umasked    bool     // the umask takes bits from 0755 or 0644: set modes explicitly
}

// folder is a folder of the output, as the writer knows it.
type folder struct {
	who  string // the source that first wrote inside it
	made bool   // made in the temporary folder already
}

type state int

const (
	open       state = iota // files may be written
	committing              // Commit has begun: the swap will finish
	cancelled               // Cancel or Abort removed the temporary folder
)

// Options say what a writer to disk builds.
type Options struct {
	// Scope is the edition being built, "public" or "internal". It is
	// recorded in the marker, and a destination built with another scope is
	// refused (*ScopeError).
	Scope string
	// Unrecorded is the scope assumed for a destination whose marker
	// records none (written by gongkai before it recorded scopes).
	Unrecorded string
	// Test holds hooks for crash tests; it is nil outside tests.
	Test *TestHooks
}

// TestHooks let a test stop a build at a named point of its swap, to kill
// it there, or force the swap used where folders cannot be exchanged. Only
// tests set them (cmd/gongkai's TestMain, from environment variables, in a
// copy of the test binary run as gongkai); the gongkai binary never does.
type TestHooks struct {
	// Pause is called at "commit" (the new folder is complete), "swap" (the
	// parent's lock is held, the swap is next), "renamed" (two-rename swap
	// only: the previous output is aside, the new one not yet in place) and
	// "swapped" (the new output is in place, the previous not yet removed).
	Pause func(point string)
	// NoExchange swaps with two renames, as where exchange is unsupported.
	NoExchange bool
}

func (w *Writer) pause(point string) {
	if w.opts.Test != nil && w.opts.Test.Pause != nil {
		w.opts.Test.Pause(point)
	}
}

// New prepares a temporary folder beside dest (so the final rename stays on
// one file system) and checks that dest may be replaced. First, under the
// lock of dest's parent, it finishes a swap that a killed build left half
// done and removes the folders killed builds left behind.
func New(dest string, opts Options) (*Writer, error) {
	dest, err := resolve(dest)
	if err != nil {
		return nil, err
	}
	parent := filepath.Dir(dest)
	if err := makeParents(parent); err != nil {
		return nil, fmt.Errorf("output folder %s: cannot make %s: %w", dest, parent, unwrapPath(err))
	}
	unlock, err := lockDir(parent)
	if err != nil {
		return nil, fmt.Errorf("output folder %s: cannot lock %s: %w", dest, parent, unwrapPath(err))
	}
	defer unlock()
	recoverSwap(dest)
	cleanLeftovers(dest)
	if err := checkDest(dest, opts); err != nil {
		return nil, err
	}
	w := &Writer{dest: dest, opts: opts, m: newMinifier(), written: map[string]string{}, folders: map[string]folder{}}
	if err := w.makeTemp(); err != nil {
		return nil, fmt.Errorf("output folder %s: cannot write a temporary folder beside it in %s (%w); make %s writable or choose another output folder with -d", dest, parent, unwrapPath(err), parent)
	}
	return w, nil
}

// resolve makes dest absolute and, when it is a symlink, follows it: the
// folder it points to is the one replaced, and the link stays a link.
func resolve(dest string) (string, error) {
	abs, err := filepath.Abs(dest)
	if err != nil {
		return "", err
	}
	if fi, err := os.Lstat(abs); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			return real, nil
		}
	}
	return abs, nil
}

// makeParents makes the folders above the output that do not exist yet,
// 0755 as the output's own.
func makeParents(dir string) error {
	if _, err := os.Stat(dir); err == nil {
		return nil
	}
	if err := makeParents(filepath.Dir(dir)); err != nil {
		return err
	}
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	return os.Chmod(dir, 0o755)
}

// makeTemp makes the temporary folder with its marker, locked. It runs
// under the parent's lock, so a cleaner never sees the folder without its
// marker.
func (w *Writer) makeTemp() error {
	parent := filepath.Dir(w.dest)
	for range 100 {
		w.tmp = filepath.Join(parent, tmpPrefix(w.dest)+strconv.FormatUint(uint64(rand.Uint32()), 10))
		err := os.Mkdir(w.tmp, 0o755)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return err
		}
		if err := w.writeMarker(); err != nil {
			_ = os.RemoveAll(w.tmp)
			return err
		}
		return nil
	}
	return fmt.Errorf("no free temporary name beside %s", w.dest)
}

func newMinifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, KeepSpecialComments: false})
	m.AddFunc("text/css", css.Minify)
	m.Add("application/javascript", &js.Minifier{KeepVarNames: false})
	m.AddFunc("application/json", json.Minify)
	m.AddFunc("application/manifest+json", json.Minify)
	m.AddFunc("image/svg+xml", minifySVG)
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
	mt, ok := mediaTypes[path.Ext(name)]
	switch {
	case !ok:
	case w.mem == nil:
		return w.putMinified(name, mt, data)
	default:
		// into a buffer of data's size, which the memory writer keeps
		out := buffer.NewWriter(make([]byte, 0, len(data)))
		if err := w.minify(out, mt, data); err != nil {
			return fmt.Errorf("minifying %s: %w", name, err)
		}
		data = out.Bytes()
	}
	return w.put(name, data)
}

// minify minifies data of the media type into out, reading data in place
// (a bytes.Reader would be copied into the minifier's own buffer first).
func (w *Writer) minify(out *buffer.Writer, mediaType string, data []byte) error {
	if mediaType == "text/html" {
		return w.minifyHTML(out, data)
	}
	return w.m.Minify(mediaType, out, buffer.NewReader(data))
}

// putMinified minifies data into a buffer of the pool and writes it to
// disk: once written, the buffer serves the next file, so a build does not
// allocate (and collect) a second copy of every file it writes.
func (w *Writer) putMinified(name, mediaType string, data []byte) error {
	pooled := minified.Get().(*[]byte)
	out := buffer.NewWriter((*pooled)[:0])
	err := w.minify(out, mediaType, data)
	if err == nil {
		err = w.put(name, out.Bytes())
	} else {
		err = fmt.Errorf("minifying %s: %w", name, err)
	}
	if b := out.Bytes(); cap(b) <= maxPooled {
		*pooled = b
		minified.Put(pooled)
	}
	return err
}

// minified are the buffers files are minified into before they are
// written to disk, up to maxPooled bytes each.
var minified = sync.Pool{New: func() any { return new([]byte) }}

const maxPooled = 1 << 20

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
	if name == Marker {
		return w.claim(name, who) // refused: the marker is gongkai's own
	}
	w.mu.Lock()
	w.written[name] = who
	w.mu.Unlock()
	return w.put(name, data)
}

// claim records that who writes name, and refuses a path written twice, a
// file where another source writes a folder, and a folder where another
// writes a file.
func (w *Writer) claim(name, who string) error {
	if !fs.ValidPath(name) || name == "." {
		return fmt.Errorf("invalid output path %q", name)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if prev, dup := w.written[name]; dup {
		return fmt.Errorf("%s and %s both write %s", prev, who, name)
	}
	if prev, dup := w.folders[name]; dup {
		return fmt.Errorf("%s writes the file %s, but %s writes a folder of that name", who, name, prev.who)
	}
	for dir := path.Dir(name); dir != "."; dir = path.Dir(dir) {
		if prev, dup := w.written[dir]; dup {
			return fmt.Errorf("%s writes %s, but %s writes a file named %s", who, name, prev, dir)
		}
		if _, seen := w.folders[dir]; seen {
			break // its parents are recorded too
		}
		w.folders[dir] = folder{who: who}
	}
	w.written[name] = who
	return nil
}

// ready makes the folder of name in the temporary tree, or says why
// nothing may be written there; the caller holds w.gate for reading
// until the file is written.
func (w *Writer) ready(name string) error {
	if w.state != open {
		return errCancelled
	}
	if err := w.mkdir(path.Dir(name)); err != nil {
		return w.writeError(name, err)
	}
	return nil
}

// errCancelled is returned by writes after Cancel, Abort or Commit.
var errCancelled = errors.New("the build was stopped")

func (w *Writer) put(name string, data []byte) error {
	if w.mem != nil {
		w.keep(name, data)
		return nil
	}
	w.gate.RLock()
	defer w.gate.RUnlock()
	if err := w.ready(name); err != nil {
		return err
	}
	if err := w.writeFile(filepath.Join(w.tmp, filepath.FromSlash(name)), data); err != nil {
		return w.writeError(name, err)
	}
	return nil
}

// writeError names the file in the output folder, not in the temporary
// folder the user never sees: "writing public/x/index.html: no space left
// on device".
func (w *Writer) writeError(name string, err error) error {
	return fmt.Errorf("writing %s: %w", filepath.Join(w.dest, filepath.FromSlash(name)), unwrapPath(err))
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// mkdir makes dir (slash-separated, relative to the output root) and the
// folders above it in the temporary folder, 0755.
func (w *Writer) mkdir(dir string) error {
	if dir == "." {
		return nil
	}
	w.mu.Lock()
	f := w.folders[dir]
	w.mu.Unlock()
	if f.made {
		return nil
	}
	if err := w.mkdir(path.Dir(dir)); err != nil {
		return err
	}
	full := filepath.Join(w.tmp, filepath.FromSlash(dir))
	err := os.Mkdir(full, 0o755)
	switch {
	case errors.Is(err, fs.ErrExist): // made by another worker
	case err != nil:
		return err
	case w.umasked:
		if err := os.Chmod(full, 0o755); err != nil {
			return err
		}
	}
	w.mu.Lock()
	f = w.folders[dir]
	f.made = true
	w.folders[dir] = f
	w.mu.Unlock()
	return nil
}

func (w *Writer) writeFile(name string, data []byte) error {
	return writeFile(name, data, w.umasked)
}

// writeFileOS is writeFile through os.File, where the file's descriptor is
// not written to directly (writefile_unix.go).
func writeFileOS(name string, data []byte, chmod bool) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil && chmod {
		err = f.Chmod(0o644)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
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
		if k != Marker {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// Dir is the temporary folder being written, an absolute path, for steps
// (PDF printing) that read the build's own files before it is committed.
func (w *Writer) Dir() string { return w.tmp }

// Dest is the output folder, an absolute path with symlinks followed.
func (w *Writer) Dest() string { return w.dest }
