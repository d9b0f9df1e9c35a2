package kiosk_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// These tests run the kiosk pages on the fake clock of browsertest: the
// test moves time on, both clocks together (run) or the PC's clock alone
// (jump), and the page's timer runs at each of its steps, with the answers
// to its requests in before time moves on. What a screen does in a fake
// minute or a fake quarter of an hour takes a second or two, and is the
// same on a busy machine as on an idle one.

// fakeClock is a kiosk page in a tab whose clock the test moves.
type fakeClock struct {
	*browsertest.Clock
	t   *testing.T
	ctx context.Context
}

// openOnFakeClock opens url on a fake clock that starts at start (RFC 3339).
func openOnFakeClock(t *testing.T, url, start string, w, h int) *fakeClock {
	t.Helper()
	ctx := browsertest.Context(t)
	c := browsertest.InstallClock(t, ctx, at(t, start))
	open(t, ctx, url, w, h)
	return &fakeClock{Clock: c, t: t, ctx: ctx}
}

// run moves both clocks on by d, stopping at each tick of the page's
// timer, or for long runs in steps of step.
func (c *fakeClock) run(d, step time.Duration) {
	c.t.Helper()
	if step <= 250*time.Millisecond {
		c.Advance(d)
	} else {
		c.AdvanceInSteps(d, step)
	}
}

// jump sets the PC's clock by d; the monotonic clock does not move.
func (c *fakeClock) jump(d time.Duration) { c.t.Helper(); c.Jump(d) }

// fakeServer serves a built site, counting requests, and changes what it
// answers as a test says: a new build, new page code, a page cut short, a
// manifest that fails.
type fakeServer struct {
	*httptest.Server
	dir  string
	mu   sync.Mutex
	edit func(path string, body []byte) []byte
	fail bool
	seen []string // request URIs, in order
}

func newFakeServer(t *testing.T, dir string) *fakeServer {
	s := &fakeServer{dir: dir}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *fakeServer) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.seen = append(s.seen, r.URL.RequestURI())
	edit, fail := s.edit, s.fail
	s.mu.Unlock()
	p := r.URL.Path
	if strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	if fail && path.Base(p) == "manifest.json" {
		http.Error(w, "database is down", http.StatusInternalServerError)
		return
	}
	body, err := os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(p)))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if edit != nil {
		body = edit(p, body)
	}
	w.Header().Set("Cache-Control", "no-store")
	if strings.HasSuffix(p, ".json") {
		w.Header().Set("Content-Type", "application/json")
	} else {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
	}
	w.Write(body)
}

func (s *fakeServer) set(edit func(path string, body []byte) []byte, fail bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.edit, s.fail = edit, fail
}

// count counts the requests so far whose URI contains each of parts.
func (s *fakeServer) count(parts ...string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
next:
	for _, u := range s.seen {
		for _, p := range parts {
			if !strings.Contains(u, p) {
				continue next
			}
		}
		n++
	}
	return n
}

// replacing is an edit that replaces old with new in every file.
func replacing(pairs ...string) func(string, []byte) []byte {
	r := strings.NewReplacer(pairs...)
	return func(_ string, body []byte) []byte { return []byte(r.Replace(string(body))) }
}

// ending is the lobby's notice whose last day is 2026-11-27, on its slides
// and in the notice panel.
const (
	ending      = "cadre/2026-11-renqian-gongshi"
	endingCount = `document.querySelectorAll('#stage [data-id="` + ending + `"], #stage .notices li[data-end="2026-11-27"]').length`
)

func (c *fakeClock) endingShown() int {
	var n int
	eval(c.t, c.ctx, endingCount, &n)
	return n
}

// TestClockSetBack: the PC's clock set back an hour after midnight stops
// neither the polls nor the slides, and a new build put on screen then
// (and again once the screen follows the clock, ten minutes later) does not
// bring back the notice that ended at midnight.
func TestClockSetBack(t *testing.T) {
	t.Parallel()
	dir, _ := builtExample(t)
	srv := newFakeServer(t, dir)
	c := openOnFakeClock(t, srv.URL+"/kiosk/lobby/?poll=1&slide=2", "2026-11-27T23:59:50+08:00", 1920, 1080)
	if c.endingShown() == 0 {
		t.Fatalf("%s is not on screen on its last day", ending)
	}
	c.run(20*time.Second, 250*time.Millisecond)
	if n := c.endingShown(); n != 0 || stateOf(t, c.ctx).Day != "2026-11-28" {
		t.Fatalf("after midnight: %d elements of %s, day %s", n, ending, stateOf(t, c.ctx).Day)
	}
	c.jump(-time.Hour)
	polls, slide := srv.count("manifest.json"), stateOf(t, c.ctx).Slide
	c.run(30*time.Second, 250*time.Millisecond)
	if n := srv.count("manifest.json") - polls; n < 25 {
		t.Errorf("%d polls in the 30 s after the clock went back an hour, want 30 (poll=1)", n)
	}
	if s := stateOf(t, c.ctx).Slide; s == slide {
		t.Errorf("the slides stopped when the clock went back: still %s", s)
	}
	hash := stateOf(t, c.ctx).Hash
	const fresh = "0123456789abcdef0123"
	srv.set(replacing(hash, fresh), false)
	c.run(10*time.Second, 250*time.Millisecond)
	s := stateOf(t, c.ctx)
	if s.Hash != fresh || c.endingShown() != 0 || s.Day != "2026-11-28" {
		t.Errorf("a new build after the clock went back: hash %s (want %s), %d elements of %s, day %s", s.Hash, fresh, c.endingShown(), ending, s.Day)
	}
	// ten minutes on, the screen follows the clock set back, but the day
	// items end on stays the one reached
	c.run(11*time.Minute, 5*time.Second)
	const again = "fedcba98765432100123"
	srv.set(replacing(hash, again), false)
	c.run(10*time.Second, 250*time.Millisecond)
	var clock string
	eval(t, c.ctx, `document.querySelector("#stage [data-clock]").textContent`, &clock)
	if s := stateOf(t, c.ctx); s.Hash != again || c.endingShown() != 0 || s.Day != "2026-11-28" || clock != "23:12" {
		t.Errorf("a new build once the clock set back is followed: hash %s (want %s), %d elements of %s, day %s, clock %s (want 23:12)", s.Hash, again, c.endingShown(), ending, s.Day, clock)
	}
}

// TestClockBrieflyAhead: a clock an hour ahead for five minutes before
// midnight removes nothing; once right again, the notice leaves at
// midnight. A clock that stays a day ahead is followed after ten minutes.
func TestClockBrieflyAhead(t *testing.T) {
	t.Parallel()
	dir, _ := builtExample(t)
	srv := newFakeServer(t, dir)
	c := openOnFakeClock(t, srv.URL+"/kiosk/lobby/?poll=5&slide=5", "2026-11-27T23:50:00+08:00", 1920, 1080)
	c.jump(time.Hour)
	c.run(5*time.Minute, 5*time.Second)
	if n := c.endingShown(); n == 0 || stateOf(t, c.ctx).Day != "2026-11-27" {
		t.Fatalf("with the clock an hour ahead for five minutes: %d elements of %s, day %s; want it still on screen on 2026-11-27", n, ending, stateOf(t, c.ctx).Day)
	}
	c.jump(-time.Hour)
	c.run(4*time.Minute+50*time.Second, 5*time.Second) // 23:59:50
	if n := c.endingShown(); n == 0 {
		t.Fatalf("at 23:59:50 on its last day %s has left the screen", ending)
	}
	c.run(20*time.Second, 250*time.Millisecond)
	if n := c.endingShown(); n != 0 {
		t.Errorf("after midnight %s is still on screen (%d elements)", ending, n)
	}

	d := openOnFakeClock(t, srv.URL+"/kiosk/lobby/?poll=5&slide=5", "2026-11-27T10:00:00+08:00", 1920, 1080)
	d.jump(24 * time.Hour)
	d.run(9*time.Minute, 5*time.Second)
	if n := d.endingShown(); n == 0 {
		t.Fatalf("nine minutes after the clock jumped a day ahead, %s has left the screen", ending)
	}
	d.run(2*time.Minute, 5*time.Second)
	if n, s := d.endingShown(), stateOf(t, d.ctx); n != 0 || s.Day != "2026-11-28" {
		t.Errorf("eleven minutes after the clock jumped a day ahead: %d elements of %s, day %s; want it gone on 2026-11-28", n, ending, s.Day)
	}
}

// TestBackOff: a manifest that fails, or a page that does not match its
// manifest (cut short), is asked for again after waits that double, not at
// every poll; the polls go on meanwhile and say which screen and code they
// come from.
func TestBackOff(t *testing.T) {
	t.Parallel()
	dir, _ := builtExample(t)
	srv := newFakeServer(t, dir)
	c := openOnFakeClock(t, srv.URL+"/kiosk/lobby/?poll=1&slide=600", "2026-11-27T10:00:00+08:00", 1920, 1080)
	s := stateOf(t, c.ctx)
	// a new build whose page arrives cut short
	srv.set(func(p string, body []byte) []byte {
		if path.Base(p) == "manifest.json" {
			return []byte(strings.Replace(string(body), s.Hash, "0123456789abcdef0123", 1))
		}
		return body[:len(body)/2]
	}, false)
	polls := srv.count("manifest.json")
	c.run(time.Minute, 250*time.Millisecond)
	pages := srv.count("index.html?v=")
	if n := srv.count("manifest.json") - polls; n < 55 {
		t.Errorf("%d polls in a minute while the page was cut short, want 60 (poll=1)", n)
	}
	// 1 s polls, waits of 2^n s less a quarter (Math.random is 0.5): at
	// 0, 1.5, 4.5, 10.5, 22.5 and 46.5 s
	if pages < 4 || pages > 7 {
		t.Errorf("the page cut short was fetched %d times in a minute, want 6 (a back-off from 1.5 s, doubling)", pages)
	}
	if st := stateOf(t, c.ctx); st.Hash != s.Hash || st.Pending {
		t.Errorf("a page cut short was taken: %+v", st)
	}
	if n := srv.count("manifest.json?screen=lobby&v=" + s.Code + "&t="); n != srv.count("manifest.json") {
		t.Errorf("%d of %d polls name the screen and its code (manifest.json?screen=lobby&v=%s)", n, srv.count("manifest.json"), s.Code)
	}

	// the manifest fails: polls back off too, then resume
	srv.set(nil, true)
	polls = srv.count("manifest.json")
	c.run(time.Minute, 250*time.Millisecond)
	if n := srv.count("manifest.json") - polls; n < 4 || n > 8 {
		t.Errorf("%d polls in a minute of a failing manifest, want 6 (a back-off from 1.5 s, doubling)", n)
	}
	srv.set(nil, false)
	c.run(time.Minute, 250*time.Millisecond)
	polls = srv.count("manifest.json")
	c.run(10*time.Second, 250*time.Millisecond)
	if n := srv.count("manifest.json") - polls; n < 9 {
		t.Errorf("%d polls in 10 s once the manifest answers again, want 10", n)
	}
}

// TestStaleIndicator: 数据更新于 shows the build's day, from the page
// itself, and turns amber once the data is older than stale_after (two
// days by default); a new build's day in the manifest turns it back.
func TestStaleIndicator(t *testing.T) {
	t.Parallel()
	dir, _ := builtExample(t)
	srv := newFakeServer(t, dir)
	c := openOnFakeClock(t, srv.URL+"/kiosk/lobby/?poll=60", "2026-11-28T23:50:00+08:00", 1920, 1080)
	type line struct {
		Text   string `json:"text"`
		Hidden bool   `json:"hidden"`
		Color  string `json:"color"`
	}
	read := func() line {
		var l line
		eval(t, c.ctx, `(function () { var el = document.querySelector("#stage [data-updated]"); return {text: el.textContent, hidden: el.hidden, color: getComputedStyle(el).color}; })()`, &l)
		return l
	}
	fresh := read()
	if fresh.Text != "数据更新于 2026年11月27日" || fresh.Hidden || stateOf(t, c.ctx).Stale {
		t.Fatalf("on 2026-11-28 the line is %+v, stale %v; want 数据更新于 2026年11月27日, shown, not stale", fresh, stateOf(t, c.ctx).Stale)
	}
	c.run(11*time.Minute, 5*time.Second) // past midnight: two days since 27 November began
	old := read()
	if !stateOf(t, c.ctx).Stale || old.Color == fresh.Color || old.Color != "rgb(255, 176, 32)" {
		t.Errorf("on 2026-11-29 the line is %+v, stale %v; want it amber", old, stateOf(t, c.ctx).Stale)
	}
	srv.set(replacing(`"built":"2026-11-27"`, `"built":"2026-11-29"`), false)
	c.run(time.Minute, time.Second)
	if l := read(); l.Text != "数据更新于 2026年11月29日" || stateOf(t, c.ctx).Stale {
		t.Errorf("after a build on 2026-11-29 with the same content the line is %+v, stale %v", l, stateOf(t, c.ctx).Stale)
	}
}

// TestReloadOnNewPageCode: when the manifest announces new page code, a
// display screen loads its page again at the end of its round, not
// before; a touch screen at its start screen.
func TestReloadOnNewPageCode(t *testing.T) {
	t.Parallel()
	dir, _ := builtExample(t)
	srv := newFakeServer(t, dir)
	c := openOnFakeClock(t, srv.URL+"/kiosk/lobby/?poll=1&slide=1", "2026-11-27T10:00:00+08:00", 1920, 1080)
	var slides int
	eval(t, c.ctx, `document.querySelectorAll("#stage .slide").length`, &slides)
	code := stateOf(t, c.ctx).Code
	if code == "" {
		t.Fatal("the page has no code version")
	}
	const next = "c0dec0dec0de"
	srv.set(replacing(`"code":"`+code+`"`, `"code":"`+next+`"`, `"code": "`+code+`"`, `"code": "`+next+`"`), false)
	c.run(5*time.Second, 250*time.Millisecond)
	if s := stateOf(t, c.ctx); s.Reload != next || s.Code != code {
		t.Fatalf("after the manifest announced code %s: %+v", next, s)
	}
	loads := srv.count("/kiosk/lobby/?")
	c.run(time.Duration(slides-8)*time.Second, 250*time.Millisecond)
	if n := srv.count("/kiosk/lobby/?"); n != loads {
		t.Fatalf("the page was loaded again before the end of its round (%d slides of 1 s)", slides)
	}
	// the rest of the round: the page goes away while it runs
	_ = c.TryAdvance(10 * time.Second) // the page goes away meanwhile
	waitFor(t, 10*time.Second, "the page to load again", func() bool { return srv.count("/kiosk/lobby/?") > loads })
	if err := chromedp.Run(c.ctx, chromedp.WaitReady("#stage")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 5*time.Second, "the new code", func() bool {
		var v string
		_ = chromedp.Run(c.ctx, chromedp.Evaluate(`window.gongkaiKiosk ? window.gongkaiKiosk.state().code : ""`, &v))
		return v == next
	})

	h := openOnFakeClock(t, srv.URL+"/kiosk/hall/?poll=1", "2026-11-27T10:00:00+08:00", 1080, 1920)
	srv.set(replacing(`"code":"`+code+`"`, `"code":"aaaa`+next+`"`, `"code": "`+code+`"`, `"code": "aaaa`+next+`"`), false)
	loads = srv.count("/kiosk/hall/?")
	_ = h.TryAdvance(5 * time.Second)
	waitFor(t, 10*time.Second, "the touch screen to load again at its start screen", func() bool { return srv.count("/kiosk/hall/?") > loads })
}
