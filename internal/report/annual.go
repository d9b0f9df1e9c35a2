package report

import (
	"fmt"
	"slices"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/records"
)

// Annual is the statutory annual report (政府信息公开工作年度报告, 条例
// Art. 49–50) in the national format of 2021 (国办公开办函〔2021〕30号):
// what was published in the year, the requests received and handled, and
// the reviews and lawsuits over them. It holds aggregates only: no
// applicant, subject or reply of a request reaches it.
type Annual struct {
	Site      *config.Site
	Scope     config.Scope
	Year      int
	AsOf      calendar.Day // the year's last day, or --now for the year in progress
	Made      calendar.Day // --now
	Published []Count      // items of the scope published in the year, by category
	Requests  []RequestRow // part 三, in the national table's order
	Reviews   Tally        // 行政复议
	Direct    Tally        // 行政诉讼, 未经复议直接起诉
	AfterRev  Tally        // 行政诉讼, 复议后起诉
	// Text is the office's words for the parts that are not figures
	// (ParseAnnualText), by heading; a part not written is a placeholder.
	Text map[string]string
}

// RequestRow is one row of part 三: counts by applicant, in the order of
// records.Applicants. A heading row (Heading) has no counts.
type RequestRow struct {
	Label   string
	Heading bool
	Cells   []int
}

// Total is the row's 总计.
func (r RequestRow) Total() int {
	n := 0
	for _, c := range r.Cells {
		n += c
	}
	return n
}

// Tally counts follow-ups by result, in the order of records.Results
// (维持, 纠正, 其他, 尚未审结).
type Tally [4]int

// Total is the tally's 总计.
func (t Tally) Total() int { return t[0] + t[1] + t[2] + t[3] }

// MakeAnnual computes the annual report of year over the items a build of
// scope publishes (audit) and the requests of the registers.
func MakeAnnual(cfg *config.Site, audit Auditor, reqs []*records.Request, year int, now calendar.Day, scope config.Scope) *Annual {
	last := calendar.Date(year, 12, 31)
	asOf := last
	if now.Before(last) {
		asOf = now
	}
	a := &Annual{Site: cfg, Scope: scope, Year: year, AsOf: asOf, Made: now}
	var items []*itemRef
	for _, it := range audit(asOf, scope) {
		if it.Date.Y == year {
			items = append(items, &itemRef{it.Category, it.Internal()})
		}
	}
	a.Published = countRefs(items, vocabRows(cfg.CategoryVocab()))
	a.Requests = requestTable(reqs, year, asOf)
	a.followUps(reqs, year, asOf)
	return a
}

type itemRef struct {
	category string
	internal bool
}

func countRefs(items []*itemRef, rows []Count) []Count {
	for _, it := range items {
		for i := range rows {
			if rows[i].Key == it.category {
				if it.internal {
					rows[i].Internal++
				} else {
					rows[i].Public++
				}
			}
		}
	}
	return slices.DeleteFunc(rows, func(c Count) bool { return c.Total() == 0 })
}

// Title is the report's heading; the internal report's says it is one.
func (a *Annual) Title() string {
	who := a.Site.County
	if who == "" {
		who = a.Site.Title
	}
	t := fmt.Sprintf("%s%d年政府信息公开工作年度报告", who, a.Year)
	if a.Scope == config.Internal {
		t += "（含党内公开事项）"
	}
	return t
}
