package model

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/markdown"
)

// linkSite is a site with a public item, an internal one with a file of
// its own, a draft and a future item.
func linkSite(baseURL string) fstest.MapFS {
	item := func(extra, body string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("+++\ntitle = \"事项\"\ndate = 2026-11-20\ncategory = \"cadre\"\nterm = \"long-term\"\n" + extra + "+++\n" + body)}
	}
	return fstest.MapFS{
		"site.toml": {Data: []byte("title = \"测试\"\nbase_url = \"" + baseURL + "\"\n[feedback]\nphone = \"0000-1234567\"\n" +
			"[[categories]]\nkey = \"cadre\"\nlabel = \"干部选任和管理\"\n")},
		"content/cadre/gongkai.md":        item("", "公开。\n"),
		"content/cadre/gongkai/附件1.pdf":   {Data: []byte("%PDF")},
		"content/cadre/neibu.md":          item("scope = \"internal\"\n", "党内。\n"),
		"content/cadre/neibu/scan.pdf":    {Data: []byte("%PDF")},
		"content/cadre/caogao.md":         item("draft = true\n", "草稿。\n"),
		"content/cadre/future.md":         item("", "下月。\n"),
		"content/cadre/moved.md":          item("slug = \"xin-dizhi\"\n", "新地址。\n"),
		"content/cadre/from.md":           item("", "{{BODY}}"),
		"content/cadre/future-dated-x.md": item("", "x\n"),
	}
}

// buildWith builds the model of fsys (linkSite) with body as the body of
// content/cadre/from.md.
func buildWith(t testing.TB, fsys fstest.MapFS, body string) (*Site, []diag.Diagnostic) {
	t.Helper()
	cfg, set := loadLinkSite(t, fsys, body)
	return Build(cfg, set, markdown.New(markdown.Options{}), Options{Now: linkNow, Scope: config.Public})
}

var linkNow = calendar.Day{Y: 2026, M: 11, D: 27}

func loadLinkSite(t testing.TB, fsys fstest.MapFS, body string) (*config.Site, *content.Set) {
	t.Helper()
	fsys = maps(fsys)
	f := *fsys["content/cadre/from.md"]
	f.Data = []byte(strings.Replace(string(f.Data), "{{BODY}}", body, 1))
	fsys["content/cadre/from.md"] = &f
	fut := *fsys["content/cadre/future.md"]
	fut.Data = []byte(strings.Replace(string(fut.Data), "2026-11-20", "2026-12-20", 1))
	fsys["content/cadre/future.md"] = &fut
	return loadFS(t, fsys)
}

func maps(m fstest.MapFS) fstest.MapFS {
	out := fstest.MapFS{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

var hrefs = regexp.MustCompile(`(?:href|src)="([^"]*)"`)

func linksOf(s *Site) []string {
	var out []string
	for _, m := range hrefs.FindAllStringSubmatch(string(s.Lookup("cadre/from").Doc.HTML), -1) {
		out = append(out, m[1])
	}
	return out
}

func TestLinkFormsLeadToOnePage(t *testing.T) {
	for _, c := range []struct{ base, dest, want string }{
		{"https://gk.test.example/", "gongkai.md", "/cadre/gongkai/"},
		{"https://gk.test.example/", "/cadre/gongkai/index.html", "/cadre/gongkai/"},
		{"https://gk.test.example/", "/Cadre/GongKai/INDEX.HTM?a#b", "/cadre/gongkai/?a#b"},
		{"https://gk.test.example/", "https://gk.test.example/cadre/%67ongkai", "/cadre/gongkai/"},
		{"https://gk.test.example/", "//gk.test.example/cadre/./x/../gongkai/", "/cadre/gongkai/"},
		{"https://gk.test.example/", `/cadre\gongkai\index.html`, "/cadre/gongkai/"},
		{"https://gk.test.example/", "/cadre/moved/", "/cadre/xin-dizhi/"},
		{"https://gk.test.example/", "gongkai/附件1.pdf", "/cadre/gongkai/%E9%99%84%E4%BB%B61.pdf"},
		{"https://gk.test.example/", "/CADRE/gongkai/%E9%99%84%E4%BB%B61.PDF", "/cadre/gongkai/%E9%99%84%E4%BB%B61.pdf"},
		{"https://gk.test.example/", "https://www.example.gov.cn/a?b", "https://www.example.gov.cn/a?b"},
		{"https://gk.test.example/", "//www.example.gov.cn/a", "https://www.example.gov.cn/a"},
		{"https://gk.test.example/", "/catalog/", "/catalog/"},
		{"https://gk.test.example/", "mailto:a@b.example", "mailto:a@b.example"},
		{"https://gk.test.example/gk/", "/gk/cadre/gongkai/", "/gk/cadre/gongkai/"},
		{"https://gk.test.example/gk/", "/cadre/gongkai/", "/gk/cadre/gongkai/"},
		{"https://gk.test.example/gk/", "https://gk.test.example/GK/cadre/gongkai/index.html", "/gk/cadre/gongkai/"},
		{"https://gk.test.example/gk/", "https://gk.test.example/cadre/gongkai/", "https://gk.test.example/cadre/gongkai/"},
	} {
		s, diags := buildWith(t, linkSite(c.base), "[x](<"+c.dest+">)\n")
		if len(diags) > 0 {
			t.Errorf("%s on %s: %v", c.dest, c.base, diags)
			continue
		}
		if got := linksOf(s); len(got) != 1 || got[0] != c.want {
			t.Errorf("%s on %s: href %q, want %q", c.dest, c.base, got, c.want)
		}
	}
}

func TestLinksToHiddenItemsAreErrorsAndNotLive(t *testing.T) {
	for _, dest := range []string{
		"neibu.md", "/cadre/neibu/index.html", "/cadre/neibu/?a", "https://gk.test.example/cadre/neibu/",
		"//gk.test.example/cadre/neibu/", "/Cadre/neibu/", "/cadre/%6Eeibu/", "/cadre/./x/../neibu/", `/cadre\neibu/`,
		"/cadre/neibu/index.htm", " /cadre/neibu/ ", "neibu/scan.pdf", "/cadre/NEIBU/SCAN.PDF", "/cadre/neibu./",
		"caogao.md", "/cadre/caogao/", "https://gk.test.example/cadre/future/", "future/", "/cadre/nothere/",
	} {
		s, diags := buildWith(t, linkSite("https://gk.test.example/"), "见[x](<"+dest+">)和![y](<"+dest+">)。\n")
		if len(diags) != 1 || diags[0].File != "content/cadre/from.md" || diags[0].Line != 7 {
			t.Errorf("%q: diagnostics %v, want an error on content/cadre/from.md:7 (the same for both links)", dest, diags)
		}
		if got := linksOf(s); len(got) != 0 {
			t.Errorf("%q: published as %q", dest, got)
		}
		if h := string(s.Lookup("cadre/from").Doc.HTML); !strings.Contains(h, "见x和y。") {
			t.Errorf("%q: the text of the link is not kept: %s", dest, h)
		}
		for _, r := range s.Resources {
			if strings.Contains(r, "neibu") {
				t.Errorf("%q: the internal item's file %s is published", dest, r)
			}
		}
	}
}

func TestRefusedSchemesAreErrorsAndNotLive(t *testing.T) {
	for _, body := range []string{
		"<javascript:alert(1)>", "[x](javascript://%0aalert(1))", "[x](data:text/html,x)", "![x](javascript://x)",
		"[x](JaVaScRiPt:alert(1))", "[x](&#106;avascript:alert(1))", "[x](<java\tscript:alert(1)>)",
		"[x](javascript&colon;alert(1))", "[x][r]\n\n[r]: javascript:alert(1)", "<vbscript:x>", "[x](ftp://a.example/)",
	} {
		s, diags := buildWith(t, linkSite("https://gk.test.example/"), body+"\n")
		if len(diags) != 1 || !strings.Contains(diags[0].Msg, "links are not published, only http:, https:, mailto:, tel:") {
			t.Errorf("%q: diagnostics %v", body, diags)
		}
		if got := linksOf(s); len(got) != 0 {
			t.Errorf("%q: published as %q", body, got)
		}
	}
}

func TestAddressesInTextFieldsAreChecked(t *testing.T) {
	fsys := linkSite("https://gk.test.example/")
	fsys["content/cadre/from.md"] = &fstest.MapFile{Data: []byte(`+++
title = "事项"
date = 2026-11-20
category = "cadre"
term = "long-term"
summary = "详见https://gk.test.example/cadre/neibu/index.html，另见www.example.gov.cn。"

[[risks]]
id = "R1"
level = "高"
type = "设权风险"
description = "见 //gk.test.example/Cadre/neibu 和 https://gk.test.example/cadre/gongkai/"
post = "预算股"
matter = "资金拨付"
measures = [{kind = "分权防控", text = "按 https://gk.test.example/cadre/nothere/ 办理"}]
+++
正文。
`)}
	s, diags := buildWith(t, fsys, "")
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	want := []string{
		`content/cadre/from.md:6: link to "https://gk.test.example/cadre/neibu/index.html": cadre/neibu is internal (党内公开) and this item is public; a public item must not point to it — remove the link or make this item internal`,
		`content/cadre/from.md:8: link to "//gk.test.example/Cadre/neibu": cadre/neibu is internal (党内公开) and this item is public; a public item must not point to it — remove the link or make this item internal`,
		`content/cadre/from.md:8: link to "https://gk.test.example/cadre/nothere/": there is no page /cadre/nothere/ on this site (did you mean /cadre/future/?); link to the item by its file, such as [标题](../cadre/nothere.md)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(s.Resources) != 0 {
		t.Errorf("an address in a text field publishes %v", s.Resources)
	}
}
