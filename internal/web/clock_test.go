package web_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/model"
)

// clockScript is the script that keeps the website's pages up to date.
var clockScript = filepath.Join(exampleSite, "themes", "default", "static", "js", "clock.js")

// clockCase is an item on a day, as the clock script reads it from a page.
type clockCase struct {
	Term         string `json:"term"`
	Date         string `json:"date"`
	Until        string `json:"until"`
	Due          string `json:"due"`
	Withdrawn    string `json:"withdrawn"`
	Superseded   string `json:"superseded"`
	CommentStart string `json:"commentStart"`
	CommentEnd   string `json:"commentEnd"`
	Today        string `json:"today"`

	item       *content.Item
	superseded calendar.Day
	comment    *model.Window
	today      calendar.Day
}

// clockCases are items of every term with each of their days before, on
// and after the day they are read, on the days around: every edge of
// statusOf and of being open for comment.
func clockCases() []*clockCase {
	b := calendar.Date(2026, 11, 27)
	opt := func(ds ...int) []calendar.Day {
		out := []calendar.Day{{}}
		for _, d := range ds {
			out = append(out, b.AddDays(d))
		}
		return out
	}
	var items []*content.Item
	for _, w := range opt(-1, 0, 1) {
		for _, u := range opt(-1, 0, 1) {
			items = append(items, &content.Item{Term: "immediate", Date: b.AddDays(-2), Until: u, Withdrawn: w})
		}
		items = append(items, &content.Item{Term: "immediate", Date: b.AddDays(1), Until: b.AddDays(3), Withdrawn: w})
		for _, up := range opt(-32, -31, -30) {
			items = append(items, &content.Item{Term: "periodic", Period: "monthly", Date: b.AddDays(-40), Updated: up, Withdrawn: w})
		}
		items = append(items, &content.Item{Term: "periodic", Period: "yearly", Date: b.AddDays(-365), Withdrawn: w})
		items = append(items, &content.Item{Term: "long-term", Date: b.AddDays(-9), Withdrawn: w})
	}
	windows := []*model.Window{nil, {Start: b.AddDays(-2), End: b}, {Start: b.AddDays(-1), End: b.AddDays(1)}}
	var out []*clockCase
	for _, it := range items {
		for _, sup := range opt(0, 1) {
			for _, w := range windows {
				for d := -3; d <= 3; d++ {
					c := &clockCase{item: it, superseded: sup, comment: w, today: b.AddDays(d)}
					c.Term, c.Date, c.Until, c.Withdrawn = it.Term, it.Date.String(), it.Until.String(), it.Withdrawn.String()
					c.Due, c.Superseded, c.Today = model.DueDate(it).String(), sup.String(), c.today.String()
					if w != nil {
						c.CommentStart, c.CommentEnd = w.Start.String(), w.End.String()
					}
					out = append(out, c)
				}
			}
		}
	}
	return out
}

// TestClockKeepsToStatusOf runs the pages' clock script on a table of
// items and days and compares every status, label and consultation with
// what a build on that day says (model.StatusOn, model.OpenForComment), so
// that the rules in Go and in the browser can never drift apart.
func TestClockKeepsToStatusOf(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Context(t)
	src, err := os.ReadFile(clockScript)
	if err != nil {
		t.Fatal(err)
	}
	cases := clockCases()
	in, _ := json.Marshal(cases)
	type answer struct {
		Status, Label string
		Open          bool
	}
	var got []answer
	err = chromedp.Run(ctx, chromedp.Navigate("about:blank"), chromedp.Evaluate(string(src), nil),
		chromedp.Evaluate(`(function (cases) {
			var c = window.gongkaiClock;
			return cases.map(function (k) {
				var st = c.status(k, k.today), open = c.commentOpen(k, st, k.today);
				return {Status: st, Label: c.label(st, k.term, open), Open: open};
			});
		})(`+string(in)+`)`, &got))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(cases) {
		t.Fatalf("%d answers for %d cases", len(got), len(cases))
	}
	failed := 0
	for i, c := range cases {
		st := model.StatusOn(c.item, c.today, c.superseded)
		open := c.comment != nil && model.OpenForComment(*c.comment, st, c.today)
		want := answer{string(st), st.LabelOpen(c.item.Term, open), open}
		if got[i] != want && failed < 10 {
			failed++
			t.Errorf("%s: the script says %+v, Go %+v", c.describe(), got[i], want)
		}
	}
	var labels []string
	all := []model.Coverage{model.Covered, model.Stale, model.Missing}
	js := `["covered", "stale", "missing"].map(window.gongkaiClock.coverageLabel)`
	if err := chromedp.Run(ctx, chromedp.Evaluate(js, &labels)); err != nil {
		t.Fatal(err)
	}
	for i, c := range all {
		if labels[i] != c.Label() {
			t.Errorf("coverage %s: the script says %q, Go %q", c, labels[i], c.Label())
		}
	}
	t.Logf("%d cases", len(cases))
}

func (c *clockCase) describe() string {
	b, _ := json.Marshal(c)
	return fmt.Sprintf("%s (period %q)", b, c.item.Period)
}
