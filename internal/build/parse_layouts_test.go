package build

import (
	"io/fs"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongkai/gongkai/internal/synth"
)

// TestLayoutsParseWhileContentLoads: a build parses its layouts while the
// content loads (parseAside), not after the model is built: here the
// content cannot be read until a site's layout has been read a second
// time (the first is layout.ShowsBodies, before the content), which on
// a build that parses only after the content never happens. The deadline
// only bounds how long such a build hangs before the test fails.
// (Its file sorts after memory_test.go: TestMemoryPerItem measures more
// per item in a process that has built a synthetic site before.)
func TestLayoutsParseWhileContentLoads(t *testing.T) {
	m := fstest.MapFS{"site.toml": &fstest.MapFile{Data: []byte(synth.SiteTOML)},
		"layouts/partials/site-title.html": &fstest.MapFile{Data: []byte(`{{define "partials/site-title.html"}}{{.Site.Config.Title}}{{end}}`)}}
	for _, f := range synth.Files(40, 1) {
		m[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	g := &gateFS{m: m, file: "layouts/partials/site-title.html", open: make(chan struct{})}
	res, err := Run(Options{SiteDir: ".", FS: g, Dest: filepath.Join(t.TempDir(), "public"), Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if g.timedOut {
		t.Error("the content was read before the layouts were parsed: the layouts are parsed only once the site is loaded")
	}
	if res.Items == 0 {
		t.Errorf("built %d items", res.Items)
	}
}

// gateFS holds every read under content/ until file has been opened
// twice, or a deadline has passed (timedOut).
type gateFS struct {
	m        fstest.MapFS // only through Open, which holds the reads
	file     string
	mu       sync.Mutex
	opened   int
	open     chan struct{}
	timedOut bool
}

func (g *gateFS) Open(name string) (fs.File, error) {
	if name == g.file {
		g.mu.Lock()
		if g.opened++; g.opened == 2 && !g.timedOut {
			close(g.open)
		}
		g.mu.Unlock()
	}
	if strings.HasPrefix(name, "content/") && strings.HasSuffix(name, ".md") {
		select {
		case <-g.open:
		case <-time.After(20 * time.Second):
			g.mu.Lock()
			if !g.timedOut && g.opened < 2 {
				g.timedOut = true
				close(g.open) // the others need not wait too
			}
			g.mu.Unlock()
		}
	}
	return g.m.Open(name)
}
