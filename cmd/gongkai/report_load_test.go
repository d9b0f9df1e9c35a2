package main

import (
	"io/fs"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/report"
)

// countingFS counts the opens of each file.
type countingFS struct {
	fs.FS
	mu     sync.Mutex
	opened map[string]int
}

func (c *countingFS) Open(name string) (fs.File, error) {
	c.mu.Lock()
	c.opened[name]++
	c.mu.Unlock()
	return c.FS.Open(name)
}

// TestReportReadsTheSiteOnce: `gongkai report` makes its report from the
// one load a build does, so every content file is read once and every
// diagnostic comes from that load (a second read could see other files
// and its problems were dropped).
func TestReportReadsTheSiteOnce(t *testing.T) {
	fsys := &countingFS{FS: os.DirFS("../.."), opened: map[string]int{}}
	opts := &build.Options{SiteDir: "../..", FS: fsys, Now: calendar.Date(2026, 11, 27)}
	r, diags := loadReport(opts, report.Period{}, config.Public)
	if r == nil {
		t.Fatalf("the example has errors: %v", diags)
	}
	if r.Year != 2026 || r.Month != 10 || len(r.Published) == 0 {
		t.Errorf("report of %d-%d with %d items published, want October 2026's", r.Year, r.Month, len(r.Published))
	}
	n := 0
	for name, times := range fsys.opened {
		if strings.HasPrefix(name, "content/") && strings.HasSuffix(name, ".md") {
			n++
			if times != 1 {
				t.Errorf("%s was read %d times", name, times)
			}
		}
	}
	if n == 0 {
		t.Fatal("no content file was read")
	}
}
