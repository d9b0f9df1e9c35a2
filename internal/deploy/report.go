package deploy

import (
	"errors"
	"fmt"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
)

// Stage is the step of a run that failed.
type Stage string

const (
	StageSetup       Stage = "setup"       // before building: the destination was refused
	StageBuild       Stage = "build"       // the site has errors, or could not be written
	StageInterrupted Stage = "interrupted" // Ctrl-C or SIGTERM before the build was done
	StageCopy        Stage = "copy"        // copying to To failed
	StageCommand     Stage = "command"     // the command failed
)

// Report is what one run did.
type Report struct {
	Day     calendar.Day  // the --now day the site was built for
	Scope   config.Scope  // the edition
	To      string        // the published folder, or ""
	Command string        // the command as configured, {dir} unfilled, or ""
	Built   string        // the build's output folder
	Result  *build.Result // the build's; nil when it did not start
	Items   int           // items published, on success

	Err    error // the first failure; nil when everything was published
	Stage  Stage // where it failed
	Errors int   // how many problems (the build's errors, or 1)
	PDF    error // a --pdf failure: the site was published without PDFs

	Previous      string // on failure: the day of the build To still holds ("" unknown)
	StatusWritten bool   // on failure: To's status.json says the run failed
	StatusErr     error  // on failure: why status.json could not be rewritten or sent on
}

func (r *Report) fail(stage Stage, err error, n int) {
	r.Stage, r.Err, r.Errors = stage, err, max(n, 1)
}

// Failed reports whether nothing new was published, or the command failed.
func (r *Report) Failed() bool { return r.Err != nil }

// Usage reports whether the run failed for want of a destination.
func (r *Report) Usage() bool { return errors.Is(r.Err, ErrNoDestination) }

// Line is the one line a run leaves in the journal or the log file,
// always in this form, with the day the site was built for:
//
//	gongkai publish: 2026-12-01 published public to /srv/www/gongkai (57 items)
//	gongkai publish: 2026-12-01 FAILED: 3 errors, the published site is unchanged (built 2026-11-30)
func (r *Report) Line() string {
	head := "gongkai publish: " + r.Day.String() + " "
	if r.Err == nil {
		line := fmt.Sprintf("%spublished %s %s (%s)", head, r.Scope, r.where(), plural(r.Items, "item"))
		if r.PDF != nil {
			line += ", without PDFs (--pdf failed)"
		}
		return line
	}
	return head + "FAILED: " + r.what() + ", " + r.state()
}

func (r *Report) where() string {
	switch {
	case r.To != "" && r.Command != "":
		return "to " + r.To + " and ran the command"
	case r.To != "":
		return "to " + r.To
	}
	return "with the command"
}

// what names the failure in a few words; the details are printed above.
func (r *Report) what() string {
	switch r.Stage {
	case StageBuild:
		return plural(r.Errors, "error")
	case StageInterrupted:
		return "interrupted"
	case StageCopy:
		return "cannot copy to " + r.To
	case StageCommand:
		return "the command failed"
	}
	return "cannot publish"
}

// state says what the readers see now.
func (r *Report) state() string {
	switch {
	case r.Stage == StageCommand:
		return fmt.Sprintf("the site built %s may be partly sent", r.Day)
	case r.To == "" && r.Command == "":
		return "nothing was published"
	case r.To == "":
		return "nothing was sent (the command was not run)"
	case r.Previous != "":
		return fmt.Sprintf("the published site is unchanged (built %s)", r.Previous)
	}
	return "the published site is unchanged"
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
