package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/report"
)

func runReport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("report", "[-s DIR] [--month YYYY-MM] [--period YYYY|YYYY-H1] [--summary] [--format md|html|csv] [--scope public|internal] [--now DATE] [--lang zh|en]", stderr)
	site := fs.String("s", ".", "the site `folder`")
	month := fs.String("month", "", "the `YYYY-MM` to report on (default: the month before today)")
	period := fs.String("period", "", "`YYYY`: the statutory annual report (政府信息公开工作年度报告); YYYY-H1: the half-year work summary")
	summary := fs.Bool("summary", false, "with --period YYYY: the yearly work summary (年度工作总结) instead of the statutory report")
	format := fs.String("format", "md", "`md`, html or csv")
	scope := fs.String("scope", "public", scopeUsage)
	var now dayFlag
	fs.Var(&now, "now", "treat `DATE` as today (default: today in the site's timezone)")
	if code := parse(fs, args); code >= 0 {
		return code
	}
	_, _, stderr = speak(fs, abs(*site), stdout, stderr) // stdout is the report
	if *format != "md" && *format != "html" && *format != "csv" {
		fmt.Fprintf(stderr, "gongkai report: --format must be md, html or csv, not %q\n", *format)
		return exitUsage
	}
	sc, ok := resolveScope("report", *scope, stderr)
	if !ok {
		return exitUsage
	}
	p, ok := reportPeriod(*month, *period, *summary, stderr)
	if !ok {
		return exitUsage
	}
	if *period != "" && !*summary && p.Kind == report.Yearly {
		return runAnnual(*site, p.Year, *format, sc, now, stdout, stderr)
	}
	opts := build.Options{SiteDir: abs(*site), Now: now.day}
	r, diags := loadReport(&opts, p, sc)
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

// reportPeriod is the period --month, --period and --summary ask for; a
// monthly period of year 0 is the month before --now.
func reportPeriod(month, period string, summary bool, stderr io.Writer) (report.Period, bool) {
	fail := func(format string, args ...any) (report.Period, bool) {
		fmt.Fprintf(stderr, "gongkai report: "+format+"\n", args...)
		return report.Period{}, false
	}
	switch {
	case month != "" && period != "":
		return fail("--period and --month name two reports; write one of them")
	case summary && (len(period) != 4):
		return fail("--summary is the yearly work summary; write it with --period 2026")
	case month != "":
		t, err := time.Parse("2006-01", month)
		if err != nil {
			return fail("--month %q is not a month; write --month 2026-10", month)
		}
		return report.Period{Kind: report.Monthly, Year: t.Year(), Month: int(t.Month())}, true
	case period == "":
		return report.Period{Kind: report.Monthly}, true
	}
	y, half, _ := strings.Cut(period, "-")
	year, err := strconv.Atoi(y)
	switch {
	case err != nil || len(y) != 4 || year < 1000 || (half != "" && half != "H1"):
		return fail("--period %q is not a period; write --period 2026 (the year) or --period 2026-H1 (its first half)", period)
	case half == "H1":
		return report.Period{Kind: report.HalfYear, Year: year}, true
	}
	return report.Period{Kind: report.Yearly, Year: year}, true
}

// loadReport reads the site once, as a build does, and makes the work
// report of period (the month before --now when its year is 0) over the
// items that load read: its diagnostics are the report's warnings. It
// returns nil and the diagnostics when the site or its registers have
// errors.
func loadReport(opts *build.Options, period report.Period, scope config.Scope) (*report.Report, []diag.Diagnostic) {
	site, recs, diags := build.LoadWithRecords(opts)
	if diag.CountErrors(diags) > 0 || site == nil {
		return nil, diags
	}
	if period.Year == 0 {
		prev := opts.Now.AddMonths(-1)
		period = report.Period{Kind: report.Monthly, Year: prev.Y, Month: int(prev.M)}
	}
	r := report.MakePeriod(site.Config, site.Audit, period, opts.Now, scope, diags)
	r.SetRecords(recs)
	return r, diags
}
