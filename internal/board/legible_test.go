package board_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
)

// longSite is a site with an A3 board carrying two items whose bodies
// take four sheets at its smallest type, the second with a summary, and
// an A3 board carrying an item a little longer than one sheet.
func longSite() fstest.MapFS {
	para := "县委组织部按照干部选拔任用工作条例的规定，对拟任人选进行了民主推荐、考察和讨论决定，现将有关情况予以公示，欢迎社会各界监督。"
	var body strings.Builder
	for i := range 30 {
		fmt.Fprintf(&body, "第%d段。%s\n\n", i+1, strings.Repeat(para, 3))
	}
	var wang strings.Builder
	for i := range 16 {
		fmt.Fprintf(&wang, "第%d段。%s\n\n", i+1, strings.Repeat("王某，男，1980年3月生，拟任某镇党委书记。工作期间认真履行职责，群众反映良好。", 3))
	}
	item := func(title, extra string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("+++\ntitle = \"" + title + "\"\ndate = 2026-03-16\ncategory = \"rules\"\nterm = \"long-term\"\n" + extra + "+++\n" + body.String())}
	}
	return fstest.MapFS{
		"site.toml": {Data: []byte(`title = "测试县委县政府权力公开透明运行"
base_url = "https://gk.test.example/"

[feedback]
phone = "0000-1234567"

[[categories]]
key = "rules"
label = "制度规定"
channel = ["web", "board"]

[[categories]]
key = "cadre"
label = "干部选任和管理"
channel = ["web", "board"]

[[boards]]
number      = 5
name        = "制度规定"
location    = "县委大院东侧公开栏"
paper       = "A3"
categories  = ["rules"]

[[boards]]
number      = 6
name        = "干部调整任用"
location    = "县委大院西侧公开栏"
paper       = "A3"
categories  = ["cadre"]
`)},
		"content/rules/long.md":       item("县管干部交流轮岗实施办法", ""),
		"content/rules/summarized.md": item("县管干部监督管理办法", "summary = \"明确县管干部日常监督、考核评价和问责的办法。\"\n"),
		"content/cadre/wang.md":       {Data: []byte("+++\ntitle = \"关于王某同志任前公示的公告\"\ndate = 2026-11-23\ncategory = \"cadre\"\nterm = \"long-term\"\n+++\n" + wang.String())},
	}
}

// TestSummaryStandsInForALongBody: an item whose body needs more than
// two sheets of its board at the smallest type is shown by its summary
// and a line saying where the full text is (its QR code); without a
// summary it is shown whole, and check warns at its file how many sheets
// it needs. A sheet after the first less than a quarter full is a note at
// its board.
func TestSummaryStandsInForALongBody(t *testing.T) {
	fsys := longSite()
	s, diags := load(t, fsys)
	if diag.CountErrors(diags) > 0 {
		t.Fatalf("the site has errors: %v", diags)
	}
	tpl := theme(t, fsys, s)
	boards, err := board.Layout(s, tpl)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{} // what each item shows on board 05
	id := ""
	for _, sh := range boards[0].Sheets {
		for _, col := range sh.Columns {
			for _, p := range col.Parts {
				if p.Entry != nil {
					id = p.Entry.ID
				}
				if p.Kind == "block" {
					texts[id] += board.PartHTML(tpl, p)
				}
			}
		}
	}
	short := texts["rules/summarized"]
	if !strings.Contains(short, "【内容摘要】明确县管干部日常监督") || !strings.Contains(short, "二维码") || strings.Contains(short, "第1段") {
		t.Errorf("the item with a summary shows, on board 05:\n%s\nwant its summary and where to read the rest, not its body", short)
	}
	if long := texts["rules/long"]; !strings.Contains(long, "第30段") || strings.Contains(long, "内容摘要") {
		t.Errorf("the item without a summary is not shown whole")
	}
	warnings, notes := board.Legibility(boards)
	if len(warnings) != 1 || warnings[0].File != "content/rules/long.md" || warnings[0].Line != 2 ||
		!strings.HasPrefix(warnings[0].Msg, "needs 4 sheets on board 05 at its smallest type (14.5pt, legible from 1.5m), more than 2; add a summary") {
		t.Errorf("warnings: %v\nwant one at content/rules/long.md:2, needing 4 sheets of board 05", warnings)
	}
	line := s.Config.Meta.Line("boards[1].paper")
	if !slices.ContainsFunc(notes, func(d diag.Diagnostic) bool {
		return d.File == config.File && d.Line == line && strings.HasPrefix(d.Msg, "board 06: sheet 2 of 2 is only 20% filled")
	}) || len(notes) != 1 {
		t.Errorf("notes: %v\nwant one: board 06's second sheet nearly empty, at site.toml:%d", notes, line)
	}
}
