package publish

import (
	"context"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCopy: the destination becomes the source's files, with its own
// marker, the previous copy's files gone and nothing left beside it.
func TestCopy(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	src, dest := filepath.Join(root, "public"), filepath.Join(root, "www")
	build(t, src, public, map[string]string{"index.html": "新", "a/b/c.css": "x{}", "status.json": "{}"})
	build(t, dest, public, map[string]string{"index.html": "旧", "gone/index.html": "旧页"})
	if err := Copy(context.Background(), src, dest, public); err != nil {
		t.Fatal(err)
	}
	if got, want := tree(t, dest), tree(t, src); !maps.Equal(got, want) {
		t.Errorf("the copy differs from the source:\n%v\n%v", got, want)
	}
	if rest := beside(t, dest); len(rest) != 1 || rest[0] != "public" {
		t.Errorf("left beside the destination: %v", rest)
	}
	if fi, err := os.Stat(filepath.Join(dest, "a", "b", "c.css")); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("copied file: %v %v", fi, err)
	}
}

// TestCopyRefuses: a folder gongkai did not write, or one of the other
// scope, is never replaced by a copy, and stays as it was.
func TestCopyRefuses(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	src := filepath.Join(root, "public")
	build(t, src, public, map[string]string{"index.html": "新"})
	foreign := filepath.Join(root, "www")
	os.MkdirAll(foreign, 0o755)
	os.WriteFile(filepath.Join(foreign, "index.html"), []byte("别人的网站"), 0o644)
	err := Copy(context.Background(), src, foreign, public)
	if err == nil || !strings.Contains(err.Error(), "gongkai did not write") {
		t.Errorf("copy over a folder gongkai did not write: %v", err)
	}
	if got := tree(t, foreign); len(got) != 1 || got["index.html"] != "别人的网站" {
		t.Errorf("the foreign folder changed: %v", got)
	}
	internal := filepath.Join(root, "internal")
	build(t, internal, Options{Scope: "internal"}, map[string]string{"index.html": "党内"})
	var se *ScopeError
	if err := Copy(context.Background(), src, internal, public); !errors.As(err, &se) {
		t.Errorf("public copy over the internal edition: %v", err)
	}
}

// TestReplaceFile: one file of a gongkai folder is replaced and nothing
// else changes; a folder without the marker, or of the other scope, is
// left alone.
func TestReplaceFile(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	dest := filepath.Join(root, "www")
	build(t, dest, public, map[string]string{"index.html": "页", "status.json": "old"})
	before := tree(t, dest)
	if err := ReplaceFile(dest, "status.json", []byte("new"), public); err != nil {
		t.Fatal(err)
	}
	after := tree(t, dest)
	if after["status.json"] != "new" {
		t.Errorf("status.json = %q", after["status.json"])
	}
	delete(before, "status.json")
	delete(after, "status.json")
	if !maps.Equal(before, after) {
		t.Errorf("other files changed:\n%v\n%v", before, after)
	}
	if err := ReplaceFile(dest, "status.json", []byte("x"), Options{Scope: "internal"}); err == nil {
		t.Error("an internal run rewrote a public folder's file")
	}
	foreign := filepath.Join(root, "foreign")
	os.MkdirAll(foreign, 0o755)
	if err := ReplaceFile(foreign, "status.json", []byte("x"), public); err == nil {
		t.Error("a folder without a marker was written")
	}
	if _, err := os.Stat(filepath.Join(foreign, "status.json")); err == nil {
		t.Error("status.json appeared in a folder gongkai did not write")
	}
}
