package ledger

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/calendar"
)

func day(t *testing.T, s string) calendar.Day {
	t.Helper()
	d, err := calendar.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

const handWritten = `# 本县网址台账
/cadre/wang/  2026-11-27  关于王某同志任前公示的公告  文号：青组公〔2026〕31号
# 旧网站迁移时保留的地址
/art/2019/art_1.html
/cadre/old/  retired 2026-12-01 已撤销，内容并入 /cadre/new/
/categories/cadre
/附件/%E5%90%8D%E5%8D%95.pdf  2026-11-20
# 末尾的说明
`

// Every form of line is read as written by hand.
func TestParse(t *testing.T) {
	l, diags := Parse([]byte(handWritten))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	want := []Entry{
		{Path: "cadre/wang/", Since: day(t, "2026-11-27"), Title: "关于王某同志任前公示的公告", Number: "青组公〔2026〕31号", Line: 2},
		{Path: "art/2019/art_1.html", Line: 4},
		{Path: "cadre/old/", Retired: true, Line: 5},
		{Path: "categories/cadre/", Line: 6},
		{Path: "附件/名单.pdf", Since: day(t, "2026-11-20"), Line: 7},
	}
	if len(l.Entries) != len(want) {
		t.Fatalf("%d entries, want %d", len(l.Entries), len(want))
	}
	for i, w := range want {
		e := *l.Entries[i]
		e.text, e.before = "", nil
		if fmt.Sprintf("%+v", e) != fmt.Sprintf("%+v", w) {
			t.Errorf("line %d: %+v, want %+v", w.Line, e, w)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for text, want := range map[string]string{
		"cadre/wang/\n":                      `urls.txt:1: "cadre/wang/" is not an address: write an address from the site root`,
		"/a/\n\n/b/  2026-13-01\n":           `urls.txt:3: "2026-13-01" is not a day; write the day it was listed as 2026-11-27`,
		"/a/  retired 2026-02-30 reason\n":   `urls.txt:1: "2026-02-30" is not a day; write the day the address was retired as 2026-12-01`,
		"/a/\n/b/\n/a/index.html\n":          `urls.txt:3: /a/ is listed twice, here and on line 1; remove one of the two lines`,
		"/a/\n\xff\xfe/b/\n":                 `urls.txt:2: `,
		"# ok\nhttps://gk.test.example/a/\n": `urls.txt:2: "https://gk.test.example/a/" is not an address`,
	} {
		_, diags := Parse([]byte(text))
		if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), want) {
			t.Errorf("%q: %v, want one error starting %q", text, diags, want)
		}
	}
}

// Adding keeps every line as written, with the comments above it, sorts the
// addresses, and adds nothing else; a new file gets the header.
func TestWith(t *testing.T) {
	l, _ := Parse([]byte(handWritten))
	added := []*Entry{
		{Path: "cadre/li/", Since: day(t, "2026-11-28"), Title: "关于李某\n同志任前公示", Number: "青组公〔2026〕40号"},
		{Path: "", Since: day(t, "2026-11-28")},
	}
	want := `# 本县网址台账
/  2026-11-28
# 旧网站迁移时保留的地址
/art/2019/art_1.html
/cadre/li/  2026-11-28  关于李某 同志任前公示  文号：青组公〔2026〕40号
/cadre/old/  retired 2026-12-01 已撤销，内容并入 /cadre/new/
/cadre/wang/  2026-11-27  关于王某同志任前公示的公告  文号：青组公〔2026〕31号
/categories/cadre
/附件/%E5%90%8D%E5%8D%95.pdf  2026-11-20
# 末尾的说明
`
	if got := string(l.With(added)); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if got := string(l.With(nil)); got == handWritten {
		t.Error("With(nil) kept the order as written; the addresses must be sorted")
	}
	fresh := string(New().With(added))
	if !strings.HasPrefix(fresh, strings.Join(header, "\n")+"\n/  2026-11-28\n") {
		t.Errorf("a new ledger:\n%s", fresh)
	}
	reread, diags := Parse([]byte(fresh))
	if len(diags) > 0 || string(reread.With(nil)) != fresh {
		t.Errorf("a written ledger does not read back as itself: %v", diags)
	}
	if empty, _ := Parse([]byte("\n\n")); string(empty.With(added[1:])) != strings.Join(header, "\n")+"\n/  2026-11-28\n" {
		t.Error("an empty urls.txt does not get the header")
	}
}

func TestAddress(t *testing.T) {
	for file, want := range map[string]string{
		"index.html": "", "cadre/wang/index.html": "cadre/wang/", "feed.xml": "feed.xml",
		"cadre/名单.pdf": "cadre/名单.pdf", "kiosk/lobby/manifest.json": "kiosk/lobby/manifest.json",
	} {
		if got := Address(file); got != want {
			t.Errorf("Address(%q) = %q, want %q", file, got, want)
		}
	}
	for addr, want := range map[string]bool{
		"": true, "categories/": true, "categories/cadre/": true, "categories/cadre/page/2/": false,
		"boards/05/": true, "boards/05/board-05.pdf": false, "kiosk/lobby/": true, "archive/": true,
		"archive/2026/11/": false, "risks/": true, "risks/high/": false, "css/site.css": false, "404.html": false,
		"feed.xml": true, "index.json": true, "search/": true,
	} {
		if kept(addr) != want {
			t.Errorf("kept(%q) = %v, want %v", addr, !want, want)
		}
	}
}

// Check names the line of every address the build no longer answers, with
// where it seems to have gone, and leaves alone retired addresses and those
// listed after --now.
func TestCheck(t *testing.T) {
	l, _ := Parse([]byte(`/cadre/wang/  2026-11-01  王某任前公示  文号：青组公〔2026〕1号
/cadre/li/  2026-11-01  李某任前公示
/cadre/zhao/  2026-11-01  赵某任前公示
/cadre/sun/  2026-11-01  孙某任前公示
/cadre/名单.pdf  2026-11-01
/cadre/gone/  retired 2026-11-20 撤销
/cadre/later/  2026-12-20  以后列入的
/categories/old/  2026-11-01
/kept/
/hand/
`))
	b := Build{Now: day(t, "2026-11-27"), Answers: map[string]bool{"kept/": true}, Listed: []*Entry{
		{Path: "cadre/2026/wang/", Title: "王某任前公示（更正）", Number: "青组公〔2026〕1号", Source: "content/cadre/2026/wang.md"},
		{Path: "cadre/2026/li/", Title: "李某任前公示", Source: "content/cadre/2026/li.md"},
		{Path: "cadre/2026/zhao/", Title: "另一个标题", Source: "content/cadre/2026/zhao.md"},
		{Path: "cadre/2026/名单.pdf", Source: "content/cadre/2026/名单.pdf"},
		{Path: "kept/"},
	}}
	var got []string
	for _, d := range Check(l, b) {
		got = append(got, d.String())
	}
	want := []string{
		`urls.txt:1: /cadre/wang/ was published before, and this build no longer has it; it seems to have moved to /cadre/2026/wang/ (content/cadre/2026/wang.md, same 文号): add aliases = ["/cadre/wang/"] to content/cadre/2026/wang.md`,
		`urls.txt:2: /cadre/li/ was published before, and this build no longer has it; it seems to have moved to /cadre/2026/li/ (content/cadre/2026/li.md, same title)`,
		`urls.txt:3: /cadre/zhao/ was published before, and this build no longer has it; it seems to have moved to /cadre/2026/zhao/ (content/cadre/2026/zhao.md, same name)`,
		`urls.txt:4: /cadre/sun/ was published before, and this build no longer has it; if its item was renamed or moved, add aliases = ["/cadre/sun/"] to the item's front matter; if the address is meant to go, mark this line retired: "/cadre/sun/  retired 2026-11-27 <reason>"`,
		`urls.txt:5: /cadre/名单.pdf was published before, and this build no longer has it; it seems to have moved to /cadre/2026/名单.pdf (content/cadre/2026/名单.pdf, same name), but a file cannot redirect: put a copy back at content/cadre/名单.pdf`,
		`urls.txt:8: /categories/old/ was published before, and this build no longer has it; its key in site.toml is its address: put back the category with that key`,
		`urls.txt:10: /hand/ was published before`,
	}
	if len(got) != len(want) {
		t.Fatalf("%d errors, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("got:\n%s\nwant it to start:\n%s", got[i], want[i])
		}
	}
	if news := l.New(b); len(news) != 4 || news[0].Path != "cadre/2026/li/" {
		t.Errorf("New: %v", news)
	}
}
