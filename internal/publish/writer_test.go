package publish

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCommitSwapsAndAbortKeepsPrevious(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	w, err := New(dest, Options{Scope: "public"})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write("index.html", []byte("<html>\n  <body>  <p>第一版</p> </body></html>"), "test"); err != nil {
		t.Fatal(err)
	}
	if err := w.Commit(); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(filepath.Join(dest, "index.html"))
	if !strings.Contains(string(first), "<p>第一版</p>") || strings.Contains(string(first), "  ") {
		t.Errorf("not minified or not written: %q", first)
	}
	w2, err := New(dest, Options{Scope: "public"})
	if err != nil {
		t.Fatal(err)
	}
	_ = w2.Write("index.html", []byte("<p>第二版</p>"), "test")
	w2.Abort()
	again, _ := os.ReadFile(filepath.Join(dest, "index.html"))
	if string(again) != string(first) {
		t.Errorf("an aborted build changed the output: %q", again)
	}
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(dest), ".public.tmp-*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary folders left behind: %v", leftovers)
	}
}

func TestRefusesFolderNotMadeByGongkai(t *testing.T) {
	dest := t.TempDir()
	if err := os.WriteFile(filepath.Join(dest, "important.doc"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := New(dest, Options{Scope: "public"}); err == nil || !strings.Contains(err.Error(), "refusing to replace") {
		t.Errorf("New over a foreign folder: %v", err)
	}
}

func TestTwoWritersOfOnePath(t *testing.T) {
	w, err := New(filepath.Join(t.TempDir(), "public"), Options{Scope: "public"})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	_ = w.Write("cadre/wang/index.html", []byte("a"), "content/cadre/wang.md")
	err = w.Write("cadre/wang/index.html", []byte("b"), "page /cadre/wang/")
	if err == nil || !strings.Contains(err.Error(), "content/cadre/wang.md and page /cadre/wang/ both write") {
		t.Errorf("duplicate path: %v", err)
	}
}
