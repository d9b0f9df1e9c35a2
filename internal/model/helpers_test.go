package model

import (
	"io/fs"
	"testing"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
)

// loadFS reads the site.toml and content of a test site, failing the test
// on any error.
func loadFS(t testing.TB, fsys fs.FS) (*config.Site, *content.Set) {
	t.Helper()
	data, err := fs.ReadFile(fsys, "site.toml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, diags := config.Parse(data)
	if diag.CountErrors(diags) > 0 {
		t.Fatalf("site.toml: %v", diags)
	}
	set, diags := content.Load(fsys, cfg, nil)
	if diag.CountErrors(diags) > 0 {
		t.Fatalf("content: %v", diags)
	}
	return cfg, set
}
