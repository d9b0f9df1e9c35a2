package kiosk_test

import (
	"net/http"
	"net/http/httptest"
	"path"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// noonKiosk is a display screen with a round, a max_slides and a schedule
// entry at noon: two notices in the morning, the long annual goals (15
// slides whole) from 12:00 to 13:00, each round of 80 s at most.
const noonKiosk = `
[[kiosks]]
name          = "noon"
kind          = "display"
width         = 1280
height        = 720
items         = ["cadre/2026-11-renqian-gongshi", "cadre/2026-11-renqian-gongshi-chen"]
slide_seconds = 10
round         = "80s"
max_slides    = 4
poll          = 5

[[kiosks.schedule]]
from  = "12:00"
to    = "13:00"
items = ["goals/qingshi-2026-mubiao"]
`

// builds serves one of several builds of a site's kiosks, as the test
// says: a new build is published at once.
type builds struct {
	mu  sync.Mutex
	now map[string][]byte
}

func (b *builds) set(files map[string][]byte) { b.mu.Lock(); b.now = files; b.mu.Unlock() }

func (b *builds) serve(w http.ResponseWriter, r *http.Request) {
	p := strings.TrimPrefix(r.URL.Path, "/")
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	b.mu.Lock()
	data, ok := b.now[p]
	b.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	if path.Ext(p) == ".json" {
		w.Header().Set("Content-Type", "application/json")
	} else {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
	}
	w.Write(data)
}

// serveBuilds serves first, and returns the server and its builds.
func serveBuilds(t *testing.T, first map[string][]byte) (*builds, string) {
	b := &builds{now: first}
	srv := httptest.NewServer(http.HandlerFunc(b.serve))
	t.Cleanup(srv.Close)
	return b, srv.URL
}

// withoutUrgent is the example with its urgent item an ordinary one.
func withoutUrgent(t *testing.T, files map[string]string) map[string]string {
	src := string(readExampleFile(t, urgentItem))
	out := map[string]string{urgentItem: strings.Replace(src, "urgent   = true\n", "", 1)}
	for k, v := range files {
		out[k] = v
	}
	return out
}

// timed is a slide shown and the site time (HH:MM:SS) it came on screen.
type timed struct{ slide, at string }

// roundFrom follows the slides from the one on screen to the round's last
// (the contact slide), with the time each came on.
func (d deck) roundFrom() []timed {
	d.t.Helper()
	out := []timed{{d.shown(), d.siteTime()}}
	for i := 0; i < 30; i++ {
		if s := out[len(out)-1].slide; !strings.HasPrefix(s, "u") && strings.Contains(s, "|#") {
			return out
		}
		s := d.next("")
		out = append(out, timed{s, d.siteTime()})
	}
	d.t.Fatalf("no round end in 30 slides: %v", out)
	return nil
}

// siteTime is the fake clock's time of day in the site's timezone.
func (d deck) siteTime() string {
	return d.clock.Now().In(time.FixedZone("CST", 8*3600)).Format("15:04:05")
}

func slidesOf(r []timed) []string {
	var out []string
	for _, s := range r {
		out = append(out, s.slide)
	}
	return out
}

// TestScheduleAndRoundsAtNoon: a display with a round, max_slides and a
// schedule entry from 12:00: the morning round begun before 12:00 runs to
// its end with the morning's notices, though a new build (which makes an
// item urgent) comes in during it; the round after is the noon entry's,
// its long item cut to max_slides and the round within its 80 s; the
// urgent item opens that round, not the middle of the one before, and a
// banner shows from the new build on. At 13:00 the morning's notices come
// back at the first round start.
func TestScheduleAndRoundsAtNoon(t *testing.T) {
	t.Parallel()
	toml := map[string]string{"site.toml": readSiteToml(t) + noonKiosk}
	_, calm := renderKiosks(t, withoutUrgent(t, toml), "2026-11-27")
	_, urgent := renderKiosks(t, toml, "2026-11-27")
	b, base := serveBuilds(t, calm)
	ctx := browsertest.Context(t)
	clock := browsertest.InstallClock(t, ctx, at(t, "2026-11-27T11:58:30+08:00"))
	err := chromedp.Run(ctx, emulation.SetTimezoneOverride("America/New_York"), chromedp.EmulateViewport(1280, 720),
		chromedp.Navigate(base+"/kiosk/noon/"), chromedp.WaitReady("#stage"))
	if err != nil {
		t.Fatal(err)
	}
	d := deck{t, ctx, clock, 10 * time.Second}
	const own1, own2, goals = "cadre/2026-11-renqian-gongshi", "cadre/2026-11-renqian-gongshi-chen", "goals/qingshi-2026-mubiao"
	first := d.roundFrom() // 11:58:30, the round the page opened with
	if got := items(slidesOf(first)); got != own1+" "+own2 {
		t.Fatalf("the first round shows %q, want the morning's %q", got, own1+" "+own2)
	}
	if strings.Contains(bannerText(t, d), "紧急通知") {
		t.Fatalf("a banner before any item is urgent")
	}
	// the next round begins before 12:00 and ends after it; a new build
	// comes in during it, after 12:00
	morning := []timed{{d.next(""), d.siteTime()}}
	if !strings.Contains(morning[0].slide, own1) {
		t.Fatalf("the second round begins with %s, want %s", morning[0].slide, own1)
	}
	for morning[len(morning)-1].at < "12:00:00" {
		morning = append(morning, timed{d.next(""), d.siteTime()})
	}
	b.set(urgent)
	morning = append(morning, d.roundFrom()[1:]...)
	if got := items(slidesOf(morning)); got != own1+" "+own2 || morning[0].at >= "12:00:00" || morning[len(morning)-1].at < "12:00:00" {
		t.Errorf("the round across 12:00 shows %q from %s to %s, want the morning's %q to its end", got, morning[0].at, morning[len(morning)-1].at, own1+" "+own2)
	}
	for _, s := range slidesOf(morning) {
		if strings.HasPrefix(s, "u") {
			t.Errorf("the urgent item took over in the middle of a round: %v", slidesOf(morning))
		}
	}
	if !strings.Contains(bannerText(t, d), "紧急通知") {
		t.Errorf("after the new build the banner says %q, want the urgent item", bannerText(t, d))
	}
	// another build comes in during the noon item: the round goes on with
	// its next page
	noon := []timed{{d.next(""), d.siteTime()}, {d.next(""), d.siteTime()}}
	b.set(rehashed(t, urgent, "noon"))
	noon = append(noon, d.roundFrom()[1:]...)
	if once := uniq(slidesOf(noon)); len(once) != len(noon) {
		t.Errorf("a new build during the noon round repeated a slide: %v", slidesOf(noon))
	}
	if !strings.HasPrefix(noon[0].slide, "u0|") || noon[0].at > "12:01:20" {
		t.Errorf("the first round after 12:00 begins with %s at %s, want the urgent item before 12:01:20", noon[0].slide, noon[0].at)
	}
	n := 0
	for _, s := range slidesOf(noon) {
		if strings.Contains(s, "|"+goals+"#") {
			n++
		}
	}
	if got := items(slidesOf(noon)); got != goals || n == 0 || n > 4 || len(noon)*10 > 80 {
		t.Errorf("the noon round: %v; want %s on at most 4 slides (max_slides), in at most 80 s", slidesOf(noon), goals)
	}
	d.next("2026-11-27T12:59:55+08:00")
	d.roundFrom()
	after := d.roundFrom()[1:]
	after = append([]timed{{d.next(""), d.siteTime()}}, d.roundFrom()[1:]...)
	if got := items(slidesOf(after)); got != own1+" "+own2 || after[0].at < "13:00:00" {
		t.Errorf("the round from %s shows %q, want the morning's %q after 13:00", after[0].at, got, own1+" "+own2)
	}
}

// rehashed is a build of kiosk name with another hash: to the page's
// script a new build with the same content.
func rehashed(t *testing.T, files map[string][]byte, name string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for k, v := range files {
		out[k] = v
	}
	hash := hashOf(t, files["kiosk/"+name+"/manifest.json"])
	for _, f := range []string{"kiosk/" + name + "/manifest.json", "kiosk/" + name + "/index.html"} {
		out[f] = []byte(strings.ReplaceAll(string(files[f]), hash, "0123456789abcdef0123"))
	}
	return out
}

func uniq(s []string) []string {
	var out []string
	for _, v := range s {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// bannerText is the urgent banner's text when it shows.
func bannerText(t *testing.T, d deck) string {
	var s string
	eval(t, d.ctx, `(function () { var b = document.querySelector(".urgent-bar"); return b && getComputedStyle(b).display !== "none" ? b.textContent : ""; })()`, &s)
	return s
}

// secondUrgent is an urgent item that outlasts the example's (which ends
// on 2026-11-29).
const secondUrgent = `+++
title    = "关于县城区部分路段12月1日至2日临时停水的紧急通知"
date     = 2026-11-27
category = "masses"
term     = "immediate"
until    = 2026-12-02
urgent   = true
issuer   = "approval"
summary  = "因供水管网改造，县城区部分路段12月1日至2日临时停水，请提前储水。"
reviewed_by = "县行政审批局 刘洋"
reviewed    = 2026-11-27
decided_by  = "县行政审批局局务会议 2026-11-26"
+++

因供水管网改造，县城区部分路段于2026年12月1日至2日临时停水，请提前储水。
`

// TestUrgentBannerStaysForTheLastUrgentItem: with two urgent items, the
// banner and the touch screen's full-screen notice stay while the later
// one is urgent. Before, they went with the first to end, taking the
// other with them.
func TestUrgentBannerStaysForTheLastUrgentItem(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	_, files := renderKiosks(t, map[string]string{"content/masses/2026-12-tingshui.md": secondUrgent}, "2026-11-27")
	writeFiles(t, dir, files)
	base := browsertest.Serve(t, dir)
	const later = "关于县城区部分路段12月1日至2日临时停水的紧急通知"
	for _, k := range []struct {
		name string
		w, h int64
		sel  string
	}{{"lobby", 1920, 1080, ".urgent-bar"}, {"hall", 1080, 1920, ".urgent-full"}} {
		ctx := browsertest.Context(t)
		browsertest.InstallClock(t, ctx, at(t, "2026-11-30T10:00:00+08:00"))
		if err := chromedp.Run(ctx, chromedp.EmulateViewport(k.w, k.h), chromedp.Navigate(base+"/kiosk/"+k.name+"/"), chromedp.WaitReady("#stage")); err != nil {
			t.Fatal(err)
		}
		var text string
		eval(t, ctx, `(function () { var b = document.querySelector("`+k.sel+`"); return b && getComputedStyle(b).display !== "none" ? b.textContent : ""; })()`, &text)
		if !strings.Contains(text, later) || strings.Contains(text, "不动产登记窗口") {
			t.Errorf("%s on 2026-11-30: %s says %q, want the later urgent item alone", k.name, k.sel, text)
		}
	}
}
