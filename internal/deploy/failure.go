package deploy

import (
	"context"
	"fmt"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/publish"
	"github.com/gongkai/gongkai/internal/status"
)

// failed tells the readers of the published folder that this run failed:
// its status.json is rewritten (the date of the build it still holds, the
// day, the number of problems; never a file name, since a problem may be
// in an internal item), and the command sends the folder on, so a remote
// copy says so too. A folder never published to is left alone; without
// To there is no copy the command could send unchanged, so the command
// is not run and the remote site stays as it was, status.json included.
//
// A run stopped by Ctrl-C or SIGTERM (systemctl stop) did not fail: it
// leaves status.json alone.
func (t *target) failed(ctx context.Context, r *Report, opts Options) {
	if r.Stage == StageInterrupted || t.to == "" || !exists(t.to) {
		return
	}
	prev, err := status.Read(t.to)
	if err != nil {
		prev = status.Status{} // unreadable: say nothing of what it holds
	}
	r.Previous = prev.Built
	st := status.Failure(prev, t.day, string(t.scope), r.Errors)
	if err := publish.ReplaceFile(t.to, status.File, st.JSON(), t.publishOptions()); err != nil {
		r.StatusErr = fmt.Errorf("%s could not be rewritten: %w", status.File, err)
		return
	}
	r.StatusWritten = true
	if t.command != "" && r.Stage != StageCommand {
		if err := runCommand(ctx, t.command, t.to, opts.Stdout, opts.Stderr); err != nil {
			r.StatusErr = fmt.Errorf("sending %s on: %w", status.File, err)
		}
	}
}

// countErrors is the number of errors a failed build printed.
func countErrors(res *build.Result) int {
	if res == nil {
		return 0
	}
	return diag.CountErrors(res.Diags)
}
