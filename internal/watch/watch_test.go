package watch

import (
	"path/filepath"
	"testing"

	"github.com/fsnotify/fsnotify"
)

// The files whose changes rebuild the preview: site.toml, urls.txt (whose
// errors the preview shows) and what is under the site's folders.
func TestRelevantChanges(t *testing.T) {
	root := filepath.FromSlash("/site")
	w := &Watcher{root: root}
	for name, want := range map[string]string{
		"site.toml": "site.toml", "urls.txt": "urls.txt", "content/cadre/wang.md": "content/cadre/wang.md",
		"notes.txt": "", "public/index.html": "", ".urls.txt.tmp-1": "", "content/x/urls.txt": "content/x/urls.txt",
	} {
		ev := fsnotify.Event{Name: filepath.Join(root, filepath.FromSlash(name)), Op: fsnotify.Write}
		if got := w.relevant(ev); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}
