package browsertest_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

func TestMain(m *testing.M) { os.Exit(browsertest.Main(m)) }

// clockPage logs what its timers see: Date.now and performance.now at a
// 250 ms interval's ticks and at a 1 s timeout.
const clockPage = `<!doctype html><title>clock</title><script>
var log = [];
function note(what) { log.push(what + " " + (Date.now() - START) + " " + performance.now() + " " + (new Date().getTime() - START)); }
setInterval(function () { note("tick"); }, 250);
setTimeout(function () { note("once"); }, 1000);
var never = setTimeout(function () { note("never"); }, 500);
clearTimeout(never);
</script>`

// TestClockMovesEverythingTogether: Advance fires every timer at its time
// with Date and performance.now moved together; Jump moves Date alone and
// fires nothing; Set fires each timer due once; a reload goes on at the
// wall time it left.
func TestClockMovesEverythingTogether(t *testing.T) {
	start := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	dir := t.TempDir()
	page := []byte("<script>var START = " + itoa(start.UnixMilli()) + ";</script>" + clockPage)
	if err := os.WriteFile(filepath.Join(dir, "index.html"), page, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := browsertest.Context(t)
	c := browsertest.InstallClock(t, ctx, start)
	if err := chromedp.Run(ctx, chromedp.Navigate(browsertest.Serve(t, dir)+"/"), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}
	log := func() []string {
		var l []string
		if err := chromedp.Run(ctx, chromedp.Evaluate(`log.splice(0)`, &l)); err != nil {
			t.Fatal(err)
		}
		return l
	}
	if l := log(); len(l) != 0 {
		t.Fatalf("timers fired before the clock moved: %q", l)
	}
	c.Advance(time.Second)
	want := []string{"tick 250 250 250", "tick 500 500 500", "tick 750 750 750", "tick 1000 1000 1000", "once 1000 1000 1000"}
	if l := log(); !slices.Equal(l, want) {
		t.Errorf("after Advance(1s): %q, want %q", l, want)
	}
	c.Jump(-time.Hour)
	if l := log(); len(l) != 0 || !c.Now().Equal(start.Add(time.Second-time.Hour)) {
		t.Errorf("Jump fired %q, clock %v", l, c.Now())
	}
	c.Set(start.Add(time.Second)) // an hour on for both clocks, in one step
	if l := log(); !slices.Equal(l, []string{"tick 1000 3601000 1000"}) {
		t.Errorf("after Set: %q, want one tick an hour on", l)
	}
	c.AdvanceInSteps(time.Second, time.Second)
	if l := log(); len(l) != 4 || l[3] != "tick 2000 3602000 2000" {
		t.Errorf("AdvanceInSteps(1s, 1s): %q, want four ticks at its end", l)
	}
	if err := chromedp.Run(ctx, chromedp.Reload(), chromedp.WaitReady("body")); err != nil {
		t.Fatal(err)
	}
	c.Advance(250 * time.Millisecond)
	if l := log(); !slices.Equal(l, []string{"tick 2250 250 2250"}) {
		t.Errorf("after a reload: %q, want the wall clock going on, the monotonic from 0", l)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
