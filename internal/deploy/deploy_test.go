package deploy

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/status"
)

// TestInterruptedLeavesStatus: a run stopped by SIGTERM (systemctl stop)
// has not failed: the published folder, status.json included, stays.
func TestInterruptedLeavesStatus(t *testing.T) {
	site := writeSite(t)
	www := filepath.Join(t.TempDir(), "www")
	day, _ := calendar.Parse("2026-11-27")
	opts := Options{Build: build.Options{SiteDir: site, Now: day}, To: www}
	if r := Once(context.Background(), opts); r.Err != nil {
		t.Fatal(r.Err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	opts.Build.Now = day.AddDays(1)
	r := Once(ctx, opts)
	if r.Stage != StageInterrupted {
		t.Errorf("stage %q, err %v", r.Stage, r.Err)
	}
	if s, _ := status.Read(www); s != status.Built(day, "public") {
		t.Errorf("status.json after an interrupted run: %+v", s)
	}
}

// TestLine: the log line in each case.
func TestLine(t *testing.T) {
	day, _ := calendar.Parse("2026-12-01")
	fail := errors.New("x")
	for _, c := range []struct {
		r    Report
		want string
	}{
		{Report{To: "/srv/www/gongkai", Items: 57}, "published public to /srv/www/gongkai (57 items)"},
		{Report{To: "/srv/www/gongkai", Command: "rsync {dir}", Items: 1}, "published public to /srv/www/gongkai and ran the command (1 item)"},
		{Report{Command: "rsync {dir}", Items: 2, PDF: fail}, "published public with the command (2 items), without PDFs (--pdf failed)"},
		{Report{To: "/w", Err: fail, Stage: StageBuild, Errors: 3, Previous: "2026-11-30"}, "FAILED: 3 errors, the published site is unchanged (built 2026-11-30)"},
		{Report{To: "/w", Err: fail, Stage: StageBuild, Errors: 1}, "FAILED: 1 error, the published site is unchanged"},
		{Report{Command: "c {dir}", Err: fail, Stage: StageBuild, Errors: 2}, "FAILED: 2 errors, nothing was sent (the command was not run)"},
		{Report{To: "/w", Err: fail, Stage: StageCopy, Errors: 1, Previous: "2026-11-30"}, "FAILED: cannot copy to /w, the published site is unchanged (built 2026-11-30)"},
		{Report{To: "/w", Command: "c {dir}", Err: fail, Stage: StageCommand, Errors: 1}, "FAILED: the command failed, the site built 2026-12-01 may be partly sent"},
		{Report{To: "/w", Err: fail, Stage: StageInterrupted, Errors: 1}, "FAILED: interrupted, the published site is unchanged"},
	} {
		c.r.Day, c.r.Scope = day, "public"
		if got, want := c.r.Line(), "gongkai publish: 2026-12-01 "+c.want; got != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	}
}
