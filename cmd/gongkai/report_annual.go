package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/report"
	"github.com/gongkai/gongkai/internal/sitefs"
)

// runAnnual is `gongkai report --period YYYY`: the statutory annual report.
func runAnnual(site string, year int, format string, sc config.Scope, now dayFlag, stdout, stderr io.Writer) int {
	var err error
	opts := build.Options{SiteDir: abs(site), Now: now.day}
	a, diags := loadAnnual(&opts, year, sc)
	if a == nil {
		printDiags(stderr, diags, false)
		fmt.Fprintf(stderr, "report: the site has %s; fix them first\n", countErrors(diags))
		return exitContent
	}
	switch format {
	case "html":
		err = a.HTML(stdout)
	case "csv":
		err = a.CSV(stdout)
	default:
		err = a.Markdown(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "gongkai report: %v\n", err)
		return exitContent
	}
	return exitOK
}

// loadAnnual reads the site as a build does and its registers under
// records/, and makes the annual report of year. It returns nil and the
// diagnostics when the site or the registers have errors: a register
// that does not load would leave its requests out of the counts.
func loadAnnual(opts *build.Options, year int, scope config.Scope) (*report.Annual, []diag.Diagnostic) {
	site, recs, diags := build.LoadWithRecords(opts)
	if diag.CountErrors(diags) > 0 || site == nil {
		return nil, diags
	}
	a := report.MakeAnnual(site.Config, site.Audit, recs.Requests, year, opts.Now, scope)
	file := report.AnnualTextFile(year)
	data, err := fs.ReadFile(opts.FS, file)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return a, diags
	case err != nil:
		return nil, append(diags, diag.Diagnostic{File: file, Msg: sitefs.Unreadable(file, false, err)})
	}
	text, tdiags := report.ParseAnnualText(file, data)
	if len(tdiags) > 0 {
		return nil, append(diags, tdiags...)
	}
	a.Text = text
	return a, diags
}
