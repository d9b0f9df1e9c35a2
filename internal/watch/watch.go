package watch

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watched are the folders of a site whose changes trigger a rebuild, beside
// site.toml.
var watched = []string{"content", "layouts", "themes", "static", "archetypes"}

// Batch is the changes of one burst of events.
type Batch struct {
	Paths []string // slash-separated, relative to the site folder
	Lost  bool     // the watcher lost events: forget everything
}

// Watcher turns fsnotify events under a site into batches.
type Watcher struct {
	root    string
	fsw     *fsnotify.Watcher
	quiet   time.Duration // a batch is sent after this long without events
	maxWait time.Duration // … or this long after its first event
	logf    func(format string, args ...any)
}

// New watches the site folder root (absolute, symbolic links resolved).
// A batch is sent after quiet without events, or 20 times quiet after its
// first event; logf reports folders that cannot be watched.
func New(root string, quiet time.Duration, logf func(string, ...any)) (*Watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &Watcher{root: root, fsw: fsw, quiet: quiet, maxWait: 20 * quiet, logf: logf}
	if err := fsw.Add(root); err != nil {
		fsw.Close()
		return nil, err
	}
	for _, dir := range watched {
		w.addTree(filepath.Join(root, dir))
	}
	return w, nil
}

// addTree watches dir and every folder under it. Files created in a folder
// before its watch was added are found by the build, which walks the folder.
func (w *Watcher) addTree(dir string) {
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if p != dir && ignored(d.Name()) {
			return filepath.SkipDir
		}
		if err := w.fsw.Add(p); err != nil {
			w.logf("cannot watch %s: %v; changes there will not be picked up until serve is restarted", p, err)
		}
		return nil
	})
}

// ignored are editor leftovers that no part of the build reads.
func ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~")
}

// relevant returns the site-relative path of an event that matters, or "".
func (w *Watcher) relevant(ev fsnotify.Event) string {
	if ev.Op == fsnotify.Chmod {
		return ""
	}
	rel, err := filepath.Rel(w.root, ev.Name)
	if err != nil || strings.HasPrefix(rel, "..") || ignored(filepath.Base(rel)) {
		return ""
	}
	rel = filepath.ToSlash(rel)
	top, _, nested := strings.Cut(rel, "/")
	if !nested && (top == "site.toml" || top == "urls.txt") {
		return rel
	}
	for _, dir := range watched {
		if top == dir {
			return rel
		}
	}
	return ""
}

// Run sends batches until done is closed. While the receiver is busy
// building, events keep being gathered into the next batch.
func (w *Watcher) Run(done <-chan struct{}, out chan<- Batch) {
	var cur Batch
	seen := map[string]bool{}
	quiet := time.NewTimer(time.Hour)
	quiet.Stop()
	var first time.Time
	ready := false
	for {
		var send chan<- Batch
		if ready {
			send = out
		}
		select {
		case <-done:
			return
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			p := w.handle(ev)
			if p == "" {
				continue
			}
			if !seen[p] {
				seen[p] = true
				cur.Paths = append(cur.Paths, p)
			}
			if first.IsZero() {
				first = time.Now()
			}
			ready = false
			quiet.Reset(min(w.quiet, max(0, w.maxWait-time.Since(first))))
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			w.logf("watching files: %v; reading the whole site again", err)
			cur.Lost, ready = true, true
		case <-quiet.C:
			ready = len(cur.Paths) > 0 || cur.Lost
		case send <- cur:
			cur, seen, first, ready = Batch{}, map[string]bool{}, time.Time{}, false
		}
	}
}

// handle watches new folders and returns the event's path if it matters.
func (w *Watcher) handle(ev fsnotify.Event) string {
	p := w.relevant(ev)
	if p == "" {
		return ""
	}
	if ev.Has(fsnotify.Create) {
		if fi, err := os.Stat(ev.Name); err == nil && fi.IsDir() {
			w.addTree(ev.Name)
		}
	}
	return p
}

// Close stops watching.
func (w *Watcher) Close() error { return w.fsw.Close() }
