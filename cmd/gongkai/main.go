// Command gongkai builds a county's open-government disclosure site — the
// website column, bulletin-board sheets and kiosk pages — from one folder of
// Markdown. See README.md for the commands.
package main

import (
	"fmt"
	"github.com/gongkai/gongkai/internal/msg"
	"io"
	"os"
)

// version is set at release time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// usage is printed in three writes (printUsage), so that the messages
// catalogue translates the head and foot and leaves the command lines,
// which are the same in every language, as they are.
const (
	usageHead = `gongkai — 县委县政府权力公开透明运行 站点生成器

Usage:
`
	usageCommands = `  gongkai build  [-s DIR] [-d DIR] [--now DATE] [--scope public|internal] [--drafts] [--pdf [--chrome PATH] [--tile A3|A4]] [-q] [--lang zh|en]
  gongkai serve  [-s DIR] [--bind 127.0.0.1] [--port 1313] [--now DATE] [--drafts] [--lang zh|en]
  gongkai check  [-s DIR] [--now DATE] [--strict] [--next] [--lang zh|en]
  gongkai publish [-s DIR] [--to DIR] [--command LINE] [--now DATE] [--scope public|internal] [--pdf [--chrome PATH]] [-q] [--watch] [--schedule systemd|cron|windows] [--lang zh|en]
  gongkai report [-s DIR] [--month YYYY-MM] [--period YYYY|YYYY-H1] [--summary] [--format md|html|csv] [--scope public|internal] [--now DATE] [--lang zh|en]
  gongkai new    site DIR | [-s DIR] CATEGORY PATH [--now DATE] [--lang zh|en]
  gongkai boards printed [-s DIR] [--now DATE] [--scope public|internal] [--all] [--lang zh|en] [NN ...]
  gongkai screens --log FILE [-s DIR] [--now TIME] [--lang zh|en]
  gongkai version
`
	usageFoot = `
Run "gongkai COMMAND --help" for the options of a command.
Exit status: 0 success, 1 errors in the site's files (all printed) or a failed publish, 2 bad usage.
`
)

// printUsage writes the usage to w, in the language a command run here
// without --lang would speak (the environment, the site in this folder).
func printUsage(w io.Writer) {
	w = topWriter(w)
	for _, part := range []string{usageHead, usageCommands, usageFoot} {
		fmt.Fprint(w, part)
	}
}

// exit codes of the command contract.
const (
	exitOK      = 0
	exitContent = 1
	exitUsage   = 2
)

type command func(args []string, stdout, stderr io.Writer) int

var commands = map[string]command{
	"boards":  runBoards,
	"build":   runBuild,
	"check":   runCheck,
	"report":  runReport,
	"new":     runNew,
	"publish": runPublish,
	"serve":   runServe,
	"screens": runScreens,
	"version": runVersion,
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printUsage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "--help", "help":
		printUsage(stdout)
		return exitOK
	case "--version", "-v":
		return runVersion(nil, stdout, stderr)
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(topWriter(stderr), "gongkai: unknown command %q\n\n", args[0])
		printUsage(stderr)
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

// topWriter translates w into the language of a command run in this
// folder without --lang (msg.Choose).
func topWriter(w io.Writer) io.Writer {
	return msg.NewWriter(w, msg.Choose("", getenv, siteLanguage(abs("."))))
}
