package content

import (
	"strings"
	"testing"
	"testing/fstest"
)

const item = "+++\ntitle = \"t\"\ndate = 2026-11-23\ncategory = \"cadre\"\nterm = \"long-term\"\n+++\n正文\n"

func loadMap(t *testing.T, files map[string]string) (*Set, []string) {
	t.Helper()
	m := fstest.MapFS{}
	for name, data := range files {
		m[name] = &fstest.MapFile{Data: []byte(data)}
	}
	set, diags := Load(m, testSite(t), testReserved)
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	return set, got
}

// TestNames: the names of items and of the folders holding them are slugs,
// told at the file (or once at the folder) with a valid name to write;
// attachments may have Chinese names but no spaces or URL punctuation.
func TestNames(t *testing.T) {
	_, got := loadMap(t, map[string]string{
		"content/cadre/wang-li_2026.md":  item, // fine
		"content/cadre/Wang Li.md":       item,
		"content/cadre/干部任免.md":          item,
		"content/Cadre Notices/a.md":     item,
		"content/Cadre Notices/b.md":     item,
		"content/cadre/x/index.md":       item,   // fine
		"content/cadre/附件1：名单（第2批）.pdf":  "%PDF", // fine
		"content/cadre/Report_2026.PDF":  "%PDF", // fine
		"content/cadre/附件 1 (名单)#.pdf":   "%PDF",
		"content/cadre/附件/说明.docx":       "x", // a folder of attachments
		"content/cadre/附件 二/说明.docx":     "x",
		"content/cadre/~$说明.docx":        "lock", // Word's lock file: skipped
		"content/cadre/2026年11月 名单.xlsx": "x",
	})
	want := []string{
		`content/Cadre Notices: folder name "Cadre Notices" becomes part of the permanent address of every item in it (its URL, and the QR code on printed sheets), so it may hold only lower-case letters a-z, digits, '-' and '_'; rename the folder to "cadre-notices"`,
		`content/cadre/2026年11月 名单.xlsx: file name "2026年11月 名单.xlsx" cannot be written in a link as it is: an attachment's name may hold letters (Chinese too), digits and - _ . ( ), but no spaces or other punctuation; rename it to "2026年11月-名单.xlsx"`,
		`content/cadre/Wang Li.md:1: file name "Wang Li.md" becomes part of the item's permanent address (its URL, and the QR code on printed sheets), so it may hold only lower-case letters a-z, digits, '-' and '_'; rename the file to "wang-li.md"`,
		`content/cadre/干部任免.md:1: file name "干部任免.md" becomes part of the item's permanent address (its URL, and the QR code on printed sheets), so it may hold only lower-case letters a-z, digits, '-' and '_'; rename the file, writing Chinese words in pinyin (such as "ganbu-renmian.md")`,
		`content/cadre/附件 1 (名单)#.pdf: file name "附件 1 (名单)#.pdf" cannot be written in a link as it is: an attachment's name may hold letters (Chinese too), digits and - _ . ( ), but no spaces or other punctuation; rename it to "附件-1-(名单).pdf"`,
		`content/cadre/附件 二: folder name "附件 二" becomes part of the address of the files in it, and may hold letters (Chinese too), digits and - _ . ( ), but no spaces or other punctuation; rename it to "附件-二"`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNotTextFiles: a NUL byte or GBK text in a content file is told with
// its line; a UTF-8 byte order mark is accepted.
func TestNotTextFiles(t *testing.T) {
	set, got := loadMap(t, map[string]string{
		"content/cadre/nul.md": item + "\x00\n", // in the body, where nothing else would see it
		"content/cadre/gbk.md": "+++\ntitle = \"t\"\ndate = 2026-11-23\ncategory = \"cadre\"\n+++\n\n\xb9\xab\xbf\xaa\n",
		"content/cadre/bom.md": "\ufeff" + item,
	})
	want := []string{
		`content/cadre/gbk.md:7: the file is not UTF-8 text (is it saved as GBK?); save it as UTF-8 (记事本: 另存为 → 编码 UTF-8)`,
		`content/cadre/nul.md:8: the file holds a NUL byte, so it is not a text file; save it as UTF-8 text, or if it is not text give it another name`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(set.Items) != 1 || set.Items[0].ID != "cadre/bom" {
		t.Errorf("items %v, want only cadre/bom", set.Items)
	}
}

// TestMarkdownNamesAndAddresses: what gives no item, or two things one
// address, is told once, at its cause: a folder named like a Markdown file
// (not read; links into it are not called missing), a Markdown file whose
// name does not end in ".md", two items one address (x.md beside
// x/index.md; Wang.md beside wang.md is told at Wang.md, whose suggested
// name is taken), and an attachment where gongkai writes a page.
func TestMarkdownNamesAndAddresses(t *testing.T) {
	set, got := loadMap(t, map[string]string{
		"content/cadre/ok.md":              item,
		"content/cadre/folder.md/a.pdf":    "%PDF",
		"content/cadre/folder.md/index.md": item,
		"content/cadre/empty.MD/x.txt":     "x",
		"content/cadre/long.markdown":      item,
		"content/cadre/upper.MD":           item,
		"content/cadre/x.md":               item,
		"content/cadre/x/index.md":         item,
		"content/cadre/Wang.md":            item,
		"content/cadre/wang.md":            item,
		"content/cadre/y/index.md":         item,
		"content/cadre/y/index.html":       "<p>",
		"content/index.html":               "<p>",
	})
	want := []string{
		`content/cadre/Wang.md:1: file name "Wang.md" becomes part of the item's permanent address (its URL, and the QR code on printed sheets), so it may hold only lower-case letters a-z, digits, '-' and '_'; rename the file to "wang.md"; but content/cadre/wang.md is there already with that address, so choose another name, or remove one of the two`,
		`content/cadre/empty.MD: this is a folder named like a Markdown file, so nothing in it is read; rename the folder (to "empty", if it holds an item's index.md and attachments), or make the item a file named "empty.md"`,
		`content/cadre/folder.md: this is a folder named like a Markdown file, so nothing in it is read; rename the folder (to "folder", if it holds an item's index.md and attachments), or make the item a file named "folder.md"`,
		`content/cadre/long.markdown: only files whose names end in ".md" are read as items, so this one is not; rename it to "long.md"`,
		`content/cadre/upper.MD: only files whose names end in ".md" are read as items, so this one is not; rename it to "upper.md"`,
		`content/cadre/x/index.md:1: this item would be written to /cadre/x/, the same address as content/cadre/x.md; rename one of the files or give one a different slug`,
		`content/cadre/y/index.html: this file would be published at /cadre/y/index.html, where gongkai writes the page of content/cadre/y/index.md; rename the file`,
		`content/index.html: this file would be published at /index.html, where gongkai writes the home page; rename the file`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !set.MayExist("content/cadre/folder.md/a.pdf") {
		t.Errorf("a file in the folder named like a Markdown file is called missing")
	}
}
