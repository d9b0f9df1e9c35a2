package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
)

// newFlags makes a flag set that prints its usage to stderr and lets the
// caller tell --help (exit 0) from a bad flag (exit 2).
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.String("lang", "", langUsage)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), strings.TrimSpace("Usage: gongkai "+name+" "+synopsis))
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprint(fs.Output(), "\nOptions:\n")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parse parses args and returns the exit code to stop with, or -1 to go on.
func parse(fs *flag.FlagSet, args []string) int {
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case err != nil:
		return exitUsage
	}
	return -1
}

// dayFlag is a --now value.
type dayFlag struct{ day calendar.Day }

func (d *dayFlag) String() string { return d.day.String() }

func (d *dayFlag) Set(s string) error {
	day, err := calendar.Parse(s)
	if err != nil {
		return err
	}
	d.day = day
	return nil
}

// scopeUsage describes --scope, which build and report read alike.
const scopeUsage = "`public` is what society may see; internal adds the 党内公开 items"

// resolveScope reads a --scope value: public or internal, or their Chinese
// labels. It prints the problem and reports false when it is neither.
func resolveScope(cmd, s string, stderr io.Writer) (config.Scope, bool) {
	k, ok := config.Scopes.Resolve(s)
	if !ok {
		fmt.Fprintf(stderr, "gongkai %s: --scope must be public or internal, not %q\n", cmd, s)
		return "", false
	}
	return config.Scope(k), true
}
