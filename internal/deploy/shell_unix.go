//go:build !windows

package deploy

import (
	"context"
	"os/exec"
	"regexp"
	"strings"
)

func shell(ctx context.Context, line string) *exec.Cmd {
	return exec.CommandContext(ctx, "/bin/sh", "-c", line)
}

// quoteDir quotes a folder for sh when it holds more than letters,
// digits and / . _ - (a space, a quote, a $): '/srv/my site'/ is
// /srv/my site/ to the shell.
func quoteDir(dir string) string {
	if plainPath.MatchString(dir) {
		return dir
	}
	return "'" + strings.ReplaceAll(dir, "'", `'\''`) + "'"
}

var plainPath = regexp.MustCompile(`^[A-Za-z0-9/._-]+$`)
