//go:build windows

package deploy

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"syscall"
)

// shell runs the line with cmd /S /C "…", which hands it to cmd as it is
// written.
func shell(ctx context.Context, line string) *exec.Cmd {
	comspec := os.Getenv("COMSPEC")
	if comspec == "" {
		comspec = `C:\Windows\System32\cmd.exe`
	}
	cmd := exec.CommandContext(ctx, comspec)
	cmd.SysProcAttr = &syscall.SysProcAttr{CmdLine: `cmd.exe /S /C "` + line + `"`}
	return cmd
}

// quoteDir puts a folder with a space in double quotes, as cmd wants.
func quoteDir(dir string) string {
	if strings.ContainsAny(dir, " &()^;,=") {
		return `"` + dir + `"`
	}
	return dir
}
