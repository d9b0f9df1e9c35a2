package serve

import (
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/gongkai/gongkai/internal/build"
)

// TestReviewBanner: with review required, serve --drafts shows an item
// awaiting review with the banner 待审核; once its review is written, the
// page is rebuilt without it. Without --drafts the item is not served.
func TestReviewBanner(t *testing.T) {
	dir := newSite(t)
	writeFile(t, dir, "site.toml", siteToml+"\n[review]\nrequired = true\n")
	writeFile(t, dir, "content/duties/fengong.md", strings.Replace(dutiesMD, "+++\n\n", "reviewed_by = \"县委办公室 陈立新\"\nreviewed = 2026-01-04\ndecided_by = \"县委第1次常委会议 2026-01-04\"\n+++\n\n", 1))
	const banner = "待审核 · 尚未经审核"
	plain := start(t, dir, nil)
	if status, _, _ := get(t, plain.URL()+"cadre/wang/"); status != 404 {
		t.Errorf("without --drafts the item awaiting review is served: %d", status)
	}
	srv, err := Listen(Options{Build: build.Options{SiteDir: dir, Now: testNow, Drafts: true}, Port: 0,
		Debounce: 20 * time.Millisecond, Stdout: io.Discard, Stderr: testLog{t}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	defer func() { cancel(); <-done }()
	events := listen(t, srv)
	var hello helloData
	events.next(t, "hello", &hello)
	if _, body, _ := get(t, srv.URL()+"cadre/wang/"); !strings.Contains(body, banner) {
		t.Errorf("serve --drafts does not mark the item awaiting review:\n%.600s", body)
	}
	if _, body, _ := get(t, srv.URL()+"duties/fengong/"); strings.Contains(body, banner) {
		t.Errorf("a reviewed item is marked 待审核")
	}
	writeFile(t, dir, "content/cadre/wang.md", strings.Replace(wangMD, "+++\n\n", "reviewed_by = \"县委组织部 许文杰\"\nreviewed = 2026-11-20\ndecided_by = \"县委第16次常委会议 2026-11-20\"\n+++\n\n", 1))
	var reload reloadData
	events.next(t, "reload", &reload)
	if _, body, _ := get(t, srv.URL()+"cadre/wang/"); strings.Contains(body, banner) || !strings.Contains(body, "王某某同志拟任某某职务") {
		t.Errorf("the reviewed item is still marked 待审核, or gone")
	}
}

// TestPendingNoted: without --drafts, the terminal says how many items
// await review and are not shown, once, and again when the number changes.
func TestPendingNoted(t *testing.T) {
	dir := newSite(t)
	writeFile(t, dir, "site.toml", siteToml+"\n[review]\nrequired = true\n")
	writeFile(t, dir, "content/duties/fengong.md", strings.Replace(dutiesMD, "+++\n\n", "reviewed_by = \"县委办公室 陈立新\"\nreviewed = 2026-01-04\ndecided_by = \"县委第1次常委会议 2026-01-04\"\n+++\n\n", 1))
	var out lockedBuffer
	srv := startWith(t, dir, 20*time.Millisecond, &out, nil)
	events := listen(t, srv)
	var hello helloData
	events.next(t, "hello", &hello)
	const hidden = "1 item awaits review (待审核) and is not shown; gongkai serve --drafts shows it, marked"
	if got := out.String(); strings.Count(got, hidden) != 1 {
		t.Errorf("serve printed\n%s\nwant once %q", got, hidden)
	}
	writeFile(t, dir, "content/cadre/wang.md", strings.Replace(wangMD, "+++\n\n", "reviewed_by = \"县委组织部 许文杰\"\nreviewed = 2026-11-20\ndecided_by = \"县委第16次常委会议 2026-11-20\"\n+++\n\n", 1))
	var reload reloadData
	events.next(t, "reload", &reload)
	if got := out.String(); !strings.Contains(got, "no item awaits review (待审核) any more") || strings.Count(got, hidden) != 1 {
		t.Errorf("after the review, serve printed\n%s", got)
	}
}
