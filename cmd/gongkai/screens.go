package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/kiosk"
	"github.com/gongkai/gongkai/internal/screens"
)

const screensSynopsis = "--log FILE [-s DIR] [--now TIME] [--lang zh|en]\n\nReads the web server's access logs (common or combined log format, as nginx and\nApache write them, or IIS W3C extended) for the kiosk screens' polls and prints\neach kiosk's screens: last poll, page code version, ok, stale or silent."

func runScreens(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("screens", screensSynopsis, stderr)
	dir := fs.String("s", ".", "the site `folder`")
	var logs listFlag
	fs.Var(&logs, "log", "an access log `FILE` of the web server that serves the kiosks (repeat for rotated logs)")
	nowText := fs.String("now", "", "report as of `TIME` (2026-11-27T10:30:00+08:00, or 2026-11-27 10:30 in the site's timezone) (default: now)")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	_, stdout, stderr = speak(fs, abs(*dir), stdout, stderr)
	if len(logs) == 0 || fs.NArg() > 0 {
		fmt.Fprintf(stderr, "gongkai screens: name the web server's access log, such as --log /var/log/nginx/access.log\n")
		return exitUsage
	}
	site, diags := config.Load(os.DirFS(abs(*dir)))
	if diag.CountErrors(diags) > 0 {
		printDiags(stderr, diags, true)
		return exitContent
	}
	now, err := screensNow(*nowText, site.Location)
	if err != nil {
		fmt.Fprintf(stderr, "gongkai screens: %v\n", err)
		return exitUsage
	}
	var polls []screens.Poll
	for _, name := range logs {
		ps, err := readLog(name)
		if err != nil {
			fmt.Fprintf(stderr, "gongkai screens: %v\n", err)
			return exitContent
		}
		polls = append(polls, ps...)
	}
	found, strangers := screens.Report(site.Kiosks, polls, now)
	screens.Print(stdout, found, strangers, kiosk.CodeOf(os.DirFS(abs(*dir)), site.Theme), strings.Join(logs, ", "), now, site.Location)
	return exitOK
}

func readLog(name string) ([]screens.Poll, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return screens.Read(f, name)
}

// screensNow reads --now: a moment, or a day and time in the site's
// timezone; the wall clock when not given.
func screensNow(s string, loc *time.Location) (time.Time, error) {
	if s == "" {
		return time.Now(), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("--now %q is not a time; write --now 2026-11-27T10:30:00+08:00, or --now \"2026-11-27 10:30\" in the site's timezone", s)
}

// listFlag is a flag that may be given more than once.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	*l = append(*l, s)
	return nil
}
