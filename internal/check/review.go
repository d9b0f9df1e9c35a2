package check

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/content"
)

// decisionDate finds the date in a decided_by: 2026-11-20, 2026/11/20 or
// 2026年11月20日.
var decisionDate = regexp.MustCompile(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`)

// decided: decided_by names the collective decision, meeting and date
// (集体研究决定); its date comes before the item is published.
func (c *checker) decided(it *content.Item) {
	if it.DecidedBy == "" {
		return
	}
	m := decisionDate.FindStringSubmatch(it.DecidedBy)
	if m == nil {
		c.warn(it.File, it.Line("decided_by"), "decided_by %q names no date; write the meeting and its date, such as decided_by = \"县委第16次常委会议 2026-11-20\"", it.DecidedBy)
		return
	}
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	on, err := calendar.Parse(fmt.Sprintf("%s-%02d-%02d", m[1], mo, d))
	if err != nil {
		c.warn(it.File, it.Line("decided_by"), "decided_by %q holds %s, which is not a date on the calendar; write the meeting's date, such as 2026-11-20", it.DecidedBy, m[0])
		return
	}
	if on.After(it.Date) {
		c.warn(it.File, it.Line("decided_by"), "the decision of %s is after the item's date %s; an item outside the catalog is published after the collective decision: correct the date in decided_by, or the item's date", on, it.Date)
	}
}
