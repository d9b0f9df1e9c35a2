package web_test

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// The example site is built on D = 2026-11-27 and read on later days in a
// browser whose clock is set (browsertest.Clock) and whose timezone is not the
// site's: the page must read as on the day it is opened, in the site's
// calendar.

// openAt opens url in the tab on the fake clock of browsertest, standing
// at the given time in RFC 3339 ("2026-11-30T10:00:00+08:00"), so what a
// page shows never depends on how fast the test machine is.
func openAt(t *testing.T, ctx context.Context, url, at string) *browsertest.Clock {
	t.Helper()
	c := browsertest.InstallClock(t, ctx, instant(t, at))
	err := chromedp.Run(ctx,
		emulation.SetTimezoneOverride("America/New_York"),
		chromedp.Navigate(url),
		chromedp.WaitReady("body"),
	)
	if err != nil {
		t.Fatalf("opening %s at %s: %v", url, at, err)
	}
	return c
}

// instant is a time written in RFC 3339.
func instant(t *testing.T, s string) time.Time {
	t.Helper()
	when, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		t.Fatal(err)
	}
	return when
}

// read evaluates js in the page into out.
func read(t *testing.T, ctx context.Context, js string, out any) {
	t.Helper()
	if err := chromedp.Run(ctx, chromedp.Evaluate(js, out)); err != nil {
		t.Fatalf("%s: %v", js, err)
	}
}

// visible is the text of the elements matching sel that the reader sees.
func visible(t *testing.T, ctx context.Context, sel string) []string {
	t.Helper()
	var out []string
	read(t, ctx, `Array.prototype.filter.call(document.querySelectorAll(`+quote(sel)+`),
		function (el) { return el.getClientRects().length > 0; }).map(function (el) { return el.innerText.trim(); })`, &out)
	return out
}

func quote(s string) string { return fmt.Sprintf("%q", s) }

// want fails the test unless got is want.
func want[T comparable](t *testing.T, what string, got, want T) {
	t.Helper()
	if got != want {
		t.Errorf("%s: %v, want %v", what, got, want)
	}
}

// noticeLeft is the days-left text of the visible home notice titled
// with title.
func noticeLeft(t *testing.T, ctx context.Context, title string) string {
	t.Helper()
	var out string
	read(t, ctx, `(function () {
		var li = Array.prototype.find.call(document.querySelectorAll(".notice"), function (li) {
			return li.getClientRects().length > 0 && li.querySelector(".notice-title").textContent.indexOf(`+quote(title)+`) >= 0;
		});
		return li ? li.querySelector(".days-left").innerText : "(not shown)";
	})()`, &out)
	return out
}

// noEndedInForce fails the test if the page shows 公示中 for an item
// whose window has ended on day.
func noEndedInForce(t *testing.T, ctx context.Context, page, day string) {
	t.Helper()
	var wrong []string
	read(t, ctx, `Array.prototype.filter.call(document.querySelectorAll("[data-until]"), function (el) {
		return el.getAttribute("data-until") < `+quote(day)+` && el.getClientRects().length > 0 &&
			Array.prototype.some.call(el.querySelectorAll(".status, [data-status-label]"), function (s) {
				return s.getClientRects().length > 0 && s.textContent === "公示中";
			});
	}).map(function (el) { return el.innerText.slice(0, 40); })`, &wrong)
	for _, w := range wrong {
		t.Errorf("%s on %s shows 公示中 for an ended notice: %s", page, day, w)
	}
}

// TestPagesKeepTime opens pages built on D on D+3 and D+10.
func TestPagesKeepTime(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	base := browsertest.Serve(t, builtExample(t))

	// D+3: two notices have ended (11-27, 11-29), one ends today.
	openAt(t, ctx, base+"/", "2026-11-30T10:00:00+08:00")
	want(t, "header on D+3", strings.Join(visible(t, ctx, ".today"), ""), "今天是 2026年11月30日")
	want(t, "正在公示 on D+3", strings.Join(visible(t, ctx, "#notices-title .count"), ""), "5 项")
	if titles := visible(t, ctx, ".notices:not(.consultations) .notice-title"); len(titles) != 5 ||
		slices.Contains(titles, "关于王建国等同志任前公示的公告") || slices.Contains(titles, "青石镇2026年第四批发展对象公示") {
		t.Errorf("正在公示 on D+3 lists %q", titles)
	}
	want(t, "last day's countdown", noticeLeft(t, ctx, "关于陈志强、刘婷同志任前公示的公告"), "今天截止")
	want(t, "countdown", noticeLeft(t, ctx, "干部考察预告（周文斌同志）"), "还剩 2 天")
	noEndedInForce(t, ctx, "the home page", "2026-11-30")

	openAt(t, ctx, base+"/cadre/2026-11-renqian-gongshi/", "2026-11-30T10:00:00+08:00")
	want(t, "ended notice's banner", strings.Join(visible(t, ctx, ".status-banner.status-ended strong"), ""), "已结束")
	want(t, "ended notice's note", strings.Join(visible(t, ctx, ".status-banner [data-show]"), ""), "公示期已结束，本页保留备查。")

	openAt(t, ctx, base+"/cadre/2026-11-renqian-gongshi-chen/", "2026-11-30T10:00:00+08:00")
	want(t, "notice on its last day", strings.Join(visible(t, ctx, ".status-banner [data-end]"), ""), "今天是公示期最后一天")

	openAt(t, ctx, base+"/categories/cadre/", "2026-11-30T10:00:00+08:00")
	noEndedInForce(t, ctx, "a list", "2026-11-30")

	// Search reads statuses from index.json, as of the build.
	openAt(t, ctx, base+"/search/?q=王建国", "2026-11-30T10:00:00+08:00")
	waitFor(t, ctx, "search results", `document.querySelectorAll(".search-results .status").length > 0`)
	want(t, "search result's status", strings.Join(visible(t, ctx, ".search-results .status"), " "), "已结束")

	// D+10: one notice left; a monthly item is overdue since 12-07.
	openAt(t, ctx, base+"/", "2026-12-07T10:00:00+08:00")
	want(t, "header on D+10", strings.Join(visible(t, ctx, ".today"), ""), "今天是 2026年12月7日")
	want(t, "正在公示 on D+10", strings.Join(visible(t, ctx, "#notices-title .count"), ""), "1 项")
	want(t, "countdown on D+10", noticeLeft(t, ctx, "县委常委会2026年重大改革事项推进落实情况通报"), "还剩 25 天")
	want(t, "征求意见 on D+10", strings.Join(visible(t, ctx, ".consultations .days-left"), ""), "还剩 9 天")
	noEndedInForce(t, ctx, "the home page", "2026-12-07")

	openAt(t, ctx, base+"/masses/2026-10-xinfang/", "2026-12-07T10:00:00+08:00")
	want(t, "overdue item's banner", strings.Join(visible(t, ctx, ".status-banner.status-overdue strong"), ""), "逾期未更新")
	want(t, "overdue item's note", strings.Join(visible(t, ctx, ".status-banner [data-show]"), ""), "应于 2026年12月6日 前更新，已逾期。")

	catalogAsBuilt(t, ctx, base, "2026-12-07")
}

// catalogAsBuilt compares the catalog built on D and read on day with the
// catalog a build on day writes: every entry's coverage and the count.
func catalogAsBuilt(t *testing.T, ctx context.Context, base, day string) {
	t.Helper()
	openAt(t, ctx, base+"/catalog/", day+"T10:00:00+08:00")
	var got []string
	read(t, ctx, `Array.prototype.map.call(document.querySelectorAll("[data-coverage-label]"), function (el) {
		return el.className + " " + el.textContent; })`, &got)
	summary := strings.Join(visible(t, ctx, ".coverage-summary"), "")

	_, files := renderWebsite(t, day)
	html := string(files["catalog/index.html"])
	var wantLabels []string
	for _, m := range regexp.MustCompile(`<span class="(coverage [^"]+)" data-coverage-label>([^<]+)<`).FindAllStringSubmatch(html, -1) {
		wantLabels = append(wantLabels, m[1]+" "+m[2])
	}
	if !slices.Equal(got, wantLabels) {
		t.Errorf("catalog on %s:\n%q\nwant (a build on that day)\n%q", day, got, wantLabels)
	}
	built := tags.ReplaceAllString(html[strings.Index(html, `<p class="coverage-summary">`):], "")
	if wantSummary := built[:strings.Index(built, "。")+len("。")]; !strings.HasPrefix(summary, wantSummary) {
		t.Errorf("catalog summary on %s: %q, want %q…", day, summary, wantSummary)
	}
	if !strings.Contains(summary, "未及时更新") {
		t.Errorf("catalog summary on %s does not ask for what is not covered: %q", day, summary)
	}
}

// TestPagesTurnAtMidnight leaves pages open as the site's day ends.
func TestPagesTurnAtMidnight(t *testing.T) {
	t.Parallel()
	base := browsertest.Serve(t, builtExample(t))
	t.Run("home", func(t *testing.T) {
		t.Parallel()
		ctx := browsertest.Context(t)
		c := openAt(t, ctx, base+"/", "2026-11-29T23:59:59.5+08:00")
		want(t, "header before midnight", strings.Join(visible(t, ctx, ".today"), ""), "今天是 2026年11月29日")
		want(t, "正在公示 before midnight", strings.Join(visible(t, ctx, "#notices-title .count"), ""), "7 项")
		// the urgent item heads the page through its last day
		want(t, "urgent banner before midnight", strings.Join(visible(t, ctx, ".urgent a"), ""), "关于县政务服务中心不动产登记窗口周末暂停服务的紧急通知")
		want(t, "countdown before midnight", noticeLeft(t, ctx, "青石镇2026年第四批发展对象公示"), "今天截止")
		c.Set(instant(t, "2026-11-30T00:00:00.5+08:00"))
		waitFor(t, ctx, "the next day", `document.querySelector(".today").innerText === "今天是 2026年11月30日"`)
		want(t, "正在公示 after midnight", strings.Join(visible(t, ctx, "#notices-title .count"), ""), "5 项")
		want(t, "urgent banner after midnight", strings.Join(visible(t, ctx, ".urgent, .urgent p"), ""), "")
		want(t, "ended notice after midnight", noticeLeft(t, ctx, "青石镇2026年第四批发展对象公示"), "(not shown)")
		want(t, "countdown after midnight", noticeLeft(t, ctx, "关于陈志强、刘婷同志任前公示的公告"), "今天截止")
	})
	t.Run("decision", func(t *testing.T) {
		t.Parallel()
		ctx := browsertest.Context(t)
		c := openAt(t, ctx, base+"/decisions/laojiu-xiaoqu-gaizao-zhengqiu-yijian/", "2026-12-15T23:59:59.5+08:00")
		want(t, "consultation on its last day", strings.Join(visible(t, ctx, ".comment-open"), ""),
			"正在公开征求意见 2026年11月10日至2026年12月15日，今天截止。反馈方式见正文。")
		c.Set(instant(t, "2026-12-16T00:00:00.5+08:00"))
		waitFor(t, ctx, "the next day", `document.querySelector(".today").innerText === "今天是 2026年12月16日"`)
		want(t, "consultation after its last day", len(visible(t, ctx, ".comment-open")), 0)
		want(t, "banner after the window", strings.Join(visible(t, ctx, ".status-banner strong"), ""), "已结束")
		want(t, "consultation stage after its last day", strings.Join(visible(t, ctx, ".stage-done .stage-state"), " "), "已完成 已完成")
	})
}

// waitFor polls cond in the page until it holds, for at most 5 s of the
// real clock.
func waitFor(t *testing.T, ctx context.Context, what, cond string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		var ok bool
		read(t, ctx, cond, &ok)
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestPreviewHoldsTheDay: gongkai serve --now shows the site as on that
// day (its live script sets gongkaiClockHold): the clock keeps the build's
// day as today, whatever the real date.
func TestPreviewHoldsTheDay(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	base := browsertest.Serve(t, builtExample(t))
	err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(`window.gongkaiClockHold = true;`).Do(ctx)
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	openAt(t, ctx, base+"/", "2026-11-30T10:00:00+08:00")
	want(t, "header", strings.Join(visible(t, ctx, ".today"), ""), "今天是 2026年11月27日")
	want(t, "正在公示", strings.Join(visible(t, ctx, "#notices-title .count"), ""), "8 项")
	want(t, "countdown", noticeLeft(t, ctx, "关于王建国等同志任前公示的公告"), "今天截止")
}
