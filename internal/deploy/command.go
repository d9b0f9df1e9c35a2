package deploy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"time"

	"github.com/gongkai/gongkai/internal/config"
)

// runCommand runs the publish command by the shell (sh -c on Unix, cmd /C
// on Windows: a line such as rsync … is written for a shell), with {dir}
// replaced by dir, quoted for that shell when it needs to be. Its output
// goes to gongkai's.
func runCommand(ctx context.Context, line, dir string, stdout, stderr io.Writer) error {
	filled := strings.ReplaceAll(line, config.DirPlaceholder, quoteDir(dir))
	cmd := shell(ctx, filled)
	cmd.Stdout, cmd.Stderr = orDiscard(stdout), orDiscard(stderr)
	cmd.WaitDelay = 10 * time.Second
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return nil
	case ctx.Err() != nil:
		return fmt.Errorf("the command %s was stopped: %w", filled, ctx.Err())
	case errors.As(err, &ee):
		return fmt.Errorf("the command %s exited with status %d", filled, ee.ExitCode())
	}
	return fmt.Errorf("the command %s could not run: %w", filled, err)
}

func orDiscard(w io.Writer) io.Writer {
	if w == nil {
		return io.Discard
	}
	return w
}
