package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/deploy"
)

const publishSynopsis = "[-s DIR] [--to DIR] [--command LINE] [--now DATE] [--scope public|internal] [--pdf [--chrome PATH]] [-q] [--watch] [--schedule systemd|cron|windows] [--lang zh|en]"

// publishFlags are the options of gongkai publish.
type publishFlags struct {
	site, to, command, scope, chrome, schedule string
	now                                        dayFlag
	pdf, quiet, watch                          bool
}

func runPublish(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("publish", publishSynopsis, stderr)
	var f publishFlags
	fs.StringVar(&f.site, "s", ".", "the site `folder`")
	fs.StringVar(&f.to, "to", "", "copy the build to this `folder`, the one the web server serves (default: [publish] to in site.toml)")
	fs.StringVar(&f.command, "command", "", "then run this shell `line`, {dir} being the published folder, e.g. 'rsync -a --delete {dir}/ www@host:/srv/www/gongkai/' (default: [publish] command)")
	fs.Var(&f.now, "now", "treat `DATE` (2026-11-27) as today (default: today in the site's timezone)")
	fs.StringVar(&f.scope, "scope", "public", scopeUsage)
	fs.BoolVar(&f.pdf, "pdf", false, "also print each board's sheets to PDF with a local Chromium")
	fs.StringVar(&f.chrome, "chrome", "", "the Chromium or Chrome `program` for --pdf")
	fs.BoolVar(&f.quiet, "q", false, "print nothing on success: only warnings, errors and the FAILED line")
	fs.BoolVar(&f.watch, "watch", false, "keep running: publish now, after every change to the site's files, and just after every midnight in the site's timezone")
	fs.StringVar(&f.schedule, "schedule", "", "publish nothing: write the service files that run this command line on `platform` systemd, cron or windows into the working folder")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	_, stdout, stderr = speak(fs, abs(f.site), stdout, stderr)
	sc, ok := f.check(fs.NArg(), fs.Arg(0), stderr)
	if !ok {
		return exitUsage
	}
	opts := deploy.Options{
		Build: build.Options{SiteDir: abs(f.site), Now: f.now.day, Scope: sc, PDF: f.pdf, Chrome: f.chrome, Test: testHooks},
		To:    absOrEmpty(f.to), Command: f.command, Stdout: stdout, Stderr: stderr,
	}
	if f.schedule != "" {
		return writeSchedule(f, opts, stdout, stderr)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if f.watch {
		return publishWatch(ctx, opts, f.quiet, stdout, stderr)
	}
	return reportPublish(deploy.Once(ctx, opts), f.quiet, stdout, stderr)
}

// check refuses arguments and options that do not go together, and
// returns the scope.
func (f *publishFlags) check(nargs int, arg string, stderr io.Writer) (config.Scope, bool) {
	bad := func(format string, a ...any) (config.Scope, bool) {
		fmt.Fprintf(stderr, "gongkai publish: "+format+"\n", a...)
		return "", false
	}
	switch {
	case nargs > 0:
		return bad("unexpected argument %q; the site folder is given with -s", arg)
	case f.command != "" && !strings.Contains(f.command, config.DirPlaceholder):
		return bad("--command must name the built folder as {dir}, as in --command 'rsync -a --delete {dir}/ www@host:/srv/www/gongkai/'")
	case f.watch && !f.now.day.IsZero():
		return bad("--watch follows the real date, publishing again after midnight; leave out --now")
	case f.watch && f.schedule != "":
		return bad("--schedule writes service files that run --watch themselves; leave out --watch")
	case f.schedule != "" && !f.now.day.IsZero():
		return bad("--schedule writes service files that follow the real date; leave out --now")
	}
	return resolveScope("publish", f.scope, stderr)
}

// reportPublish prints a run (its problems, the build's summary, the log
// line) and returns the exit status.
func reportPublish(r *deploy.Report, quiet bool, stdout, stderr io.Writer) int {
	if r.Usage() {
		fmt.Fprintf(stderr, "gongkai publish: %v\n", r.Err)
		return exitUsage
	}
	if r.Result != nil {
		printDiags(stderr, r.Result.Diags, false)
	}
	if r.Failed() {
		if r.Stage != deploy.StageBuild || !build.IsContentError(r.Err) {
			fmt.Fprintf(stderr, "gongkai publish: %v\n", r.Err)
		}
		if r.StatusErr != nil {
			fmt.Fprintf(stderr, "gongkai publish: %v\n", r.StatusErr)
		}
		fmt.Fprintln(stderr, r.Line())
		return exitContent
	}
	if r.PDF != nil {
		fmt.Fprintf(stderr, "gongkai publish: %v\n", r.PDF)
	}
	if !quiet {
		fmt.Fprintln(stdout, summary(r.Result))
	}
	if !quiet || r.PDF != nil {
		fmt.Fprintln(stdout, r.Line())
	}
	if r.PDF != nil {
		return exitContent
	}
	return exitOK
}

// publishWatch publishes until stopped; a failed run is reported and the
// next change or day tries again.
func publishWatch(ctx context.Context, opts deploy.Options, quiet bool, stdout, stderr io.Writer) int {
	if !quiet {
		fmt.Fprintf(stdout, "gongkai publish: watching %s; publishing after every change and just after midnight\n", opts.Build.SiteDir)
	}
	err := deploy.Watch(ctx, opts, deploy.WatchOptions{
		Settle: watchSettle, Tick: time.Minute,
		Done: func(r *deploy.Report) { reportPublish(r, quiet, stdout, stderr) },
		Logf: func(format string, a ...any) { fmt.Fprintf(stderr, "gongkai publish: "+format+"\n", a...) },
	})
	switch {
	case errors.Is(err, deploy.ErrNoDestination):
		return exitUsage // printed by Done
	case err != nil:
		fmt.Fprintf(stderr, "gongkai publish: %v\n", err)
		return exitContent
	}
	return exitOK
}

// watchSettle is how long the site's files stay unchanged before --watch
// publishes: an editor's save, a copy of a folder or a git pull is one
// change.
const watchSettle = 2 * time.Second
