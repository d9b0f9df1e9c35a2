package browsertest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// A Clock is the fake clock of a tab: a script run before the page's own
// replaces Date (Date.now, new Date()), performance.now, setTimeout,
// setInterval and their clear functions, and Math.random (always 0.5), so
// that time moves only when the test moves it and what a page does in a
// fake hour takes a moment, the same on a busy machine as on an idle one.
//
// The wall clock (Date) and the monotonic clock (performance.now) move
// together (Advance, Set) or the wall clock alone (Jump: the PC's clock set
// by hand). A page's timers fire when the monotonic clock reaches them; a
// step ends once no request of the page (XMLHttpRequest, fetch) is in
// flight, so the answers are in before time moves on.
//
// The clock holds across reloads of the page: a page loaded again goes on
// at the wall time it left (its monotonic clock starts again at 0, as a
// browser's does).
type Clock struct {
	t   testing.TB
	ctx context.Context
}

// installed is the clock script of each tab, replaced by a new InstallClock.
var installed sync.Map // context.Context → page.ScriptIdentifier

// InstallClock gives the tab ctx a fake clock standing at start, for the
// pages it loads next: call it before navigating. A second call for the
// same tab replaces the first clock.
func InstallClock(t testing.TB, ctx context.Context, start time.Time) *Clock {
	t.Helper()
	src := strings.NewReplacer("START", fmt.Sprint(start.UnixMilli()), "GENERATION", fmt.Sprint(time.Now().UnixNano())).Replace(clockJS)
	err := chromedp.Run(ctx, chromedp.ActionFunc(func(exec context.Context) error {
		if old, ok := installed.Load(ctx); ok {
			if err := page.RemoveScriptToEvaluateOnNewDocument(old.(page.ScriptIdentifier)).Do(exec); err != nil {
				return err
			}
		}
		id, err := page.AddScriptToEvaluateOnNewDocument(src).Do(exec)
		installed.Store(ctx, id)
		return err
	}))
	if err != nil {
		t.Fatalf("installing the fake clock: %v", err)
	}
	t.Cleanup(func() { installed.Delete(ctx) })
	return &Clock{t: t, ctx: ctx}
}

// Advance moves both clocks on by d, stopping at each of the page's timers
// on the way, which fire in their order.
func (c *Clock) Advance(d time.Duration) {
	c.t.Helper()
	if err := c.TryAdvance(d); err != nil {
		c.t.Fatal(err)
	}
}

// AdvanceInSteps is Advance for long runs: time moves in steps of step,
// and at the end of each the timers due within it fire, each as often as
// it was due (a page's requests are answered once per step, not once per
// tick).
func (c *Clock) AdvanceInSteps(d, step time.Duration) {
	c.t.Helper()
	c.call(fmt.Sprintf("window.__gongkaiClock.advance(%d, %d)", d.Milliseconds(), step.Milliseconds()))
}

// TryAdvance is Advance for a page that may go away meanwhile (a reload):
// the error says so.
func (c *Clock) TryAdvance(d time.Duration) error {
	js := fmt.Sprintf("window.__gongkaiClock.advance(%d, 0)", d.Milliseconds())
	if err := chromedp.Run(c.ctx, chromedp.Evaluate(js, nil, awaitPromise)); err != nil {
		return fmt.Errorf("%s: %v", js, err)
	}
	return nil
}

// Set moves both clocks on to at in one step, as when a PC wakes: each
// timer due by then fires once. A time before the clock's is a Jump, not
// a Set.
func (c *Clock) Set(at time.Time) {
	c.t.Helper()
	c.call(fmt.Sprintf("window.__gongkaiClock.set(%d)", at.UnixMilli()))
}

// Jump sets the wall clock by d, either way; the monotonic clock does not
// move and no timer fires.
func (c *Clock) Jump(d time.Duration) {
	c.t.Helper()
	c.call(fmt.Sprintf("window.__gongkaiClock.jump(%d)", d.Milliseconds()))
}

// Now is the page's wall clock.
func (c *Clock) Now() time.Time {
	c.t.Helper()
	var ms int64
	if err := chromedp.Run(c.ctx, chromedp.Evaluate("window.__gongkaiClock.wall()", &ms)); err != nil {
		c.t.Fatalf("reading the fake clock: %v", err)
	}
	return time.UnixMilli(ms)
}

func (c *Clock) call(js string) {
	c.t.Helper()
	if err := chromedp.Run(c.ctx, chromedp.Evaluate(js, nil, awaitPromise)); err != nil {
		c.t.Fatalf("%s: %v", js, err)
	}
}

func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams {
	return p.WithAwaitPromise(true)
}

// clockJS is the fake clock. START is replaced by the starting time in ms
// since 1970, GENERATION by a number of this InstallClock (a reload goes on
// at the time it left only with the same clock). The real functions are
// kept once per page, so that a second clock does not wrap the first.
const clockJS = `(function () {
  var real = window.__gongkaiClockReal || (window.__gongkaiClockReal = {
    Date: Date, setTimeout: window.setTimeout.bind(window), fetch: window.fetch && window.fetch.bind(window)
  });
  var RealDate = real.Date, KEY = "gongkai-fake-clock", GEN = "GENERATION";
  var wall = START, mono = 0, timers = [], nextId = 1, inflight = 0;
  // the wall time is kept for a reload at each move (not at pagehide: a
  // listener there holds up closing the tab)
  try {
    var kept = (sessionStorage.getItem(KEY) || "").split(" ");
    if (kept[0] === GEN) { wall = +kept[1]; }
  } catch (e) { /* no storage: start again */ }
  function keep() { try { sessionStorage.setItem(KEY, GEN + " " + wall); } catch (e) { /* no storage */ } }

  function FakeDate(y, m, d, h, mi, s, ms) {
    if (!(this instanceof FakeDate)) { return new RealDate(wall).toString(); }
    var n = arguments.length;
    if (n === 0) { return new RealDate(wall); }
    if (n === 1) { return new RealDate(y); }
    return new RealDate(y, m, n > 2 ? d : 1, h || 0, mi || 0, s || 0, ms || 0);
  }
  FakeDate.now = function () { return wall; };
  FakeDate.parse = RealDate.parse;
  FakeDate.UTC = RealDate.UTC;
  FakeDate.prototype = RealDate.prototype;
  window.Date = FakeDate;
  performance.now = function () { return mono; };
  Math.random = function () { return 0.5; };

  function add(f, ms, args, every) {
    var wait = Math.max(every ? 1 : 0, +ms || 0);
    var fn = typeof f === "function" ? f : new Function(String(f));
    timers.push({ id: nextId, f: fn, args: args, ms: wait, due: mono + wait, every: every });
    return nextId++;
  }
  window.setTimeout = function (f, ms) { return add(f, ms, [].slice.call(arguments, 2), false); };
  window.setInterval = function (f, ms) { return add(f, ms, [].slice.call(arguments, 2), true); };
  window.clearTimeout = window.clearInterval = function (id) {
    timers = timers.filter(function (t) { return t.id !== id; });
  };

  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function () {
    inflight++;
    this.addEventListener("loadend", function () { inflight--; });
    return send.apply(this, arguments);
  };
  if (real.fetch) {
    window.fetch = function () {
      inflight++;
      var done = function (v) { inflight--; return v; };
      return real.fetch.apply(window, arguments).then(done, function (e) { inflight--; throw e; });
    };
  }
  function settle() {
    return new Promise(function (resolve) {
      (function wait() { if (inflight === 0) { resolve(); } else { real.setTimeout(wait, 1); } })();
    });
  }

  // fire runs the timers due now, in the order they are due; an interval
  // is due again ms after it was due (woken: after now).
  function fire(woken) {
    var ready = timers.filter(function (t) { return t.due <= mono; });
    ready.sort(function (a, b) { return a.due - b.due || a.id - b.id; });
    ready.forEach(function (t) {
      if (timers.indexOf(t) < 0) { return; } // cleared by one before
      if (t.every) { t.due = woken ? mono + t.ms : t.due + t.ms; } else { timers.splice(timers.indexOf(t), 1); }
      try { t.f.apply(window, t.args); } catch (e) { real.setTimeout(function () { throw e; }, 0); }
    });
    return ready.length;
  }
  function due() { return timers.reduce(function (m, t) { return Math.min(m, t.due); }, Infinity); }
  function move(ms) { mono += ms; wall += ms; keep(); }

  window.__gongkaiClock = {
    wall: function () { return wall; },
    jump: function (ms) { wall += ms; keep(); return true; },
    advance: async function (ms, step) {
      var end = mono + ms;
      for (var n = 0; n < 1e6 && (step > 0 ? mono < end : true); n++) {
        if (step > 0) { move(Math.min(step, end - mono)); for (var k = 0; k < 1e5 && fire(false); k++) { /* each as often as it was due */ } }
        else {
          var next = Math.min(due(), end);
          if (next > mono) { move(next - mono); }
          if (!fire(false) && mono >= end) { break; }
        }
        await settle();
      }
      await settle();
      return true;
    },
    set: async function (at) {
      if (at < wall) { throw new Error("the fake clock is set back: use Jump"); }
      move(at - wall);
      fire(true);
      await settle();
      for (var n = 0; n < 1000 && due() <= mono; n++) { fire(false); await settle(); }
      return true;
    }
  };
})();`
