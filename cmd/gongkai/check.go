package main

import (
	"fmt"
	"io"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/diag"
)

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "[-s DIR] [--now DATE] [--strict]", stderr)
	site := fs.String("s", ".", "the site `folder`")
	var now dayFlag
	fs.Var(&now, "now", "check as of `DATE` (2026-11-27) (default: today in the site's timezone)")
	strict := fs.Bool("strict", false, "fail (exit 1) on warnings too")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	_, diags := build.Load(&build.Options{SiteDir: abs(*site), Now: now.day})
	printDiags(stdout, diags, true)
	errs := diag.CountErrors(diags)
	warns := len(diags) - errs
	switch {
	case errs > 0:
		fmt.Fprintf(stderr, "check: %d errors, %d warnings\n", errs, warns)
		return exitContent
	case warns > 0 && *strict:
		fmt.Fprintf(stderr, "check: %d warnings (--strict)\n", warns)
		return exitContent
	}
	return exitOK
}
