package deploy

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/gongkai/gongkai/internal/watch"
)

// WatchOptions say how Watch waits.
type WatchOptions struct {
	// Settle is how long the site's files must stay unchanged before a
	// publish: a save, a copy of many files or a git pull is one change.
	Settle time.Duration
	// Tick is how often the day is looked at, to publish just after
	// midnight in the site's timezone. A timer set for midnight would be
	// late after the computer slept; a look every minute is not.
	Tick time.Duration
	// Done receives the report of every run, in order.
	Done func(*Report)
	// Logf reports what the watcher cannot watch.
	Logf func(format string, args ...any)
}

// Watch publishes at once, then after every change to the site's files
// (site.toml, content/, layouts/, themes/, static/, archetypes/) and on
// the first tick of every new day in the site's timezone, until ctx is
// done. A run that fails is reported and Watch goes on: the next change
// or the next day tries again. opts.Build.Now must be zero.
func Watch(ctx context.Context, opts Options, wo WatchOptions) error {
	root, err := filepath.EvalSymlinks(opts.Build.SiteDir)
	if err != nil {
		return fmt.Errorf("watching %s: %w", opts.Build.SiteDir, err)
	}
	w, err := watch.New(root, wo.Settle, wo.Logf)
	if err != nil {
		return fmt.Errorf("watching %s: %w", opts.Build.SiteDir, err)
	}
	defer w.Close()
	done := make(chan struct{})
	defer close(done)
	batches := make(chan watch.Batch)
	go w.Run(done, batches)
	first := runOnce(ctx, opts, wo)
	if first.Usage() {
		return ErrNoDestination
	}
	last := first.Day
	tick := time.NewTicker(wo.Tick)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-batches:
			last = runOnce(ctx, opts, wo).Day
		case <-tick.C:
			if settings(opts).day != last {
				last = runOnce(ctx, opts, wo).Day
			}
		}
	}
}

// runOnce publishes and reports.
func runOnce(ctx context.Context, opts Options, wo WatchOptions) *Report {
	r := Once(ctx, opts)
	if ctx.Err() == nil && wo.Done != nil {
		wo.Done(r)
	}
	return r
}
