package check

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/model"
)

// TimeLimit is a catalog entry's time limit (公开时限) as far as it can be
// counted: the first "N个工作日内" (working days) or "N日内" / "N天内"
// (calendar days) of its time_limit, counted from the day the information
// was formed.
type TimeLimit struct {
	N        int
	Workdays bool
	Text     string // as written in time_limit: "20个工作日内"
}

var limitPattern = regexp.MustCompile(`([0-9]+)\s*(个工作日|日|天)内`)

// ParseTimeLimit reads the limit out of a time_limit; ok is false when it
// states none that can be counted ("每季度核对更新").
func ParseTimeLimit(text string) (TimeLimit, bool) {
	m := limitPattern.FindStringSubmatch(text)
	if m == nil {
		return TimeLimit{}, false
	}
	n, err := strconv.Atoi(m[1])
	if err != nil || n <= 0 || n > 3650 {
		return TimeLimit{}, false
	}
	return TimeLimit{N: n, Workdays: m[2] == "个工作日", Text: m[0]}, true
}

// Last is the last day information formed on day formed may be published.
func (l TimeLimit) Last(cal *calendar.Calendar, formed calendar.Day) calendar.Day {
	if l.Workdays {
		return cal.AddWorkdays(formed, l.N)
	}
	return formed.AddDays(l.N)
}

// limitOf is the time limit an item is held to: that of the first catalog
// entry of its scope that covers it and states one, else the general
// limit of 20 working days (FormedLimit). entry is nil for the general one.
func (c *checker) limitOf(it *content.Item) (TimeLimit, *config.CatalogEntry) {
	mi := &model.Item{Item: it}
	for i := range c.cfg.Catalog {
		e := &c.cfg.Catalog[i]
		if e.Scope != it.Scope || !model.Fulfils(e, mi) {
			continue
		}
		if l, ok := ParseTimeLimit(e.TimeLimit); ok {
			return l, e
		}
	}
	return TimeLimit{N: FormedLimit, Workdays: true, Text: fmt.Sprintf("%d个工作日内", FormedLimit)}, nil
}
