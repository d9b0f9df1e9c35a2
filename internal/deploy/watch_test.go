package deploy

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/status"
)

// writeSite writes a small site with one notice and returns its folder.
func writeSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"site.toml": "title = \"测试县\"\nbase_url = \"https://gk.test.example/\"\n[feedback]\nphone = \"0000-1234567\"\n" +
			"[[categories]]\nkey = \"cadre\"\nlabel = \"干部选任和管理\"\nchannel = [\"web\"]\n",
		"content/cadre/wang.md": "+++\ntitle = \"关于王某同志任前公示的公告\"\ndate = 2026-11-23\nuntil = 2026-11-27\ncategory = \"cadre\"\nterm = \"immediate\"\n+++\n王某，拟任某镇党委书记。\n",
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// clock is a wall clock a test moves.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) set(t time.Time) { c.mu.Lock(); c.t = t; c.mu.Unlock() }

// TestWatch: --watch publishes at once, again after a change to a content
// file, and again on the first look at the clock after midnight in the
// site's timezone (not before).
func TestWatch(t *testing.T) {
	site := writeSite(t)
	www := filepath.Join(t.TempDir(), "www")
	cst := time.FixedZone("CST", 8*3600)
	clk := &clock{t: time.Date(2026, 11, 27, 23, 59, 0, 0, cst)}
	reports := make(chan *Report, 10)
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error)
	go func() {
		stopped <- Watch(ctx, Options{Build: build.Options{SiteDir: site}, To: www, Clock: clk.now},
			WatchOptions{Settle: 100 * time.Millisecond, Tick: 5 * time.Millisecond, Done: func(r *Report) { reports <- r }, Logf: t.Logf})
	}()
	next := func(what string) *Report {
		t.Helper()
		select {
		case r := <-reports:
			if r.Err != nil {
				t.Fatalf("%s: %v", what, r.Err)
			}
			return r
		case <-time.After(30 * time.Second):
			t.Fatalf("%s: no publish", what)
		}
		return nil
	}
	if r := next("start"); r.Day.String() != "2026-11-27" {
		t.Errorf("first publish for %s", r.Day)
	}
	page := filepath.Join(www, "cadre", "wang", "index.html")
	os.WriteFile(filepath.Join(site, "content", "cadre", "wang.md"), []byte(strings.Replace(mustRead(t, filepath.Join(site, "content", "cadre", "wang.md")), "王某，", "王某某，", 1)), 0o644)
	next("after the change")
	if !strings.Contains(mustRead(t, page), "王某某") {
		t.Error("the change was not published")
	}
	for wait := time.After(100 * time.Millisecond); ; { // twenty looks at the clock
		var r *Report
		select {
		case r = <-reports: // one save may be two batches on a busy machine
		case <-wait:
		}
		if r == nil {
			break
		}
		if r.Day.String() != "2026-11-27" {
			t.Fatalf("published for %s before midnight", r.Day)
		}
	}
	clk.set(time.Date(2026, 11, 28, 0, 0, 30, 0, cst))
	// a late batch of the save may still publish the old day first
	r := next("after midnight")
	for i := 0; i < 3 && r.Day.String() == "2026-11-27"; i++ {
		r = next("after midnight")
	}
	if r.Day.String() != "2026-11-28" {
		t.Errorf("published for %s after midnight", r.Day)
	}
	if s, _ := status.Read(www); s.Built != "2026-11-28" || !s.OK {
		t.Errorf("status after midnight: %+v", s)
	}
	cancel()
	if err := <-stopped; err != nil {
		t.Errorf("Watch: %v", err)
	}
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
