package build

import (
	"github.com/gongkai/gongkai/internal/check"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/disclose"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/records"
)

// loadRecords reads the registers under records/: what the website
// publishes of them (disclose.Of: aggregates and what a record marks
// public) goes into site.Records. When check asks (Options.Records) and
// site.toml has no errors (the calendar and reply_days come from it),
// check's rules are applied to them too. This is the one place a build
// reads records/; the registers are returned for gongkai report.
func loadRecords(opts *Options, cfg *config.Site, set *content.Set, site *model.Site, cfgOK bool) (*records.Set, []diag.Diagnostic) {
	recs, diags := records.Load(opts.FS, cfg)
	if opts.Records && cfgOK {
		diags = append(diags, check.Records(cfg, recs, set, opts.Now)...)
	}
	if site != nil {
		site.Records = disclose.Of(recs, site.Calendar, opts.Now)
	}
	return recs, diags
}
