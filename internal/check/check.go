// Package check applies the disclosure rules of the policy to a site's
// content and reports what breaks them, as warnings with file and line:
// publicity windows too short in working days, major-decision consultations
// under 30 days, notices of a consultation dated before their first stage,
// periodic items not updated in time, catalog entries with no
// current item, items published later than their catalog entry's time
// limit (or 20 working days) after the information was formed, fewer than
// ten fixed boards or one of the five subjects of 实施细则 五.1 on none
// (boards.go), categories left as empty columns (blank.go), and, as an
// error, one 文号 on two items (numbers.go). `gongkai check` prints them;
// `gongkai build` prints them as warnings.
package check

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/model"
)

// ConsultationDays is the shortest consultation window for a major decision
// (重大决策征求意见), in calendar days, both ends included.
const ConsultationDays = 30

// FormedLimit is how many working days may pass between the day information
// is formed and the day it is published.
const FormedLimit = 20

// Run checks every item of the content, in every scope, and the catalog.
// drafts says whether drafts are checked too. While some files of the
// content could not be read (their errors are reported), the catalog is
// not checked: an entry may be fulfilled by an item in them.
func Run(cfg *config.Site, set *content.Set, now calendar.Day, drafts bool) []diag.Diagnostic {
	return RunWith(cfg, set, now, drafts, model.NewEditions(cfg, set.Items, now))
}

// RunWith is Run weighing the items as eds, the editions of set's items on
// now, has them: a build passes those its model makes (model.Editions).
func RunWith(cfg *config.Site, set *content.Set, now calendar.Day, drafts bool, eds *model.Editions) []diag.Diagnostic {
	items := set.Items
	c := &checker{cfg: cfg, cal: model.NewCalendar(cfg), now: now}
	for _, it := range items {
		if it.Draft && !drafts {
			continue
		}
		c.window(it)
		c.consultation(it)
		c.beforeStages(it)
		c.formed(it)
		c.decided(it)
	}
	// every scope, each item as the edition of its own scope shows it
	audit := eds.Audit(config.Internal)
	for _, it := range audit {
		c.overdue(it)
	}
	if !set.Incomplete() {
		c.catalog(audit, set)
		if len(set.Broken) == 0 { // an item left out for its errors may fill a category
			c.blank(eds.Audit(config.Public))
		}
	}
	c.numbers(items)
	c.boards()
	diag.Sort(c.diags)
	return c.diags
}

type checker struct {
	cfg   *config.Site
	cal   *calendar.Calendar
	now   calendar.Day
	diags []diag.Diagnostic
}

func (c *checker) warn(file string, line int, format string, args ...any) {
	c.diags = append(c.diags, diag.Diagnostic{File: file, Line: line, Severity: diag.Warning, Msg: fmt.Sprintf(format, args...)})
}

// window: an immediate item's publicity window must have the category's
// minimum number of working days (任前公示: 5).
func (c *checker) window(it *content.Item) {
	cat := c.cfg.CategoryByKey(it.Category)
	if it.Term != string(config.Immediate) || cat == nil || cat.MinWindow == 0 || it.Until.IsZero() {
		return
	}
	n := c.cal.WorkdaysBetween(it.Date, it.Until)
	if n >= cat.MinWindow {
		return
	}
	need := c.cal.AddWorkdays(it.Date, cat.MinWindow-1)
	if !c.cal.IsWorkday(it.Date) {
		need = c.cal.AddWorkdays(it.Date, cat.MinWindow)
	}
	c.warn(it.File, it.Line("until"), "the publicity window %s to %s has %d working days; %s needs at least %d: write until = %s or later",
		it.Date, it.Until, n, cat.Label, cat.MinWindow, need)
}

// consultation: a major decision must be open for comment at least 30 days,
// whether the window is an item's publicity window or its 征求意见 stage.
func (c *checker) consultation(it *content.Item) {
	start, end, key, ok := it.ConsultationWindow(c.cfg)
	if !ok {
		return
	}
	days := start.DaysUntil(end) + 1
	if days >= ConsultationDays {
		return
	}
	name := key
	if key != "until" {
		name = "end"
	}
	c.warn(it.File, it.Line(key), "the consultation window %s to %s is %d days; a major decision must be open for comment at least %d days: write %s = %s or later",
		start, end, days, ConsultationDays, name, start.AddDays(ConsultationDays-1))
}

// beforeStages: a notice of a consultation category dated before its first
// stage begins has, until that day, no stage published (what is dated
// after --now is not), so it is shown as an item without stages: open for
// comment over its publicity window, which it is not.
func (c *checker) beforeStages(it *content.Item) {
	cat := c.cfg.CategoryByKey(it.Category)
	if it.Decision == nil || len(it.Decision.Stages) == 0 || cat == nil || !cat.Consultation ||
		it.Term != string(config.Immediate) || it.Until.IsZero() {
		return
	}
	first := it.Decision.Stages[0]
	if !first.Start.After(it.Date) {
		return
	}
	c.warn(it.File, it.Line("date"), "the notice is published %s, before its first stage (%s) begins on %s: until then no stage of it is published, and it shows as open for comment from %s to %s; write date = %s, or add the stage begun before it (such as 调查研究)",
		it.Date, config.Stages.Label(first.Key), first.Start, it.Date, it.Until, first.Start)
}

// formed: information must be published within the time limit of the
// catalog entry that covers it (公开时限, when it states one in days), else
// within 20 working days of being formed.
func (c *checker) formed(it *content.Item) {
	if it.Formed.IsZero() {
		return
	}
	l, e := c.limitOf(it)
	last := l.Last(c.cal, it.Formed)
	if !it.Date.After(last) {
		return
	}
	took := fmt.Sprintf("%d working days", c.cal.WorkdaysBetween(it.Formed.AddDays(1), it.Date))
	if !l.Workdays {
		took = fmt.Sprintf("%d days", it.Formed.DaysUntil(it.Date))
	}
	if e == nil {
		c.warn(it.File, it.Line("date"), "published %s, %s after the information was formed on %s; the limit is %d working days (by %s)",
			it.Date, took, it.Formed, FormedLimit, last)
		return
	}
	c.warn(it.File, it.Line("date"), "published %s, %s after the information was formed on %s; catalog entry %q (site.toml:%d) sets %s: publish by %s, or correct formed",
		it.Date, took, it.Formed, e.Name, c.cfg.Meta.Line(fmt.Sprintf("catalog[%d]", e.Index)), l.Text, last)
}

// overdue: a periodic item must be updated within its period.
func (c *checker) overdue(it *model.Item) {
	if it.Status != model.Overdue {
		return
	}
	key := "date"
	if !it.Updated.IsZero() {
		key = "updated"
	}
	c.warn(it.File, it.Line(key), "this %s item was last updated %s and was due by %s; publish the update and write updated = %s, or a new item with replaces = %q",
		it.Period, model.LastUpdate(it.Item), model.DueDate(it.Item), c.now, it.ID)
}

// catalog: every catalog entry needs a current item. An entry that lists
// an item there is no file for is left to that error.
func (c *checker) catalog(items []*model.Item, set *content.Set) {
	ids := map[string]bool{}
	for _, it := range set.Items {
		ids[it.ID] = true
	}
	for i := range c.cfg.Catalog {
		e := &c.cfg.Catalog[i]
		if slices.ContainsFunc(e.Items, func(id string) bool { return !ids[id] }) {
			continue
		}
		cov := model.CoverEntry(e, items)
		line := c.cfg.Meta.Line(fmt.Sprintf("catalog[%d]", i))
		switch cov.Coverage {
		case model.Missing:
			c.warn(config.File, line, "catalog entry %q has no item; %s", e.Name, fulfil(e))
		case model.Stale:
			c.warn(config.File, line, "catalog entry %q has no current item: the newest, %s, is %s; publish an update", e.Name, cov.Items[0].ID, cov.Items[0].StatusLabel())
		}
	}
}

// fulfil says how to fulfil a catalog entry that has no item, from what the
// entry names: its categories, or the items it lists.
func fulfil(e *config.CatalogEntry) string {
	cats := e.Categories
	if e.Category != "" {
		cats = append([]string{e.Category}, cats...)
	}
	if len(cats) > 0 {
		return fmt.Sprintf("publish one in category %s, or list one with items = [\"…\"]", quoteOr(cats))
	}
	return fmt.Sprintf("publish %s, which it lists with items, or list a published item", quoteOr(e.Items))
}

// quoteOr is `"a", "b" or "c"`.
func quoteOr(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = strconv.Quote(s)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
