package config

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
)

// Span is a length of time written as text: "30d" (days), "6m" (months),
// "1y" (years), or the Chinese "30天", "6个月", "1年"; or "never" (永不).
// unlist_after is one: how long an ended notice stays in the site's lists.
type Span struct {
	N     int
	Unit  byte // 'd', 'm' or 'y'
	Never bool // written "never": a category's default switched off
	Set   bool // written at all
}

// spanPattern is a number and its unit.
var spanPattern = regexp.MustCompile(`^([0-9]+)\s*(d|m|y|天|日|个月|月|年)$`)

// spanUnits maps the units as written to d, m, y, with the most of each a
// span may hold (a hundred years), so that no date overflows.
var spanUnits = map[string]struct {
	unit byte
	max  int
}{
	"d": {'d', 36500}, "天": {'d', 36500}, "日": {'d', 36500},
	"m": {'m', 1200}, "个月": {'m', 1200}, "月": {'m', 1200},
	"y": {'y', 100}, "年": {'y', 100},
}

// UnmarshalTOMLValue reads the span from its text.
func (s *Span) UnmarshalTOMLValue(v any) error {
	text, ok := v.(string)
	if !ok {
		return fmt.Errorf(`expected a length of time in double quotes: "30d" (days), "6m" (months), "1y" (years), or "never"`)
	}
	sp, err := ParseSpan(text)
	if err != nil {
		return err
	}
	*s = sp
	return nil
}

// Hint is what to write instead.
func (Span) Hint() string { return `"30d"` }

// ParseSpan reads "30d", "6m", "1y", "30天", "6个月", "1年" or "never".
func ParseSpan(text string) (Span, error) {
	t := strings.ToLower(strings.TrimSpace(text))
	if t == "never" || t == "永不" {
		return Span{Never: true, Set: true}, nil
	}
	m := spanPattern.FindStringSubmatch(t)
	if m == nil {
		return Span{}, fmt.Errorf(`%q is not a length of time: a number and d (days), m (months) or y (years), or "never"`, text)
	}
	u := spanUnits[m[2]]
	n, err := strconv.Atoi(m[1])
	switch {
	case err != nil || n > u.max:
		return Span{}, fmt.Errorf("%q is longer than a hundred years", text)
	case n == 0:
		return Span{}, fmt.Errorf(`%q would leave no time at all; give at least "1d", or "never" to keep the item listed`, text)
	}
	return Span{N: n, Unit: u.unit, Set: true}, nil
}

// On reports whether the span is written and not "never".
func (s Span) On() bool { return s.Set && !s.Never }

// After is day d plus the span: "30d" after 2026-11-27 is 2026-12-27; a
// month after January 31 is the last day of February.
func (s Span) After(d calendar.Day) calendar.Day {
	switch s.Unit {
	case 'm':
		return d.AddMonths(s.N)
	case 'y':
		return d.AddMonths(12 * s.N)
	}
	return d.AddDays(s.N)
}

// String is the span as it is best written: "30d", "6m", "1y", "never",
// or "" when not written.
func (s Span) String() string {
	switch {
	case s.Never:
		return "never"
	case !s.Set:
		return ""
	}
	return strconv.Itoa(s.N) + string(s.Unit)
}
