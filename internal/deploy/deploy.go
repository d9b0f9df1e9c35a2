package deploy

import (
	"context"
	"errors"
	"io"
	"os"
	"time"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/publish"
)

// Options say what to publish and where.
type Options struct {
	// Build is the site, --now, --scope, --pdf. Dest is left empty: the
	// build goes to the site's own output folder (public/), as `gongkai
	// build` writes it.
	Build build.Options
	// To is the folder to copy the build to, absolute; "" takes [publish]
	// to from site.toml (relative to the site folder there).
	To string
	// Command is run after the copy; "" takes [publish] command.
	Command string
	// Clock is the wall clock, read when Build.Now is zero; time.Now when
	// nil.
	Clock func() time.Time
	// Stdout and Stderr receive the command's output.
	Stdout, Stderr io.Writer
}

// ErrNoDestination says neither the command line nor site.toml names
// where to publish: a usage error.
var ErrNoDestination = errors.New("no destination: give --to FOLDER or --command '… {dir} …', or set them in site.toml under [publish]")

// Once builds the site and delivers it. The report says what happened;
// its Err is nil when everything was published.
func Once(ctx context.Context, opts Options) *Report {
	t := settings(opts)
	r := &Report{Day: t.day, Scope: t.scope, To: t.to, Command: t.command}
	if t.err != nil {
		r.fail(StageSetup, t.err, 1)
		return r
	}
	if err := t.check(opts.Build.SiteDir); err != nil {
		r.fail(StageSetup, err, 1)
		return r
	}
	bo := opts.Build
	bo.Now, bo.Scope, bo.Dest = t.day, t.scope, ""
	res, err := build.RunContext(ctx, bo)
	r.Result, r.Built = res, res.Dest
	var pdfErr *build.PDFError
	switch {
	case errors.As(err, &pdfErr):
		r.PDF = err // the HTML is built: publish it, and say the PDFs are missing
	case err != nil:
		r.buildFailed(err)
		t.failed(ctx, r, opts)
		return r
	}
	if ctx.Err() != nil {
		r.fail(StageInterrupted, build.ErrInterrupted, 1)
		return r
	}
	t.deliver(ctx, r, opts)
	return r
}

// deliver copies the build to To and runs the command.
func (t *target) deliver(ctx context.Context, r *Report, opts Options) {
	dir := r.Built
	if t.to != "" {
		if err := publish.Copy(ctx, r.Built, t.to, t.publishOptions()); err != nil {
			if ctx.Err() != nil {
				r.fail(StageInterrupted, build.ErrInterrupted, 1)
				return
			}
			r.fail(StageCopy, t.destError(err), 1)
			t.failed(ctx, r, opts)
			return
		}
		dir = t.to
	}
	if t.command != "" {
		if err := runCommand(ctx, t.command, dir, opts.Stdout, opts.Stderr); err != nil {
			r.fail(StageCommand, err, 1)
			return
		}
	}
	r.Items = len(r.Result.Site.Items)
}

// buildFailed records a failed build: its errors are counted (they are
// printed from the result's diagnostics), an error of the machine counts
// as one.
func (r *Report) buildFailed(err error) {
	n := 1
	if build.IsContentError(err) {
		n = max(1, countErrors(r.Result))
	}
	if errors.Is(err, build.ErrInterrupted) {
		r.fail(StageInterrupted, err, 1)
		return
	}
	r.fail(StageBuild, err, n)
}

// clock is opts.Clock, or the wall clock.
func (opts Options) clock() time.Time {
	if opts.Clock != nil {
		return opts.Clock()
	}
	return time.Now()
}

// publishOptions are the scope rules of the published folder, as a build's
// -d has them: a folder whose marker records no scope is taken as public.
func (t *target) publishOptions() publish.Options {
	return publish.Options{Scope: string(t.scope), Unrecorded: string(config.Public)}
}

// today is the day in the site's timezone.
func today(opts Options, loc *time.Location) calendar.Day {
	if !opts.Build.Now.IsZero() {
		return opts.Build.Now
	}
	return calendar.Of(opts.clock(), loc)
}

// exists reports whether a file or folder is there.
func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}
