package build

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/diag"
)

// A build reads records/ for the website's pages: a register it cannot
// read is an error naming its file, not statistics that silently leave it
// out.
func TestBuildRefusesABrokenRegister(t *testing.T) {
	t.Parallel()
	fsys := reviewedExample(t)
	fsys["records/requests/zz-broken.toml"] = &fstest.MapFile{Data: []byte("received = = 2026-11-02\n")}
	site, diags := Load(&Options{SiteDir: ".", FS: fsys, Now: testNow})
	if site == nil {
		t.Fatal("no site: the broken register stopped more than the build")
	}
	var found bool
	for _, d := range diags {
		if d.File == "records/requests/zz-broken.toml" && d.Line == 1 && strings.Contains(d.Msg, "TOML") {
			found = true
		}
	}
	if !found || diag.CountErrors(diags) == 0 {
		t.Errorf("want an error at records/requests/zz-broken.toml:1, got %v", diags)
	}
}
