// Package report writes the monthly work report (工作月报) that the policy
// (六.2) asks each county to hand in by the 10th of the next month: what was
// published that month, the publicity windows open and closed, periodic
// items overdue, catalog coverage, and what to fix next.
package report

import (
	"cmp"
	"slices"
	"time"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/records"
)

// Report is the month's figures, computed as of the month's last day (or
// today, for the month in progress), over the items of its scope: the
// public report counts and names only what the public build publishes.
type Report struct {
	Site       *config.Site
	Scope      config.Scope // public: public items only; internal: public and internal items
	Year       int
	Month      int    // 0 unless Period is Monthly
	Period     Period // the span reported on
	First      calendar.Day
	AsOf       calendar.Day // the day the figures are taken on
	Made       calendar.Day // --now
	Published  []*model.Item
	ByCategory []Count
	ByTerm     []Count
	ByIssuer   []Count
	ByChannel  []Count
	Open       []*model.Item // immediate items in force on some day of the month
	Closed     []*model.Item // immediate items whose window ended in the month
	Overdue    []*model.Item // periodic items overdue on AsOf
	Entries    []*model.Entry
	Covered    int               // entries with a current item (覆盖率)
	OnTime     int               // covered entries none of whose items of the month is Late (按时公开)
	Late       []Late            // items of the month published after their entry's time limit
	Warnings   []diag.Diagnostic // policy warnings about the month's items
	Tasks      []*records.Task   // the task table (records/tasks.toml), set by the caller
	Requests   RequestSum        // the requests for disclosure, set by SetRecords
}

// Count is one row of a breakdown.
type Count struct {
	Key, Label       string
	Public, Internal int
}

// Total is public plus internal.
func (c Count) Total() int { return c.Public + c.Internal }

// Percent is the catalog coverage, rounded down.
func (r *Report) Percent() int {
	if len(r.Entries) == 0 {
		return 100
	}
	return r.Covered * 100 / len(r.Entries)
}

// Auditor gives the items published on a day in an edition of scope, as
// model.Audit does: (*model.Site).Audit, the items of the build's one load.
type Auditor func(day calendar.Day, scope config.Scope) []*model.Item

// Make computes the report for year-month over the items a build of scope
// publishes and the catalog entries of that scope. warnings are the site's
// policy warnings; those about items published in the month are kept.
func Make(cfg *config.Site, audit Auditor, year, month int, now calendar.Day, scope config.Scope, warnings []diag.Diagnostic) *Report {
	return MakePeriod(cfg, audit, Period{Kind: Monthly, Year: year, Month: month}, now, scope, warnings)
}

// MakePeriod computes the work report of period (a month, a half-year, a
// year) as Make does for a month: as of its last day, or now when sooner.
func MakePeriod(cfg *config.Site, audit Auditor, period Period, now calendar.Day, scope config.Scope, warnings []diag.Diagnostic) *Report {
	first, last := period.First(), period.Last()
	asOf := last
	if now.Before(last) {
		asOf = now
	}
	r := &Report{Site: cfg, Scope: scope, Period: period, Year: period.Year, Month: period.Month, First: first, AsOf: asOf, Made: now}
	inPeriod := func(d calendar.Day) bool { return !d.Before(first) && !d.After(last) }
	cal := model.NewCalendar(cfg)
	files := map[string]bool{}
	items := audit(asOf, scope)
	for _, it := range items {
		if inPeriod(it.Date) {
			r.Published = append(r.Published, it)
			files[it.File] = true
		}
		if it.Term == string(config.Immediate) && !it.Until.Before(first) && !it.Date.After(asOf) {
			if inPeriod(it.Until) && it.Until.Before(asOf) {
				r.Closed = append(r.Closed, it)
			} else {
				r.Open = append(r.Open, it)
			}
		}
		if it.Status == model.Overdue {
			r.Overdue = append(r.Overdue, it)
		}
	}
	r.breakdowns(cfg)
	for i := range cfg.Catalog {
		if cfg.Catalog[i].Scope == string(config.Internal) && scope != config.Internal {
			continue
		}
		e := model.CoverEntry(&cfg.Catalog[i], items)
		if e.Coverage == model.Covered {
			r.Covered++
		}
		r.Late = append(r.Late, lateItems(e, cal, inPeriod)...)
		if r.onTime(e) {
			r.OnTime++
		}
		r.Entries = append(r.Entries, e)
	}
	for _, w := range warnings {
		if files[w.File] {
			r.Warnings = append(r.Warnings, w)
		}
	}
	byDate := func(a, b *model.Item) int { return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.ID, b.ID)) }
	slices.SortFunc(r.Published, byDate)
	slices.SortFunc(r.Open, byDate)
	slices.SortFunc(r.Closed, byDate)
	slices.SortFunc(r.Overdue, byDate)
	return r
}

func monthOf(m int) time.Month { return time.Month(m) }

func (r *Report) breakdowns(cfg *config.Site) {
	r.ByCategory = count(r.Published, vocabRows(cfg.CategoryVocab()), func(it *model.Item) []string { return []string{it.Category} })
	r.ByTerm = count(r.Published, vocabRows(config.Terms), func(it *model.Item) []string { return []string{it.Term} })
	issuers := append(vocabRows(cfg.IssuerVocab()), Count{Key: "", Label: "未注明"})
	r.ByIssuer = count(r.Published, issuers, func(it *model.Item) []string { return []string{it.Issuer} })
	r.ByChannel = count(r.Published, vocabRows(config.Channels), func(it *model.Item) []string { return it.Channels })
}

func vocabRows(v *config.Vocab) []Count {
	rows := make([]Count, len(v.Entries))
	for i, e := range v.Entries {
		rows[i] = Count{Key: e.Key, Label: e.Label}
	}
	return rows
}

// count tallies items into rows by keys, keeping only rows with items.
func count(items []*model.Item, rows []Count, keys func(*model.Item) []string) []Count {
	for _, it := range items {
		for _, k := range keys(it) {
			for i := range rows {
				if rows[i].Key == k {
					if it.Internal() {
						rows[i].Internal++
					} else {
						rows[i].Public++
					}
				}
			}
		}
	}
	return slices.DeleteFunc(rows, func(c Count) bool { return c.Total() == 0 })
}

// Title is the report's heading; the internal report's says it is one.
func (r *Report) Title() string {
	t := r.Site.Title + r.Period.Name()
	if r.Internal() {
		t += "（含党内公开事项）"
	}
	return t
}

// Internal reports whether this is the internal report, which counts and
// names internal (党内公开) items too.
func (r *Report) Internal() bool { return r.Scope == config.Internal }

// SetRecords adds what the registers say to the report: the requests for
// disclosure, counted, and the task table.
func (r *Report) SetRecords(set *records.Set) {
	r.Tasks = set.Tasks
	r.Requests = sumRequests(set.Requests, model.NewCalendar(r.Site), r.First, r.AsOf)
}
