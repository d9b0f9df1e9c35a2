package config

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gongkai/gongkai/internal/tomlx"
)

// Schedule is one [[kiosks.schedule]] entry of a display kiosk: on its
// days, from From to To in the site's timezone, the screen shows what the
// entry selects instead of the kiosk's own selection. The browser picks
// the entry in force at each round start (package kiosk).
type Schedule struct {
	Days       tomlx.StringList `toml:"days"` // "一-五", ["六", "日"], "mon-fri"; every day when not given
	From       string           `toml:"from"` // "11:30"; 00:00 when not given
	To         string           `toml:"to"`   // "13:30"; 24:00 when not given
	Categories tomlx.StringList `toml:"categories"`
	Items      tomlx.StringList `toml:"items"`
	Lists      tomlx.StringList `toml:"lists"` // "powers", "risks": the items of those generated lists

	When Window `toml:"-"`
}

// Window is a part of the week: on Days (time.Weekday numbers, Sunday 0,
// as JavaScript counts them), minutes From to To of the day. The zero
// Window with Always set is every moment.
type Window struct {
	Always bool  `json:"always,omitempty"`
	Days   []int `json:"days"`
	From   int   `json:"from"` // minutes since midnight, From < To
	To     int   `json:"to"`
}

// Holds reports whether the window holds at minute m of weekday d.
func (w Window) Holds(d time.Weekday, m int) bool {
	return w.Always || (slices.Contains(w.Days, int(d)) && w.From <= m && m < w.To)
}

// Overlaps reports whether two windows share a moment.
func (w Window) Overlaps(o Window) bool {
	for _, d := range w.Days {
		if slices.Contains(o.Days, d) && w.From < o.To && o.From < w.To {
			return true
		}
	}
	return false
}

// kioskTimes checks and resolves a kiosk's hours, days, off and schedule.
func (v *validator) kioskTimes(p string, k *Kiosk) {
	k.On = v.onWindow(p, k)
	switch k.Off {
	case "", "black", "黑屏":
		k.Off = "black"
	case "clock", "时钟":
		k.Off = "clock"
	default:
		v.errorf(p+".off", `off %q must be "black" (a black screen outside hours) or "clock" (a minimal clock); write off = "clock"`, k.Off)
	}
	if k.On.Always && v.meta.Has(p+".off") {
		v.warnf(p+".off", `off says what the screen shows outside its hours, but kiosk %q has none; write hours = "07:30-18:30", or remove off`, k.Name)
	}
	if len(k.Schedule) > 0 && k.Kind == "touch" {
		v.errorf(fmt.Sprintf("%s.schedule[0]", p), `a schedule chooses what a display screen shows in turn, but kiosk %q is a touch screen, whose readers choose; remove its [[kiosks.schedule]] entries, or write kind = "display"`, k.Name)
		return
	}
	for i := range k.Schedule {
		v.scheduleEntry(fmt.Sprintf("%s.schedule[%d]", p, i), k, i)
	}
	v.scheduleOverlaps(p, k)
}

// onWindow resolves hours and days: the screen is on within them.
func (v *validator) onWindow(p string, k *Kiosk) Window {
	if k.Hours == "" && len(k.Days) == 0 {
		return Window{Always: true}
	}
	w := Window{Days: v.days(p+".days", k.Days), To: 24 * 60}
	if k.Hours != "" {
		from, to, ok := parseSpan(k.Hours)
		if !ok {
			v.errorf(p+".hours", `hours %q is not a span of the day; write hours = "07:30-18:30" (from and to as HH:MM, from before to)`, k.Hours)
		}
		w.From, w.To = from, to
	}
	return w
}

func (v *validator) scheduleEntry(p string, k *Kiosk, i int) {
	e := &k.Schedule[i]
	e.When = Window{Days: v.days(p+".days", e.Days), To: 24 * 60}
	if e.From != "" {
		m, ok := parseClock(e.From)
		if !ok || m >= 24*60 {
			v.errorf(p+".from", `from %q is not a time of day; write from = "07:30" (HH:MM in the site's timezone)`, e.From)
		}
		e.When.From = m
	}
	if e.To != "" {
		m, ok := parseClock(e.To)
		if !ok || m == 0 {
			v.errorf(p+".to", `to %q is not a time of day; write to = "09:30" (HH:MM in the site's timezone, 24:00 for midnight)`, e.To)
		}
		e.When.To = m
	}
	if !v.bad(p+".from") && !v.bad(p+".to") && e.When.To <= e.When.From {
		v.errorf(p+".to", `to %s is not after from %s; a schedule entry ends on the day it begins: write two entries, one to "24:00" and one from "00:00" on the next days`, e.To, e.From)
	}
	if len(e.Categories) == 0 && len(e.Items) == 0 && len(e.Lists) == 0 {
		v.errorf(p, `schedule entry %d of kiosk %q shows nothing; write categories = ["decisions"], items = ["cadre/wang"] or lists = ["powers"]`, i+1, k.Name)
	}
	e.Categories = v.categoryKeys(p+".categories", e.Categories)
	e.Lists = v.boardLists(p+".lists", e.Lists)
}

// scheduleOverlaps warns about entries that share a moment: the first one
// written is shown then, and the other never at that time.
func (v *validator) scheduleOverlaps(p string, k *Kiosk) {
	for j := range k.Schedule {
		for i := range j {
			a, b := k.Schedule[i].When, k.Schedule[j].When
			if a.Overlaps(b) {
				v.warnf(fmt.Sprintf("%s.schedule[%d]", p, j), "schedule entry %d of kiosk %q overlaps entry %d (%s), which is written first and so is shown when both hold; change days, from or to so that they do not overlap",
					j+1, k.Name, i+1, describeWindow(a))
				break
			}
		}
	}
}

func describeWindow(w Window) string {
	names := []string{"日", "一", "二", "三", "四", "五", "六"}
	var ds []string
	for _, d := range w.Days {
		ds = append(ds, names[d])
	}
	return fmt.Sprintf("%s %s-%s", strings.Join(ds, ""), clockText(w.From), clockText(w.To))
}

func clockText(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }

// weekdays are the names of the days an editor may write, Monday first.
var weekdays = [7][]string{
	{"一", "周一", "星期一", "mon", "monday"},
	{"二", "周二", "星期二", "tue", "tuesday"},
	{"三", "周三", "星期三", "wed", "wednesday"},
	{"四", "周四", "星期四", "thu", "thursday"},
	{"五", "周五", "星期五", "fri", "friday"},
	{"六", "周六", "星期六", "sat", "saturday"},
	{"日", "周日", "星期日", "天", "周天", "星期天", "sun", "sunday"},
}

// weekday is the index of a day's name in weekdays, Monday 0.
func weekday(s string) (int, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for i, names := range weekdays {
		if slices.Contains(names, s) {
			return i, true
		}
	}
	return 0, false
}

var dayRange = regexp.MustCompile(`^(.+?)\s*(?:-|—|–|~|～|至|到|\.\.)\s*(.+)$`)

// days resolves a list of days and ranges of days ("一-五", "六", "sat-sun")
// to time.Weekday numbers in week order; every day when the list is empty.
func (v *validator) days(path string, list tomlx.StringList) []int {
	if len(list) == 0 {
		return []int{0, 1, 2, 3, 4, 5, 6}
	}
	var on [7]bool
	for _, s := range list {
		from, to, ok := dayOrRange(s)
		if !ok {
			v.errorf(path, `days %q is not a day of the week; write days = ["一-五"] (一 to 日, or mon to sun, and ranges such as "一-五" or "sat-sun")`, s)
			return nil
		}
		for d := from; ; d = (d + 1) % 7 {
			on[d] = true
			if d == to {
				break
			}
		}
	}
	var out []int
	for i, ok := range on {
		if ok { // on is Monday first; out holds time.Weekday numbers
			out = append(out, (i+1)%7)
		}
	}
	slices.Sort(out)
	return out
}

// dayOrRange reads "一", "一-五" or "mon-fri" as Monday-first indexes.
func dayOrRange(s string) (from, to int, ok bool) {
	if d, ok := weekday(s); ok {
		return d, d, true
	}
	m := dayRange.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, 0, false
	}
	a, okA := weekday(m[1])
	b, okB := weekday(m[2])
	return a, b, okA && okB
}

var clockPattern = regexp.MustCompile(`^(\d{1,2})[:：](\d{2})$`)

// parseClock reads "07:30" as minutes since midnight, 24:00 included.
func parseClock(s string) (int, bool) {
	m := clockPattern.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, false
	}
	h, _ := strconv.Atoi(m[1])
	mm, _ := strconv.Atoi(m[2])
	if mm > 59 || h > 24 || h == 24 && mm > 0 {
		return 0, false
	}
	return h*60 + mm, true
}

// parseSpan reads "07:30-18:30" as minutes since midnight, from before to.
func parseSpan(s string) (from, to int, ok bool) {
	a, b, found := strings.Cut(strings.NewReplacer("—", "-", "–", "-", "～", "-", "~", "-", "至", "-").Replace(s), "-")
	if !found {
		return 0, 0, false
	}
	from, okA := parseClock(a)
	to, okB := parseClock(b)
	return from, to, okA && okB && from < to
}
