package config

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

const scheduleHead = `title = "县"
county = "某县"
base_url = "https://x.example/"
[feedback]
phone = "1"
[[categories]]
key = "cadre"
label = "干部"
[[categories]]
key = "decisions"
label = "决策"
`

// TestKioskSchedules: hours, days, off and [[kiosks.schedule]] entries are
// read into windows of the week (Sunday 0, as the browser counts), in
// Chinese or English, with ranges.
func TestKioskSchedules(t *testing.T) {
	src := scheduleHead + `
[[kiosks]]
name = "lobby"
kind = "display"
width = 1920
height = 1080
categories = ["cadre"]
hours = "07:30-18:30"
days = ["一-五", "sat"]
off = "时钟"

[[kiosks.schedule]]
days = "mon..fri"
from = "07:30"
to = "09:30"
categories = ["决策"]

[[kiosks.schedule]]
days = ["六至日"]
lists = ["职权目录"]
`
	s, diags := Parse([]byte(src))
	for _, d := range diags {
		t.Errorf("%s", d)
	}
	k := s.Kiosks[0]
	want := []string{
		"{false [1 2 3 4 5 6] 450 1110} clock",
		"{false [1 2 3 4 5] 450 570} [decisions] []",
		"{false [0 6] 0 1440} [] [powers]",
	}
	got := []string{
		fmt.Sprint(k.On, " ", k.Off),
		fmt.Sprint(k.Schedule[0].When, " ", k.Schedule[0].Categories, " ", k.Schedule[0].Lists),
		fmt.Sprint(k.Schedule[1].When, " ", k.Schedule[1].Categories, " ", k.Schedule[1].Lists),
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !k.On.Holds(time.Saturday, 8*60) || k.On.Holds(time.Sunday, 8*60) || k.On.Holds(time.Monday, 18*60+30) {
		t.Errorf("on window %v holds at the wrong times", k.On)
	}
	if s.Kiosks[0].Schedule[0].When.Overlaps(s.Kiosks[0].Schedule[1].When) {
		t.Errorf("weekday and weekend entries overlap")
	}
}

// TestKioskScheduleErrors: every wrong value is reported on its line with
// what to write, and overlapping entries are a warning on the later one.
func TestKioskScheduleErrors(t *testing.T) {
	src := scheduleHead + `
[[kiosks]]
name = "lobby"
kind = "display"
width = 1920
height = 1080
categories = ["cadre"]
hours = "18:30-07:30"
days = ["一-八"]
off = "dark"

[[kiosks.schedule]]
from = "7:30"
to = "25:00"
categories = ["decision"]

[[kiosks.schedule]]
from = "12:00"
to = "11:00"
items = ["cadre/wang"]

[[kiosks.schedule]]
days = "一"
from = "08:00"
to = "10:00"

[[kiosks.schedule]]
days = "一"
from = "09:00"
to = "10:00"
lists = "powers"

[[kiosks]]
name = "hall"
kind = "touch"
width = 1080
height = 1920
categories = ["cadre"]

[[kiosks.schedule]]
categories = ["cadre"]
`
	_, diags := Parse([]byte(src))
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	want := []string{
		`site.toml:20: days "一-八" is not a day of the week; write days = ["一-五"] (一 to 日, or mon to sun, and ranges such as "一-五" or "sat-sun")`,
		`site.toml:19: hours "18:30-07:30" is not a span of the day; write hours = "07:30-18:30" (from and to as HH:MM, from before to)`,
		`site.toml:21: off "dark" must be "black" (a black screen outside hours) or "clock" (a minimal clock); write off = "clock"`,
		`site.toml:25: to "25:00" is not a time of day; write to = "09:30" (HH:MM in the site's timezone, 24:00 for midnight)`,
		`site.toml:26: unknown category "decision" (did you mean "decisions"?)`,
		`site.toml:30: to 11:00 is not after from 12:00; a schedule entry ends on the day it begins: write two entries, one to "24:00" and one from "00:00" on the next days`,
		`site.toml:33: schedule entry 3 of kiosk "lobby" shows nothing; write categories = ["decisions"], items = ["cadre/wang"] or lists = ["powers"]`,
		`site.toml:38: warning: schedule entry 4 of kiosk "lobby" overlaps entry 3 (一 08:00-10:00), which is written first and so is shown when both hold; change days, from or to so that they do not overlap`,
		`site.toml:51: a schedule chooses what a display screen shows in turn, but kiosk "hall" is a touch screen, whose readers choose; remove its [[kiosks.schedule]] entries, or write kind = "display"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
