package build

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunKeepsBodiesSiteLayoutsShow: a build lets each body's source and
// text go once rendered (model.Drop), but not when a layout of the site's
// own may show them: a catalog.html that shows every item's text and
// source shows them whole, as check and serve read them.
func TestRunKeepsBodiesSiteLayoutsShow(t *testing.T) {
	t.Parallel()
	dir := copySite(t)
	const catalog = "<!doctype html><title>目录</title>{{range .Site.Items}}<p>{{.ID}} {{len .Doc.Text}} {{len .Body}}</p>{{end}}\n"
	if err := os.MkdirAll(filepath.Join(dir, "layouts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "layouts", "catalog.html"), []byte(catalog), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := Options{SiteDir: dir, Dest: filepath.Join(t.TempDir(), "public"), Now: testNow}
	page := string(buildOpts(t, opts)["catalog/index.html"])
	site, _ := Load(&opts)
	for _, it := range site.Items {
		if want := fmt.Sprintf("<p>%s %d %d</p>", it.ID, len(it.Doc.Text), len(it.Body)); !strings.Contains(page, want) {
			t.Fatalf("the site's catalog.html does not show %s whole (%s): the build let its body go", it.ID, want)
		}
	}
}
