package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/msg"
)

// newFlags makes a flag set that prints its usage to stderr and lets the
// caller tell --help (exit 0) from a bad flag (exit 2). Its usage and its
// errors are in the language of the flags given so far (flagLang).
func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(flagWriter{fs, stderr})
	if name != "version" {
		fs.String("lang", "", langUsage)
	}
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), strings.TrimSpace("Usage: gongkai "+name+" "+synopsis))
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprint(fs.Output(), "\nOptions:\n")
			printDefaults(fs, stderr, flagLang(fs))
		}
	}
	return fs
}

// flagWriter translates what the flag package prints (its usage, a bad
// flag) into the language of the flags parsed so far.
type flagWriter struct {
	fs *flag.FlagSet
	w  io.Writer
}

func (f flagWriter) Write(p []byte) (int, error) {
	return msg.NewWriter(f.w, flagLang(f.fs)).Write(p)
}

// flagLang is the language of --help and of flag errors: --lang, LANG, or
// the language of the site -s names (the working folder before -s is read).
func flagLang(fs *flag.FlagSet) msg.Lang {
	site := "."
	if f := fs.Lookup("s"); f != nil {
		site = f.Value.String()
	}
	var lang string
	if f := fs.Lookup("lang"); f != nil {
		lang = f.Value.String()
	}
	return msg.Choose(lang, getenv, siteLanguage(abs(site)))
}

// printDefaults is flag.PrintDefaults with each flag's usage in the
// language l: its `name` as the translation quotes it.
func printDefaults(fs *flag.FlagSet, w io.Writer, l msg.Lang) {
	fs.VisitAll(func(f *flag.Flag) {
		g := *f
		g.Usage = msg.Translate(l, f.Usage)
		name, usage := flag.UnquoteUsage(&g)
		var b strings.Builder
		fmt.Fprintf(&b, "  -%s", f.Name)
		if name != "" {
			b.WriteString(" " + name)
		}
		if b.Len() <= 4 {
			b.WriteString("\t")
		} else {
			b.WriteString("\n    \t")
		}
		b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		if d := defaultOf(f); d != "" {
			b.WriteString(msg.Translate(l, fmt.Sprintf(" (default %s)", d)))
		}
		fmt.Fprintln(w, b.String())
	})
}

// defaultOf is a flag's default as --help shows it: quoted for text, ""
// when it is the zero value.
func defaultOf(f *flag.Flag) string {
	switch f.DefValue {
	case "", "false", "0":
		return ""
	}
	if fmt.Sprintf("%T", f.Value) == "*flag.stringValue" {
		return fmt.Sprintf("%q", f.DefValue)
	}
	return f.DefValue
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
