package main

import (
	"fmt"
	"io"
	"time"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/report"
)

func runReport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("report", "[-s DIR] [--month YYYY-MM] [--format md|html|csv] [--scope public|internal] [--now DATE]", stderr)
	site := fs.String("s", ".", "the site `folder`")
	month := fs.String("month", "", "the `YYYY-MM` to report on (default: the month before today)")
	format := fs.String("format", "md", "`md`, html or csv")
	scope := fs.String("scope", "public", scopeUsage)
	var now dayFlag
	fs.Var(&now, "now", "treat `DATE` as today (default: today in the site's timezone)")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	if *format != "md" && *format != "html" && *format != "csv" {
		fmt.Fprintf(stderr, "gongkai report: --format must be md, html or csv, not %q\n", *format)
		return exitUsage
	}
	sc, ok := resolveScope("report", *scope, stderr)
	if !ok {
		return exitUsage
	}
	var year, mon int
	if *month != "" {
		t, err := time.Parse("2006-01", *month)
		if err != nil {
			fmt.Fprintf(stderr, "gongkai report: --month %q is not a month; write --month 2026-10\n", *month)
			return exitUsage
		}
		year, mon = t.Year(), int(t.Month())
	}
	opts := build.Options{SiteDir: abs(*site), Now: now.day}
	site2, diags := build.Load(&opts)
	if diag.CountErrors(diags) > 0 || site2 == nil {
		printDiags(stderr, diags, false)
		fmt.Fprintf(stderr, "report: the site has %s; fix them first\n", countErrors(diags))
		return exitContent
	}
	if *month == "" {
		prev := opts.Now.AddMonths(-1)
		year, mon = prev.Y, int(prev.M)
	}
	set, _ := content.Load(opts.FS, site2.Config)
	r := report.Make(site2.Config, set.Items, year, mon, opts.Now, sc, diags)
	var err error
	switch *format {
	case "html":
		err = r.HTML(stdout)
	case "csv":
		err = r.CSV(stdout)
	default:
		err = r.Markdown(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "gongkai report: %v\n", err)
		return exitContent
	}
	return exitOK
}
