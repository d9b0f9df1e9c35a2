package serve

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

// batch is the changes of one burst of events.
type batch struct {
	paths []string // slash-separated, relative to the site folder
	lost  bool     // the watcher lost events: forget everything
}

// watcher turns fsnotify events under a site into batches.
type watcher struct {
	root    string
	fsw     *fsnotify.Watcher
	quiet   time.Duration // a batch is sent after this long without events
	maxWait time.Duration // … or this long after its first event
	logf    func(format string, args ...any)
}

func newWatcher(root string, quiet time.Duration, logf func(string, ...any)) (*watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{root: root, fsw: fsw, quiet: quiet, maxWait: 20 * quiet, logf: logf}
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
func (w *watcher) addTree(dir string) {
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
func (w *watcher) relevant(ev fsnotify.Event) string {
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

// run sends batches until done is closed. While the receiver is busy
// building, events keep being gathered into the next batch.
func (w *watcher) run(done <-chan struct{}, out chan<- batch) {
	var cur batch
	seen := map[string]bool{}
	quiet := time.NewTimer(time.Hour)
	quiet.Stop()
	var first time.Time
	ready := false
	for {
		var send chan<- batch
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
				cur.paths = append(cur.paths, p)
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
			cur.lost, ready = true, true
		case <-quiet.C:
			ready = len(cur.paths) > 0 || cur.lost
		case send <- cur:
			cur, seen, first, ready = batch{}, map[string]bool{}, time.Time{}, false
		}
	}
}

// handle watches new folders and returns the event's path if it matters.
func (w *watcher) handle(ev fsnotify.Event) string {
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

func (w *watcher) close() error { return w.fsw.Close() }
