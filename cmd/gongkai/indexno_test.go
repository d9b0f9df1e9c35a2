package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckWarnsOfMovedIndexNumbers: an item new to urls.txt dated
// before published items of its 索引号 series would move their numbers:
// check warns with a free number to write as its index_no, and with it
// is quiet.
func TestCheckWarnsOfMovedIndexNumbers(t *testing.T) {
	site := exampleSiteCopy(t)
	item := "+++\ntitle = \"关于补录事项的公告\"\ndate = 2026-11-03\ncategory = \"cadre\"\nterm = \"long-term\"\nissuer = \"organization\"\n" +
		"reviewed_by = \"县委组织部 许文杰\"\nreviewed = 2026-11-02\ndecided_by = \"县委第15次常委会议 2026-11-01\"\n%s+++\n正文。\n"
	file := filepath.Join(site, "content", "cadre", "2026-11-buli.md")
	check := func(extra string) string {
		if err := os.WriteFile(file, []byte(strings.Replace(item, "%s", extra, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		run([]string{"check", "-s", site, "--now", "2026-11-27"}, &stdout, &stderr)
		return stdout.String()
	}
	want := `content/cadre/2026-11-buli.md:3: warning: dated 2026-11-03, this new item comes before content/cadre/2026-11-renqian-gongshi.md in its 索引号 series and would move the number of that published item to 11361100MB1598765K/2026-cadre-0006; write index_no = "11361100MB1598765K/2026-cadre-0008"`
	if out := check(""); !strings.Contains(out, want) {
		t.Errorf("got\n%s\nwant a line with\n%s", out, want)
	}
	// the example's records/ carry two warnings of their own; the item none
	if out := check("index_no = \"11361100MB1598765K/2026-cadre-0008\"\n"); strings.Contains(out, "2026-11-buli.md") {
		t.Errorf("with index_no:\n%s", out)
	}
}
