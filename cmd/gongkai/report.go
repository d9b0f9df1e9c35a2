package main

import (
	"fmt"
	"io"
	"time"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/records"
	"github.com/gongkai/gongkai/internal/report"
)

func runReport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("report", "[-s DIR] [--month YYYY-MM] [--period YYYY] [--format md|html|csv] [--scope public|internal] [--now DATE]", stderr)
	site := fs.String("s", ".", "the site `folder`")
	month := fs.String("month", "", "the `YYYY-MM` to report on (default: the month before today)")
	period := fs.String("period", "", "the `YYYY` of the statutory annual report (政府信息公开工作年度报告)")
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
	if *period != "" {
		return runAnnual(*site, *period, *month, *format, sc, now, stdout, stderr)
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
	r, diags := loadReport(&opts, year, mon, sc)
	if r == nil {
		printDiags(stderr, diags, false)
		fmt.Fprintf(stderr, "report: the site has %s; fix them first\n", countErrors(diags))
		return exitContent
	}
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

// loadReport reads the site once, as a build does, and makes the report of
// year-month (the month before --now when year is 0) over the items that
// load read: its diagnostics are the report's warnings. It returns nil and
// the diagnostics when the site has errors.
func loadReport(opts *build.Options, year, month int, scope config.Scope) (*report.Report, []diag.Diagnostic) {
	site, diags := build.Load(opts)
	if diag.CountErrors(diags) > 0 || site == nil {
		return nil, diags
	}
	if year == 0 {
		prev := opts.Now.AddMonths(-1)
		year, month = prev.Y, int(prev.M)
	}
	recs, rdiags := records.Load(opts.FS, site.Config)
	diags = append(diags, rdiags...)
	if diag.CountErrors(rdiags) > 0 {
		return nil, diags
	}
	r := report.Make(site.Config, site.Audit, year, month, opts.Now, scope, diags)
	r.Tasks = recs.Tasks
	return r, diags
}
