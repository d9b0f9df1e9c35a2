package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSessionSiteLayoutShowsBodies: the built-in theme's catalog shows no
// body, so serve keeps it after a body edit; a catalog.html the site writes
// may show any body, and a Session renders it anew after one.
func TestSessionSiteLayoutShowsBodies(t *testing.T) {
	t.Parallel()
	dir := copySite(t)
	const catalog = "<!doctype html><title>目录</title>{{range .Site.Items}}<p>{{.Doc.Text}}</p>{{end}}\n"
	if err := os.MkdirAll(filepath.Join(dir, "layouts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "layouts", "catalog.html"), []byte(catalog), 0o644); err != nil {
		t.Fatal(err)
	}
	s := NewSession(Options{SiteDir: dir, Now: testNow})
	if _, _, err := s.Build(); err != nil {
		t.Fatal(err)
	}
	const item, added = "content/cadre/2026-11-renqian-gongshi.md", "编辑刚刚写下的一句新话。"
	replaceIn(t, dir, item, "\n+++\n", "\n+++\n"+added+"\n\n")
	s.Changed(item)
	out, _, err := s.Build()
	if err != nil {
		t.Fatal(err)
	}
	if page := string(out.Files["catalog/index.html"]); !strings.Contains(page, added) {
		t.Errorf("after a body edit the site's catalog.html does not show it: the session kept the page of the last build")
	}
}
