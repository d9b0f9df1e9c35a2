package report

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
)

// hostileTitles are titles an editor may write (or paste) that Markdown,
// HTML or a spreadsheet would read as something other than text.
var hostileTitles = []string{
	`[点此](javascript:alert(1))`,
	`<https://evil.example/>`,
	`见 www.evil.example 和 a@evil.example`,
	`<img src=x onerror=alert(1)>`,
	`**粗体** | 多出的单元格 |`,
	"第一行\n\n# 新标题\n- 新行",
	`=HYPERLINK("https://evil.example/","点击")`,
	`+1+1`,
	`-2+3`,
	`@SUM(1,2)`,
	` =1+1`, // the title is "=1+1"
}

// hostileReport is October 2026's report over one item per hostile title,
// each published in October, with a hostile issuer label and catalog
// entry name too.
func hostileReport(t *testing.T) *Report {
	t.Helper()
	src := strings.Replace(site, `label = "县委组织部"`, `label = "=组织部|[链接](https://evil.example/)"`, 1)
	src = strings.Replace(src, `name = "年度工作目标"`, `name = "@目标 <b>x</b>"`, 1)
	cfg, diags := config.Parse([]byte(src))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	var items []*content.Item
	for i, title := range hostileTitles {
		fm := "title = " + tomlString(title) + "\ndate = 2026-10-0" + string(rune('1'+i%9)) + "\ncategory = \"cadre\"\nterm = \"long-term\"\nissuer = \"org\""
		it, diags := content.Parse(cfg, nil, "content/cadre/t"+string(rune('a'+i))+".md", []byte("+++\n"+fm+"\n+++\n正文。\n"))
		if len(diags) > 0 {
			t.Fatal(diags)
		}
		items = append(items, it)
	}
	now, _ := calendar.Parse("2026-11-27")
	return Make(cfg, audited(cfg, items), 2026, 10, now, config.Public, nil)
}

func tomlString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

// TestTitlesAreText: a title (or a label, or a catalog name) is text in
// every format: in Markdown it adds no cell, row or markup, in HTML no
// element, and in CSV no row, and a spreadsheet reads no cell of it as a
// formula.
func TestTitlesAreText(t *testing.T) {
	r := hostileReport(t)
	if len(r.Published) != len(hostileTitles) {
		t.Fatalf("%d items published, want %d", len(r.Published), len(hostileTitles))
	}
	var md, html, sheet bytes.Buffer
	for _, err := range []error{r.Markdown(&md), r.HTML(&html), r.CSV(&sheet)} {
		if err != nil {
			t.Fatal(err)
		}
	}
	checkMarkdownTable(t, md.String())
	checkHTML(t, html.String())
	checkCSV(t, sheet.String())
}

// checkMarkdownTable: the item list has one row per item, each with the
// six cells of its header.
func checkMarkdownTable(t *testing.T, md string) {
	t.Helper()
	_, list, _ := strings.Cut(md, "### 事项清单\n\n")
	list, _, _ = strings.Cut(list, "\n\n")
	rows := strings.Split(list, "\n")
	if len(rows) != 2+len(hostileTitles) {
		t.Errorf("the item list has %d lines, want %d:\n%s", len(rows), 2+len(hostileTitles), list)
	}
	unescapedPipe := regexp.MustCompile(`(^|[^\\])\|`)
	for _, row := range rows {
		if n := len(unescapedPipe.FindAllString(row, -1)); n != 7 {
			t.Errorf("row with %d cells, want 6: %s", n-1, row)
		}
	}
}

// checkHTML: the page has no element the report does not make itself, and
// shows every title as written (on one line).
func checkHTML(t *testing.T, page string) {
	t.Helper()
	for _, bad := range []string{"<a ", "<a>", "<img", "<b>", "<strong>粗体", "<em", "<code", "href", "src=\"", "<h1 id=\"新标题", "<li>新行"} {
		if strings.Contains(page, bad) {
			t.Errorf("the HTML report has %q:\n%s", bad, page)
		}
	}
	for _, want := range []string{"[点此](javascript:alert(1))", "&lt;https://evil.example/&gt;", "a@evil.example",
		"&lt;img src=x onerror=alert(1)&gt;", "**粗体** | 多出的单元格 |", "第一行  # 新标题 - 新行", "=组织部|[链接](https://evil.example/)", "@目标 &lt;b&gt;x&lt;/b&gt;"} {
		if !strings.Contains(page, want) {
			t.Errorf("the HTML report does not show %q", want)
		}
	}
}

// checkCSV: one row per item, and no cell a spreadsheet would run.
func checkCSV(t *testing.T, sheet string) {
	t.Helper()
	cr := csv.NewReader(strings.NewReader(sheet))
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1+len(hostileTitles)+1+len(approvers) { // header, items, totals, approval
		t.Errorf("the CSV has %d rows, want %d:\n%s", len(rows), 2+len(hostileTitles)+len(approvers), sheet)
	}
	titles := map[string]bool{}
	for _, row := range rows {
		for _, c := range row {
			if c := strings.TrimLeft(c, " "); c != "" && strings.ContainsAny(c[:1], "=+-@") {
				t.Errorf("cell %q would be a formula", c)
			}
			if strings.ContainsAny(c, "\r\n") {
				t.Errorf("cell %q is on several lines", c)
			}
		}
		if len(row) > 1 {
			titles[row[1]] = true
		}
	}
	for _, want := range []string{`'=HYPERLINK("https://evil.example/","点击")`, "'+1+1", "'-2+3", "'@SUM(1,2)", "'=1+1", "第一行  # 新标题 - 新行", "[点此](javascript:alert(1))"} {
		if !titles[want] {
			t.Errorf("no title cell %q", want)
		}
	}
}
