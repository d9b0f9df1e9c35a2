package report

import (
	"fmt"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
)

// Kind is the span a work report covers.
type Kind int

const (
	Monthly  Kind = iota // 工作月报, due by the 10th of the next month (六.2)
	HalfYear             // 上半年工作总结, January to June, due by 10 June
	Yearly               // 年度工作总结, the year, due by 10 December
)

// Period is the span of a work report: a month of Year, its first half,
// or the whole year.
type Period struct {
	Kind  Kind
	Year  int
	Month int // Monthly only
}

// First is the period's first day.
func (p Period) First() calendar.Day {
	if p.Kind == Monthly {
		return calendar.Date(p.Year, monthOf(p.Month), 1)
	}
	return calendar.Date(p.Year, 1, 1)
}

// Last is the period's last day.
func (p Period) Last() calendar.Day {
	switch p.Kind {
	case HalfYear:
		return calendar.Date(p.Year, 6, 30)
	case Yearly:
		return calendar.Date(p.Year, 12, 31)
	}
	return p.First().AddMonths(1).AddDays(-1)
}

// Due is the day the report is handed in by.
func (p Period) Due() calendar.Day {
	switch p.Kind {
	case HalfYear:
		return calendar.Date(p.Year, 6, 10)
	case Yearly:
		return calendar.Date(p.Year, 12, 10)
	}
	return p.First().AddMonths(1).AddDays(9)
}

// Name is the report's name and period, for its title.
func (p Period) Name() string {
	switch p.Kind {
	case HalfYear:
		return fmt.Sprintf("上半年工作总结（%d年1月至6月）", p.Year)
	case Yearly:
		return fmt.Sprintf("年度工作总结（%d年）", p.Year)
	}
	return fmt.Sprintf("工作月报（%d年%d月）", p.Year, p.Month)
}

// Word is how the report's text names its period: 本月, 上半年, 本年.
func (p Period) Word() string {
	switch p.Kind {
	case HalfYear:
		return "上半年"
	case Yearly:
		return "本年"
	}
	return "本月"
}

// End is how the report names the day its figures are taken on: 月末, 期末.
func (p Period) End() string {
	if p.Kind == Monthly {
		return "月末"
	}
	return "期末"
}

// spoken is a text of the monthly report said of r's period: 本月 becomes
// 上半年 or 本年, 月末 becomes 期末. A nil report (the annual report's
// printer) leaves it as it is.
func (r *Report) spoken(s string) string {
	if r == nil || r.Period.Kind == Monthly {
		return s
	}
	return strings.NewReplacer("本月", r.Period.Word(), "月末", r.Period.End()).Replace(s)
}
