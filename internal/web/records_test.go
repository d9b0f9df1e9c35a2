package web_test

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// The 依申请公开 page says how to apply from site.toml, states the time
// limit, and its table adds up: answered and open make received, and the
// outcomes make answered, for each of the two years.
func TestApplyPage(t *testing.T) {
	site, files := renderWebsite(t, "2026-11-27")
	page := string(files["apply/index.html"])
	if page == "" {
		t.Fatal("no apply/index.html")
	}
	for _, want := range []string{site.Config.Feedback.Apply, site.Config.Feedback.Address, "20 个工作日", "2026年", "2025年"} {
		if !strings.Contains(page, want) {
			t.Errorf("apply/index.html lacks %q", want)
		}
	}
	for _, y := range site.Records.Requests {
		sum := 0
		for _, o := range y.Outcomes {
			sum += o.N
		}
		if sum != y.Answered || y.Answered+y.Pending != y.Received {
			t.Errorf("%d: outcomes %d, answered %d, open %d, received %d: the table does not add up", y.Year, sum, y.Answered, y.Pending, y.Received)
		}
	}
	if y := site.Records.Requests[0]; y.Received == 0 || !strings.Contains(page, fmt.Sprintf("<td>%d 件</td>", y.Received)) {
		t.Errorf("apply/index.html does not show the %d requests of %d", y.Received, y.Year)
	}
	if !strings.Contains(string(files["index.html"]), `href="/apply/"`) {
		t.Error("the home page does not link to the 依申请公开 page")
	}
	for _, p := range []string{"apply/", "replies/", "supervision/"} {
		if !strings.Contains(string(files["sitemap.xml"]), site.Config.BaseURL+p+"<") {
			t.Errorf("sitemap.xml lacks %s", p)
		}
	}
}

// Every 回应 link on an item's page leads to a reply on the 回应 page, and
// every published reply that concerns an item links back to it.
func TestRepliesLinkBothWays(t *testing.T) {
	site, files := renderWebsite(t, "2026-11-27")
	replies := string(files["replies/index.html"])
	link := regexp.MustCompile(`href="/replies/#(reply-\d+)"`)
	found := 0
	for path, data := range files {
		for _, m := range link.FindAllStringSubmatch(string(data), -1) {
			found++
			if !strings.Contains(replies, `id="`+m[1]+`"`) {
				t.Errorf("%s links to #%s, which replies/index.html has not", path, m[1])
			}
		}
	}
	if found == 0 {
		t.Fatal("no item links to a reply: the example has none to show")
	}
	for _, r := range site.Records.Replies {
		it := site.Lookup(r.Item)
		if it == nil {
			continue
		}
		if !strings.Contains(replies, `href="`+it.URL+`"`) {
			t.Errorf("the reply %s does not link to %s", r.Anchor, it.URL)
		}
	}
}
