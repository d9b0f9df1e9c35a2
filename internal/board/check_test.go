package board_test

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// TestCheckBoardItems: a public board listing an internal item, or an item
// that is not published on boards, gets a warning at its site.toml line;
// listing a draft is fine, it shows once published. (An id naming no item
// is the model's error, tested there.)
func TestCheckBoardItems(t *testing.T) {
	fsys := fixture(t)
	toml := string(fsys["site.toml"].Data)
	toml = strings.Replace(toml, `items = ["cadre/neibu", "cadre/caogao"]`, `items = ["cadre/caogao", "mix/webonly", "cadre/neibu"]`, 1)
	fsys["site.toml"] = &fstest.MapFile{Data: []byte(toml)}
	fsys["content/mix/webonly.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"仅网站\"\ndate = 2026-11-01\ncategory = \"mix\"\nterm = \"long-term\"\nchannel = \"web\"\n+++\n正文。\n")}
	line := 1 + strings.Count(toml[:strings.Index(toml, `items = ["cadre/caogao"`)], "\n")

	_, diags := load(t, fsys)
	var got []string
	for _, d := range diags {
		if strings.Contains(d.Msg, " lists ") { // the fixture also falls short of check's site-wide rules
			got = append(got, d.String())
		}
	}
	want := `site.toml:` + strconv.Itoa(line) + `: warning: board 1 lists cadre/neibu, but that item is internal (党内公开) and the board is public, so no edition shows it there; write scope = "internal" in this board if it stands inside the Party (党内公开栏), or take the item out of items
site.toml:` + strconv.Itoa(line) + `: warning: board 1 lists mix/webonly, but that item is not published on boards, so the board leaves it off; add "board" to channel in content/mix/webonly.md`
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}
