// Command gongkai builds a county's open-government disclosure site — the
// website column, bulletin-board sheets and kiosk pages — from one folder of
// Markdown. See README.md for the commands.
package main

import (
	"fmt"
	"io"
	"os"
)

// version is set at release time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

const usage = `gongkai — 县委县政府权力公开透明运行 站点生成器

Usage:
  gongkai build  [-s DIR] [-d DIR] [--now DATE] [--scope public|internal] [--drafts] [--pdf [--chrome PATH]] [-q] [--lang zh|en]
  gongkai serve  [-s DIR] [--bind 127.0.0.1] [--port 1313] [--now DATE] [--drafts] [--lang zh|en]
  gongkai check  [-s DIR] [--now DATE] [--strict] [--next] [--lang zh|en]
  gongkai publish [-s DIR] [--to DIR] [--command LINE] [--now DATE] [--scope public|internal] [--pdf [--chrome PATH]] [-q] [--watch] [--schedule systemd|cron|windows] [--lang zh|en]
  gongkai report [-s DIR] [--month YYYY-MM] [--period YYYY|YYYY-H1] [--summary] [--format md|html|csv] [--scope public|internal] [--now DATE] [--lang zh|en]
  gongkai new    site DIR | [-s DIR] CATEGORY PATH [--now DATE] [--lang zh|en]
  gongkai version

Run "gongkai COMMAND --help" for the options of a command.
Exit status: 0 success, 1 errors in the site's files (all printed) or a failed publish, 2 bad usage.
`

// exit codes of the command contract.
const (
	exitOK      = 0
	exitContent = 1
	exitUsage   = 2
)

type command func(args []string, stdout, stderr io.Writer) int

var commands = map[string]command{
	"build":   runBuild,
	"check":   runCheck,
	"report":  runReport,
	"new":     runNew,
	"publish": runPublish,
	"serve":   runServe,
	"version": runVersion,
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	case "--version", "-v":
		return runVersion(nil, stdout, stderr)
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "gongkai: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	return cmd(args[1:], stdout, stderr)
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("version", "", stderr)
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "gongkai version: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	fmt.Fprintln(stdout, "gongkai", version)
	return exitOK
}
