package content

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
)

const siteTOML = `title = "测试县"
base_url = "https://gk.test.example/"
timezone = "Asia/Shanghai"
[feedback]
phone = "1"
[[categories]]
key = "cadre"
label = "干部选任和管理"
channel = ["web", "board"]
[[issuers]]
key = "organization"
label = "县委组织部"
`

func testSite(t testing.TB) *config.Site {
	site, diags := config.Parse([]byte(siteTOML))
	if len(diags) > 0 {
		t.Fatalf("site: %v", diags)
	}
	return site
}

func TestDatesInSiteTimezoneNotUTC(t *testing.T) {
	src := "+++\ntitle = \"t\"\ndate = 2026-11-22T17:00:00Z\ncategory = \"cadre\"\nterm = \"immediate\"\nuntil = 2026-11-27\n+++\n"
	it, diags := Parse(testSite(t), testReserved, "content/cadre/a.md", []byte(src))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	// 17:00 UTC on the 22nd is 01:00 on the 23rd in Shanghai.
	if it.Date.String() != "2026-11-23" || it.Until.String() != "2026-11-27" {
		t.Errorf("date %s until %s", it.Date, it.Until)
	}
}

func TestLabelsAndDefaults(t *testing.T) {
	src := "\ufeff+++\r\ntitle = \"t\"\r\ndate = \"2026年11月23日\"\r\ncategory = \"干部选任和管理\"\r\nterm = \"长期公开\"\r\nissuer = \"县委组织部\"\r\n+++\r\n正文\r\n"
	it, diags := Parse(testSite(t), testReserved, "content/cadre/a.md", []byte(src))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	if it.Category != "cadre" || it.Term != "long-term" || it.Issuer != "organization" || it.Scope != "public" {
		t.Errorf("resolved %q %q %q %q", it.Category, it.Term, it.Issuer, it.Scope)
	}
	if strings.Join(it.Channels, ",") != "web,board" {
		t.Errorf("default channel from category: %v", it.Channels)
	}
	if it.BodyLine != 8 || strings.TrimSpace(string(it.Body)) != "正文" {
		t.Errorf("body line %d %q", it.BodyLine, it.Body)
	}
	if it.ID != "cadre/a" || it.Path != "cadre/a/" || it.Date.String() != "2026-11-23" {
		t.Errorf("id %q path %q date %s", it.ID, it.Path, it.Date)
	}
}

// TestItemsShareTheirCategorysChannels: an item that names no channel
// holds its category's list itself, not a copy of it for every item (a
// build of 100,000 items held 4 MB of copies).
func TestItemsShareTheirCategorysChannels(t *testing.T) {
	site := testSite(t)
	src := "+++\ntitle = \"t\"\ndate = 2026-11-23\ncategory = \"cadre\"\nterm = \"long-term\"\n+++\n正文\n"
	a, adiags := Parse(site, testReserved, "content/cadre/a.md", []byte(src))
	b, bdiags := Parse(site, testReserved, "content/cadre/b.md", []byte(src))
	if len(adiags)+len(bdiags) > 0 {
		t.Fatal(adiags, bdiags)
	}
	if strings.Join(a.Channels, ",") != "web,board" || len(b.Channels) != 2 || &a.Channels[0] != &b.Channels[0] || &a.Channels[0] != &site.CategoryByKey("cadre").Channel[0] {
		t.Errorf("the items' channels %v and %v are copies of their category's", a.Channels, b.Channels)
	}
	if cap(a.Channels) != len(a.Channels) {
		t.Error("an item's channels may be appended to in its category's list")
	}
}

// FuzzParse feeds arbitrary files to the front matter parser: it must never
// panic, and every diagnostic must name the file and a line inside it.
func FuzzParse(f *testing.F) {
	f.Add([]byte("+++\ntitle = \"t\"\ndate = 2026-11-23\ncategory = \"cadre\"\nterm = \"immediate\"\nuntil = 2026-11-27\n+++\n正文\n"))
	f.Add([]byte("+++\ntitle = \"t\"\n[[steps]]\nx = 1\n+++\n"))
	f.Add([]byte("+++\n+++\n"))
	f.Add([]byte("+++\ntitle = \"\"\"多行\n标题\"\"\"\ndate = \"yesterday\"\nchannel = [1, 2]\n"))
	f.Add([]byte{0xb9, 0xab, 0x0a})
	f.Add([]byte(""))
	site := testSite(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		it, diags := Parse(site, testReserved, "content/cadre/f.md", data)
		lines := strings.Count(string(data), "\n") + 1
		for _, d := range diags {
			if d.File != "content/cadre/f.md" || d.Line < 1 || d.Line > lines+1 {
				t.Fatalf("diagnostic %q has no valid position (file has %d lines)", d, lines)
			}
			if d.Msg == "" {
				t.Fatalf("empty message")
			}
		}
		if len(diags) == 0 && (it == nil || it.Title == "" || it.Date.IsZero() || it.Category == "") {
			t.Fatalf("no error but item incomplete: %+v", it)
		}
	})
}

// testReserved are addresses as channels reserve them (the real list is
// channels.Addresses, tested in package channels).
var testReserved = NewAddresses([]Reserved{
	{Path: "categories/", What: "the lists by category"}, {Path: "kiosk/", What: "the kiosks' screens"},
	{Path: "risks/", What: "廉政风险点 register", Page: true}, {Path: "risks/high/", What: "register of 高 risks", Page: true},
	{Path: "feed.xml", What: "the feed", Page: true}, {Path: "index.html", What: "the home page", Page: true},
	{Path: "404.html", What: "the page for addresses that are not found", Page: true},
})
