package model

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/markdown"
)

// indexFiles is a site numbering its items by category and year, with
// items of two years, an internal item, a draft, a future item and one
// with its own index_no that the pattern would also give.
var indexFiles = fstest.MapFS{
	"site.toml": {Data: []byte(`title = "测试县"
base_url = "https://gk.test.example/"
[index_no]
pattern = "{org}/{year}-{category}-{seq:3}"
org = "11361100MB1598765K"
[feedback]
phone = "0000-1234567"
[[categories]]
key = "cadre"
label = "干部选任和管理"
term = "immediate"
[[categories]]
key = "other"
label = "其他"
term = "immediate"
[[issuers]]
key = "organization"
label = "县委组织部"
`)},
	"content/cadre/b.md":         notice(`date = 2026-11-20`, `until = 2026-11-30`),
	"content/cadre/a.md":         notice(`date = 2026-11-20`, `until = 2026-11-30`),
	"content/cadre/early.md":     notice(`date = 2026-03-02`, `until = 2026-03-09`),
	"content/cadre/last-year.md": notice(`date = 2025-12-30`, `until = 2026-01-06`),
	"content/cadre/own.md":       notice(`date = 2026-10-01`, `until = 2026-10-09`, `index_no = "11361100MB1598765K/2026-cadre-003"`),
	"content/cadre/internal.md":  notice(`date = 2026-01-05`, `until = 2026-01-09`, `scope = "internal"`),
	"content/cadre/draft.md":     notice(`date = 2026-01-06`, `until = 2026-01-09`, `draft = true`),
	"content/cadre/future.md":    notice(`date = 2026-12-01`, `until = 2026-12-09`),
	"content/other/x.md":         notice(`category = "other"`, `date = 2026-05-06`, `until = 2026-05-09`),
}

// TestIndexNumbers: {seq} counts the published items of one series (one
// category and year, one scope) by date, then id; a written index_no is
// kept and never given to another item; internal items are their own
// series, marked N; drafts and future items take no number.
func TestIndexNumbers(t *testing.T) {
	cfg, set := loadFS(t, indexFiles)
	for _, scope := range []config.Scope{config.Public, config.Internal} {
		s, diags := Build(cfg, set, markdown.New(markdown.Options{}), Options{Now: day("2026-11-27"), Scope: scope})
		if diag.CountErrors(diags) > 0 {
			t.Fatal(diags)
		}
		want := map[string]string{
			"cadre/last-year": "2025-cadre-001",
			"cadre/early":     "2026-cadre-001",
			"cadre/own":       "2026-cadre-003", // written; the pattern's 003 goes to the next item
			"cadre/a":         "2026-cadre-002",
			"cadre/b":         "2026-cadre-004",
			"other/x":         "2026-other-001",
		}
		if scope == config.Internal {
			want["cadre/internal"] = "2026-cadre-N001"
		}
		if len(s.Items) != len(want) {
			t.Errorf("%s: %d items published, want %d", scope, len(s.Items), len(want))
		}
		for id, w := range want {
			if got := s.Lookup(id).IndexNumber; got != "11361100MB1598765K/"+w {
				t.Errorf("%s: %s is %q, want …/%s", scope, id, got, w)
			}
		}
	}
}

// TestNoIndexPattern: without a pattern only written index_no show.
func TestNoIndexPattern(t *testing.T) {
	files := fstest.MapFS{}
	for k, v := range indexFiles {
		files[k] = v
	}
	toml := string(indexFiles["site.toml"].Data)
	files["site.toml"] = &fstest.MapFile{Data: []byte(toml[:strings.Index(toml, "[index_no]")] + toml[strings.Index(toml, "[feedback]"):])}
	cfg, set := loadFS(t, files)
	s, _ := Build(cfg, set, markdown.New(markdown.Options{}), Options{Now: day("2026-11-27"), Scope: config.Public})
	for _, it := range s.Items {
		if (it.IndexNumber != "") != (it.ID == "cadre/own") {
			t.Errorf("%s: index number %q without a pattern", it.ID, it.IndexNumber)
		}
	}
}
