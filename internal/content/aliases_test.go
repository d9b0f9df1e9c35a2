package content

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func aliasItem(aliases string) string {
	return "+++\ntitle = \"t\"\ndate = 2026-11-20\ncategory = \"cadre\"\nterm = \"long-term\"\naliases = " + aliases + "\n+++\n"
}

// Every way of writing an old address on this site becomes the address its
// redirect page is written to.
func TestAliasForms(t *testing.T) {
	for written, want := range map[string]string{
		`"/cadre/old/"`:                      "cadre/old/",
		`"/cadre/old"`:                       "cadre/old/",
		`"/cadre/old/index.html"`:            "cadre/old/",
		`"https://gk.test.example/old/"`:     "old/",
		`"HTTPS://GK.TEST.EXAMPLE/a/b"`:      "a/b/",
		`"/art/2019/12/art_1234.html"`:       "art/2019/12/art_1234.html",
		`"/cadre/./x/../%E6%97%A7/"`:         "cadre/旧/",
		`["/a/", "/b.htm"]`:                  "a/ b.htm",
		`"/cadre/2026-11-renqian-gongshi/ "`: "cadre/2026-11-renqian-gongshi/",
	} {
		it, diags := Parse(testSite(t), testReserved, "content/cadre/a.md", []byte(aliasItem(written)))
		if len(diags) > 0 {
			t.Errorf("aliases = %s: %v", written, diags)
			continue
		}
		if got := strings.Join(it.Aliases, " "); got != want {
			t.Errorf("aliases = %s: %q, want %q", written, got, want)
		}
	}
}

// What cannot be a redirect page of this site is refused at the line, with
// what to write instead.
func TestAliasRefused(t *testing.T) {
	for written, want := range map[string]string{
		`"cadre/old/"`:                    `alias "cadre/old/" does not start with "/"; write the old address as a path from the site root, such as "/cadre/old-name/"`,
		`"https://other.example/old/"`:    `alias "https://other.example/old/" is not an address on this site (base_url)`,
		`"mailto:a@b.example"`:            `is not an address on this site`,
		`"/old/?id=3"`:                    `has a query or fragment`,
		`"/"`:                             `is the home page`,
		`"/index.html"`:                   `is the home page`,
		`"/cadre/old.pdf"`:                `names a .pdf file, and a redirect is an HTML page`,
		`"/categories/cadre/"`:            `is inside /categories/, which gongkai writes itself`,
		`"/kiosk/lobby/"`:                 `is inside /kiosk/`,
		`"/risks/high/"`:                  `is inside /risks/high/`,
		`"/404.html"`:                     `is inside the page for addresses that are not found (/404.html)`,
		`"/cadre/a/"`:                     `alias "/cadre/a/" is this item's own address; remove it from aliases`,
		`["/cadre/x/", "/cadre/x"]`:       `alias "/cadre/x" is listed twice; remove one`,
		`"/cadre/a b/"`:                   `holds spaces or control characters`,
		`["/ok/", "javascript:alert(1)"]`: `alias "javascript:alert(1)" is not an address on this site`,
	} {
		_, diags := Parse(testSite(t), testReserved, "content/cadre/a.md", []byte(aliasItem(written)))
		if len(diags) != 1 || diags[0].Line != 6 || !strings.Contains(diags[0].Msg, want) {
			t.Errorf("aliases = %s: %v, want one error on line 6 with %q", written, diags, want)
		}
	}
}

// An alias that is another item's page, a file under content/ or another
// item's alias is an error naming both files, whether the items are
// published or not.
func TestAliasCollisions(t *testing.T) {
	fsys := fstest.MapFS{
		"content/cadre/a.md":      {Data: []byte(aliasItem(`["/cadre/b/", "/cadre/scan.html", "/cadre/old/"]`))},
		"content/cadre/b.md":      {Data: []byte(aliasItem(`"/Cadre/Old/"`))},
		"content/cadre/scan.html": {Data: []byte("<p>scan</p>")},
		"content/cadre/c.md":      {Data: []byte(strings.Replace(aliasItem(`"/cadre/new/"`), "+++\n", "+++\ndraft = true\n", 1))},
		"content/cadre/new.md":    {Data: []byte(aliasItem(`"/elsewhere/"`))},
	}
	_, diags := Load(fsys, testSite(t), testReserved)
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	want := []string{
		`content/cadre/a.md:6: alias "/cadre/b/" is the address of content/cadre/b.md, which is published there; remove the alias, or rename that file`,
		`content/cadre/a.md:6: alias "/cadre/scan.html" is the address of the file content/cadre/scan.html; remove the alias, or rename that file`,
		`content/cadre/b.md:6: alias "/Cadre/Old/" is also an alias of content/cadre/a.md: an old address can lead to one page only; remove it from one of the two`,
		`content/cadre/c.md:7: alias "/cadre/new/" is the address of content/cadre/new.md, which is published there; remove the alias, or rename that file`,
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
