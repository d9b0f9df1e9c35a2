package build

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
)

// tinySite has one public and one internal item.
func tinySite() fstest.MapFS {
	return fstest.MapFS{
		"site.toml": {Data: []byte("title = \"测试县\"\nbase_url = \"https://gk.test.example/\"\n[feedback]\nphone = \"0000-1234567\"\n" +
			"[[categories]]\nkey = \"cadre\"\nlabel = \"干部选任和管理\"\nchannel = [\"web\"]\n")},
		"content/cadre/gongkai.md": {Data: []byte("+++\ntitle = \"公开事项\"\ndate = 2026-11-20\ncategory = \"cadre\"\nterm = \"long-term\"\n+++\n正文。\n")},
		"content/cadre/neibu.md":   {Data: []byte("+++\ntitle = \"党内通报\"\ndate = 2026-11-20\ncategory = \"cadre\"\nterm = \"long-term\"\nscope = \"internal\"\n+++\n党内。\n")},
	}
}

func tinyRun(site, dest string, scope config.Scope) (*Result, error) {
	now, _ := calendar.Parse("2026-11-27")
	return Run(Options{SiteDir: site, FS: tinySite(), Dest: dest, Now: now, Scope: scope})
}

// TestEditionsKeepTheirFolders: a folder built with one scope is never
// replaced by a build of the other, whichever -d says; the message names
// the folder to use.
func TestEditionsKeepTheirFolders(t *testing.T) {
	t.Parallel()
	site, www := t.TempDir(), filepath.Join(t.TempDir(), "www")
	if _, err := tinyRun(site, www, config.Public); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, www)
	_, err := tinyRun(site, www, config.Internal)
	if err == nil || !strings.Contains(err.Error(), "refusing to write the internal (党内公开) edition into "+www+": it holds the public edition") ||
		!strings.Contains(err.Error(), "leave out -d to write it to public-internal/") {
		t.Fatalf("internal build over a public build: %v", err)
	}
	sameFiles(t, "after the refused internal build", before, readTree(t, www))

	intranet := filepath.Join(t.TempDir(), "intranet")
	if _, err := tinyRun(site, intranet, config.Internal); err != nil {
		t.Fatal(err)
	}
	_, err = tinyRun(site, intranet, config.Public)
	if err == nil || !strings.Contains(err.Error(), "it holds the internal (党内公开) edition") || !strings.Contains(err.Error(), "public/") {
		t.Errorf("public build over an internal build: %v", err)
	}
	if _, err := tinyRun(site, "", config.Internal); err != nil {
		t.Errorf("internal build to its default folder: %v", err)
	}
	if _, err := tinyRun(site, filepath.Join(site, "public-internal"), config.Public); err == nil {
		t.Errorf("public build into public-internal/ was accepted")
	}
}

// TestMarkerOfAnOlderGongkai: a marker that records no scope is taken as
// public, except in the site's public-internal/, where older versions wrote
// the internal edition.
func TestMarkerOfAnOlderGongkai(t *testing.T) {
	t.Parallel()
	site := t.TempDir()
	older := []byte("built by gongkai; this folder is replaced on every build\n")
	www := filepath.Join(t.TempDir(), "www")
	for _, dir := range []string{www, filepath.Join(site, "public-internal"), filepath.Join(site, "public")} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, ".gongkai"), older, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := tinyRun(site, www, config.Internal); err == nil {
		t.Error("an internal build replaced a folder an older gongkai built")
	}
	if _, err := tinyRun(site, "", config.Internal); err != nil {
		t.Errorf("internal build over an older public-internal/: %v", err)
	}
	if _, err := tinyRun(site, www, config.Public); err != nil {
		t.Errorf("public build over an older build: %v", err)
	}
	if _, err := tinyRun(site, "", config.Public); err != nil {
		t.Errorf("public build over an older public/: %v", err)
	}
}

// TestOutputOutsideWhatTheBuildReads: the output folder is never the site
// folder, around it, or inside a folder the build reads.
func TestOutputOutsideWhatTheBuildReads(t *testing.T) {
	t.Parallel()
	site := filepath.Join(t.TempDir(), "site")
	for _, d := range []string{"content", "static", "layouts"} {
		if err := os.MkdirAll(filepath.Join(site, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct{ dest, want string }{
		{"content/out", "it is in the site's content/ folder"},
		{"static", "it is in the site's static/ folder"},
		{"layouts/x/y", "it is in the site's layouts/ folder"},
		{"themes/default/public", "it is in the site's themes/ folder"},
		{"archetypes/out", "it is in the site's archetypes/ folder"},
		{".", "it is the site folder"},
		{"..", "it holds the site folder"},
		{"content/../static/./out", "it is in the site's static/ folder"},
	} {
		dest := filepath.Join(site, c.dest)
		_, err := tinyRun(site, dest, config.Public)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "leave out -d") {
			t.Errorf("-d %s: %v", c.dest, err)
		}
	}
	entries, _ := os.ReadDir(filepath.Join(site, "content"))
	if len(entries) > 0 {
		t.Errorf("content/ was written: %v", entries)
	}
	// Through a symlink, the same folders are recognised.
	link := filepath.Join(t.TempDir(), "link")
	if err := os.Symlink(filepath.Join(site, "content"), link); err == nil {
		if _, err := tinyRun(site, filepath.Join(link, "out"), config.Public); err == nil {
			t.Error("-d through a symlink into content/ was accepted")
		}
	}
	for _, dest := range []string{"", filepath.Join(site, "out"), filepath.Join(filepath.Dir(site), "www")} {
		if _, err := tinyRun(site, dest, config.Public); err != nil {
			t.Errorf("-d %q: %v", dest, err)
		}
	}
}

// TestInterruptedBuildLeavesNothing: a cancelled build returns
// ErrInterrupted, leaves the previous output as it was and removes its
// temporary folder.
func TestInterruptedBuildLeavesNothing(t *testing.T) {
	t.Parallel()
	site := t.TempDir()
	if _, err := tinyRun(site, "", config.Public); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, filepath.Join(site, "public"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	now, _ := calendar.Parse("2026-11-28")
	_, err := RunContext(ctx, Options{SiteDir: site, FS: tinySite(), Now: now})
	if !errors.Is(err, ErrInterrupted) {
		t.Fatalf("cancelled build: %v", err)
	}
	sameFiles(t, "after the interrupted build", before, readTree(t, filepath.Join(site, "public")))
	if left, _ := filepath.Glob(filepath.Join(site, ".public.tmp-*")); len(left) > 0 {
		t.Errorf("left behind: %v", left)
	}
}
