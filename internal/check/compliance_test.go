package check

import (
	"slices"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
)

const complianceTOML = `title = "县"
base_url = "https://x.example/"
[feedback]
phone = "1"
[[categories]]
key = "duties"
label = "领导分工"
term = "periodic"
[[categories]]
key = "contacts"
label = "联系方式"
term = "periodic"
[[categories]]
key = "resolutions"
label = "决议决定"
term = "long-term"
[[categories]]
key = "empty"
label = "空栏目"
term = "long-term"
[[catalog]]
name = "决议决定"
time_limit = "决议作出后10个工作日内公开"
category = "resolutions"
[[boards]]
number = 1
name = "领导分工"
location = "大院"
paper = "A1"
categories = ["duties"]
[[boards]]
number = 2
name = "党内"
location = "机关"
paper = "A1"
scope = "internal"
categories = ["contacts"]
`

// runOn parses the site and items and runs the checks on 2026-11-27.
func runOn(t *testing.T, toml string, files map[string]string) []string {
	t.Helper()
	cfg, diags := config.Parse([]byte(toml))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	set := &content.Set{}
	var names []string
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		it, ds := content.Parse(cfg, nil, name, []byte(files[name]))
		if len(ds) > 0 {
			t.Fatal(ds)
		}
		set.Items = append(set.Items, it)
	}
	now, _ := calendar.Parse("2026-11-27")
	var got []string
	for _, d := range Run(cfg, set, now, false) {
		got = append(got, d.String())
	}
	return got
}

func item(category, extra string) string {
	return "+++\ntitle = \"事项\"\ndate = 2026-11-20\ncategory = \"" + category + "\"\n" + extra + "+++\n正文。\n"
}

// has requires a line of got that contains every part of want.
func has(t *testing.T, got []string, want ...string) {
	t.Helper()
	for _, g := range got {
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(g, w)
		}
		if ok {
			return
		}
	}
	t.Errorf("no diagnostic with %q in\n%s", want, strings.Join(got, "\n"))
}

// TestBoardsCoverTheSubjects: fewer than ten public boards, and each of
// the five subjects of 实施细则 五.1 no public board carries, are told at
// the last board, with the category to add; an internal board does not
// count; a site without boards is not told.
func TestBoardsCoverTheSubjects(t *testing.T) {
	files := map[string]string{"content/duties/a.md": item("duties", "period = \"yearly\"\n"), "content/contacts/a.md": item("contacts", "period = \"yearly\"\n"),
		"content/resolutions/a.md": item("resolutions", ""), "content/empty/a.md": item("empty", "")}
	got := runOn(t, complianceTOML, files)
	const short = "site.toml:31: warning: the fixed public boards (固定公开栏) fall short of 实施细则 五.1: "
	has(t, got, short+"there are 1, at least 10 are needed (add 9 more [[boards]] tables)")
	has(t, got, short+`none carries 联系方式 (add categories = ["contacts"] to a board)`)
	has(t, got, short+`none carries 年度工作目标, and no category is labelled so (add a [[categories]] table with label = "年度工作目标", and its key to a board's categories)`)
	has(t, got, short+"none carries 重点项目建设, and no category")
	has(t, got, short+"none carries 干部调整任用, and no category")
	for _, g := range got {
		if strings.Contains(g, "职权分工") {
			t.Errorf("board 1 carries 领导分工, yet: %s", g)
		}
	}
	noBoards := complianceTOML[:strings.Index(complianceTOML, "[[boards]]")]
	for _, g := range runOn(t, noBoards, files) {
		if strings.Contains(g, "board") {
			t.Errorf("a site without boards is told: %s", g)
		}
	}
}

// TestNumberUnique: two items with one 文号, or one index_no, are an
// error at the later file naming the first; drafts are left out.
func TestNumberUnique(t *testing.T) {
	got := runOn(t, complianceTOML, map[string]string{
		"content/resolutions/a.md": item("resolutions", "number = \"青发〔2026〕1号\"\n"),
		"content/resolutions/b.md": item("resolutions", "number = \"青发〔2026〕1号\"\n"),
		"content/resolutions/c.md": item("resolutions", "number = \"青发〔2026〕1号\"\ndraft = true\n"),
		"content/resolutions/d.md": item("resolutions", "number = \"青发〔2026〕2号\"\nindex_no = \"X/2026-0001\"\n"),
		"content/resolutions/e.md": item("resolutions", "index_no = \"X/2026-0001\"\n"),
	})
	has(t, got, `content/resolutions/e.md:5: index_no "X/2026-0001" is already the index_no of content/resolutions/d.md:6`, "each item has its own 索引号")
	has(t, got, `content/resolutions/b.md:5: number "青发〔2026〕1号" is already the number of content/resolutions/a.md:5`, `replaces = "resolutions/a"`)
	n := 0
	for _, g := range got {
		if strings.Contains(g, "already the number") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d duplicate numbers told, want 1:\n%s", n, strings.Join(got, "\n"))
	}
}

// TestBlankCategory: a category without a listed public item is an empty
// column on the website; an internal item does not fill it.
func TestBlankCategory(t *testing.T) {
	got := runOn(t, complianceTOML, map[string]string{
		"content/resolutions/a.md": item("resolutions", ""),
		"content/empty/a.md":       item("empty", "scope = \"internal\"\n"),
	})
	has(t, got, `site.toml:17: warning: category "empty" (空栏目) has no public item`, "空白栏目")
	has(t, got, `site.toml:5: warning: category "duties" (领导分工) has no public item`)
	for _, g := range got {
		if strings.Contains(g, `category "resolutions"`) {
			t.Errorf("a category with an item is told: %s", g)
		}
	}
}

// TestCatalogTimeLimit: an item covered by a catalog entry whose
// time_limit states days is held to it, named; others to 20 working days.
func TestCatalogTimeLimit(t *testing.T) {
	got := runOn(t, complianceTOML, map[string]string{
		// formed 2026-11-05: 10 working days end 2026-11-19, one day short
		"content/resolutions/late.md": item("resolutions", "formed = 2026-11-05\n"),
		"content/resolutions/ok.md":   item("resolutions", "formed = 2026-11-06\n"),
		// outside the catalog: 20 working days from 2026-11-05 end 2026-12-03
		"content/empty/a.md": item("empty", "formed = 2026-11-05\n"),
	})
	has(t, got, `content/resolutions/late.md:3: warning: published 2026-11-20, 11 working days after the information was formed on 2026-11-05; catalog entry "决议决定" (site.toml:21) sets 10个工作日内: publish by 2026-11-19`)
	for _, g := range got {
		if strings.Contains(g, "ok.md") || strings.Contains(g, "empty/a.md") {
			t.Errorf("told within its limit: %s", g)
		}
	}
}

func TestParseTimeLimit(t *testing.T) {
	for text, want := range map[string]TimeLimit{
		"决议、决定作出后20个工作日内公开；执行情况按阶段公开": {N: 20, Workdays: true, Text: "20个工作日内"},
		"每季度结束后15日内公开":                {N: 15, Text: "15日内"},
		"形成后 7 天内":                    {N: 7, Text: "7 天内"},
	} {
		if got, ok := ParseTimeLimit(text); !ok || got != want {
			t.Errorf("%s: %+v %v, want %+v", text, got, ok, want)
		}
	}
	for _, text := range []string{"每季度核对更新", "每月10日前公开上月情况", ""} {
		if got, ok := ParseTimeLimit(text); ok {
			t.Errorf("%s: read %+v", text, got)
		}
	}
}

// TestDecidedBy: decided_by names the meeting and its date, a date on the
// calendar, not after the item's.
func TestDecidedBy(t *testing.T) {
	got := runOn(t, complianceTOML, map[string]string{
		"content/resolutions/a.md": item("resolutions", "decided_by = \"县委常委会议\"\n"),
		"content/resolutions/b.md": item("resolutions", "decided_by = \"县委第16次常委会议 2026年11月25日\"\n"),
		"content/resolutions/c.md": item("resolutions", "decided_by = \"县委第16次常委会议 2026-02-30\"\n"),
		"content/resolutions/d.md": item("resolutions", "decided_by = \"县委第16次常委会议 2026/11/18\"\n"),
	})
	has(t, got, `content/resolutions/a.md:5: warning: decided_by "县委常委会议" names no date; write the meeting and its date`)
	has(t, got, `content/resolutions/b.md:5: warning: the decision of 2026-11-25 is after the item's date 2026-11-20`)
	has(t, got, `content/resolutions/c.md:5: warning: decided_by "县委第16次常委会议 2026-02-30" holds 2026-02-30, which is not a date on the calendar`)
	for _, g := range got {
		if strings.Contains(g, "d.md") {
			t.Errorf("told: %s", g)
		}
	}
}
