package build

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/diag"
)

// TestAliasRedirects: each alias of an item is a small page that sends
// readers on to it without JavaScript, names it canonical and asks not to
// be indexed, and it changes nothing else: no list, feed, sitemap,
// index.json, board sheet (whose QR codes still lead to the item's own
// page) or screen mentions it. urls.txt lists the aliases, which are
// promises now too.
func TestAliasRedirects(t *testing.T) {
	t.Parallel()
	built := builtExample(t)
	without := readTree(t, built.Dest)
	without[ledgerKey] = built.Ledger.Data
	fsys := exampleSite(t)
	const file = "content/cadre/2026-11-renqian-gongshi.md"
	fsys[file] = &fstest.MapFile{Data: []byte(strings.Replace(string(fsys[file].Data), "category", `aliases  = ["/cadre/wang-gongshi", "https://gk.qingshan.example.gov.cn/old/gongshi.html"]`+"\ncategory", 1))}
	with := buildFiles(t, fsys, testNow)

	page := string(with["cadre/wang-gongshi/index.html"])
	for _, want := range []string{
		`<meta http-equiv="refresh" content="0; url=/cadre/2026-11-renqian-gongshi/">`,
		`<link rel="canonical" href="https://gk.qingshan.example.gov.cn/cadre/2026-11-renqian-gongshi/">`,
		`<meta name="robots" content="noindex">`,
		`本页已迁移至：<a href="/cadre/2026-11-renqian-gongshi/">关于王建国等同志任前公示的公告</a>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the redirect page has no %s:\n%s", want, page)
		}
	}
	if strings.Contains(page, "<script") {
		t.Errorf("the redirect page has a script:\n%s", page)
	}
	if string(with["old/gongshi.html"]) != page {
		t.Error("the alias naming a file is not the same redirect page")
	}
	ledger := string(with[ledgerKey])
	for _, want := range []string{"\n/cadre/wang-gongshi/  2026-11-27\n", "\n/old/gongshi.html  2026-11-27\n"} {
		if !strings.Contains(ledger, want) {
			t.Errorf("urls.txt does not list %q", want)
		}
	}
	delete(with, "cadre/wang-gongshi/index.html")
	delete(with, "old/gongshi.html")
	with[ledgerKey] = without[ledgerKey]
	if d := diffFiles(without, with); d != "" {
		t.Errorf("aliases changed more than their redirect pages:\n%s", d)
	}
}

// TestAliasUnderBasePath: with base_url on a path, an alias written with
// or without it is the same old address, and the redirect leads to the
// item under the path.
func TestAliasUnderBasePath(t *testing.T) {
	t.Parallel()
	fsys := tinySite()
	fsys["site.toml"] = &fstest.MapFile{Data: []byte(strings.Replace(string(fsys["site.toml"].Data), "https://gk.test.example/", "https://www.test.example/gk/", 1))}
	fsys["content/cadre/gongkai.md"] = &fstest.MapFile{Data: []byte("+++\ntitle = \"公开事项\"\ndate = 2026-11-20\ncategory = \"cadre\"\nterm = \"long-term\"\n" +
		"aliases = [\"/gk/cadre/old/\", \"/cadre/older/\", \"https://www.test.example/gk/x.html\"]\n+++\n正文。\n")}
	out := buildFiles(t, fsys, testNow)
	for _, f := range []string{"cadre/old/index.html", "cadre/older/index.html", "x.html"} {
		if !strings.Contains(string(out[f]), `content="0; url=/gk/cadre/gongkai/"`) {
			t.Errorf("%s is not a redirect to /gk/cadre/gongkai/:\n%s", f, out[f])
		}
	}
	if _, ok := out["gk/cadre/old/index.html"]; ok {
		t.Error("the base path was written into the alias's folder")
	}
}

// TestSessionShowsLedgerErrors: serve fails the preview with the error a
// build fails with, at urls.txt's line, and writes nothing to the site.
func TestSessionShowsLedgerErrors(t *testing.T) {
	t.Parallel()
	fsys := tinySite()
	fsys["urls.txt"] = &fstest.MapFile{Data: []byte("# 台账\n/cadre/gongkai/  2026-11-20  公开事项\n/cadre/jiu/  2026-11-20  旧事项\n")}
	_, res, err := NewSession(Options{SiteDir: ".", FS: fsys, Now: testNow}).Build()
	if !IsContentError(err) || len(res.Diags) != 1 || res.Diags[0].File != "urls.txt" || res.Diags[0].Line != 3 ||
		!strings.Contains(res.Diags[0].Msg, `add aliases = ["/cadre/jiu/"] to the item's front matter`) {
		t.Fatalf("the session's build: %v\n%v", err, res.Diags)
	}
	var de diag.Errors
	if _, err := Run(Options{SiteDir: ".", FS: fsys, Now: testNow, Dest: t.TempDir() + "/public"}); !errors.As(err, &de) || len(de) != 1 || de[0] != res.Diags[0] {
		t.Errorf("a build fails otherwise: %v", err)
	}
}
