package build

import (
	"io/fs"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/check"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/records"
)

// checkRecords reads the registers under records/ and, when site.toml has
// no errors (the calendar and reply_days come from it), applies check's
// rules to them. Only `gongkai check` asks for it (Options.Records): a
// build never reads records/, so nothing in it can reach the output.
func checkRecords(fsys fs.FS, cfg *config.Site, set *content.Set, now calendar.Day, cfgOK bool) []diag.Diagnostic {
	recs, diags := records.Load(fsys, cfg)
	if cfgOK {
		diags = append(diags, check.Records(cfg, recs, set, now)...)
	}
	return diags
}
