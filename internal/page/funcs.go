package page

import (
	"encoding/json"
	"html/template"
	"strings"
	"sync"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/model"
)

// Funcs are the template functions every layout may use, for every channel.
func Funcs(s *model.Site) template.FuncMap {
	return template.FuncMap{
		// url gives the address of an output path on this site: url "categories/cadre/".
		"url": func(p string) string { return s.BasePath + strings.TrimPrefix(p, "/") },
		// abs gives the absolute address from base_url, for QR codes and links from print.
		"abs":          func(p string) string { return s.Config.BaseURL + strings.TrimPrefix(p, "/") },
		"categoryName": s.CategoryLabel,
		// categoryList is the title of a category's list: its label, or
		// the name of a register's documents (registers.go).
		"categoryList": func(key string) string { return CategoryList(s, key) },
		"issuerName":   s.IssuerLabel,
		"termName":     config.Terms.Label,
		"periodName":   config.Periods.Label,
		"channelName":  config.Channels.Label,
		"channelNames": ChannelNames,
		"summary":      Summary,
		// pubDate is when an item was published, as the pages' metadata
		// gives it (PubDate): "2026-11-20 09:30", or the day alone when the
		// editor gave no time.
		"pubDate": func(it *model.Item) string { return PubDate(s, it) },
		// shortDate is a date in a compact list: 11月23日 in the build's
		// year, 2025年11月23日 in another.
		"shortDate": func(d calendar.Day) string {
			if d.Y == s.Now.Y {
				return d.ChineseShort()
			}
			return d.Chinese()
		},
		// sectionName is the heading a category is listed under (党务公开…).
		"sectionName": func(category string) string { return SectionName(s.Category(category)) },
		// webBody is a body as the website shows it: tables labelled for
		// phones, telephone numbers linked, dates kept together.
		"webBody": WebBody,
		// powers, risk points and decisions
		"powerTypeName":   config.PowerTypes.Label,
		"measureKindName": config.MeasureKinds.Label,
		"riskLevelWord":   config.RiskLevelWord,
		"add":             func(a, b int) int { return a + b },
		// daysLeft counts the days of a window still to come, today included.
		"daysLeft": func(until calendar.Day) int { return s.Now.DaysUntil(until) + 1 },
		"workdays": s.Calendar.WorkdaysBetween,
		"dueDate":  func(it *model.Item) calendar.Day { return model.DueDate(it.Item) },
		"lastUpdate": func(it *model.Item) calendar.Day {
			return model.LastUpdate(it.Item)
		},
		"first": func(n int, items []*model.Item) []*model.Item {
			if len(items) > n {
				return items[:n]
			}
			return items
		},
		"year": func() int { return s.Now.Y },
		// zoneOffsets is the site's timezone for the pages' clock script
		// (calendar.Offsets), as JSON: the same on every page of a build,
		// made once.
		"zoneOffsets": sync.OnceValues(func() (string, error) {
			b, err := json.Marshal(calendar.Offsets(s.Config.Location, s.Now))
			return string(b), err
		}),
		"coverageItems": coverageItems,
	}
}

// PubDate is when an item was published, as the pages' metadata gives it
// (pubDate).
func PubDate(s *model.Site, it *model.Item) string {
	if it.Published.HasTime {
		return it.Published.In(s.Config.Location).Format("2006-01-02 15:04")
	}
	return it.Date.String()
}

// ChannelNames is the channels' labels joined with 、 (channelNames).
func ChannelNames(chs []string) string {
	names := make([]string, len(chs))
	for i, c := range chs {
		names[i] = config.Channels.Label(c)
	}
	return strings.Join(names, "、")
}

// Summary is the item's summary, or the start of its text, cut at n runes,
// with runs of white space made one space.
func Summary(it *model.Item, n int) string {
	text := it.Summary
	if text == "" && it.Doc != nil {
		text = it.Doc.Text
	}
	var b strings.Builder
	gap, count := false, 0
	for _, r := range text {
		if space(r) {
			gap = b.Len() > 0
			continue
		}
		if count == n {
			b.WriteString("……")
			break
		}
		if gap {
			b.WriteByte(' ')
			gap = false
		}
		b.WriteRune(r)
		count++
	}
	return b.String()
}
