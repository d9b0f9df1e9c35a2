package build

import (
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestOldLayoutFieldNamed: a site's layout written for a field its page no
// longer has (the catalog's .Data is now .Catalog) fails the build with
// the layout's file, the field and the fields the page has.
func TestOldLayoutFieldNamed(t *testing.T) {
	fsys := tinySite()
	fsys["layouts/catalog.html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}{{with .Data}}{{.Covered}}{{end}}{{end}}`)}
	_, err := Run(Options{SiteDir: ".", FS: fsys, Dest: filepath.Join(t.TempDir(), "public"), Now: testNow})
	if err == nil {
		t.Fatal("the build succeeded")
	}
	for _, want := range []string{"layouts/catalog.html", "can't evaluate field Data", "a catalog page has", ".Catalog", ".Site"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error does not say %q: %v", want, err)
		}
	}
}
