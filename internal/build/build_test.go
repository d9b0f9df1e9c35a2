package build

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/calendar"
)

// TestDeterministic builds the example site twice, to disk and into memory,
// and compares every byte: a build makes the same files every time, and a
// memory writer (serve, and the tests that compare builds) holds exactly
// what a build writes to disk.
func TestDeterministic(t *testing.T) {
	t.Parallel()
	disk := readTree(t, builtExample(t).Dest)
	mem := buildOpts(t, Options{SiteDir: ".", FS: exampleSite(t), Now: testNow})
	if d := diffFiles(disk, mem); d != "" {
		t.Errorf("two builds of the example site differ (without: on disk, with: in memory):\n%s", d)
	}
	if len(disk) < 100 {
		t.Errorf("only %d files compared", len(disk))
	}
}

// TestSiteLayoutOverridesTheme: a file in the site's layouts/ replaces the
// theme's file of the same name, and only that file.
func TestSiteLayoutOverridesTheme(t *testing.T) {
	t.Parallel()
	fsys := exampleSite(t)
	fsys["layouts/partials/footer.html"] = &fstest.MapFile{Data: []byte(`<footer>OVERRIDDEN-FOOTER {{.Site.Config.Feedback.Phone}}</footer>`)}
	fsys["static/css/extra.css"] = &fstest.MapFile{Data: []byte(`.x { color: red }`)}
	now, _ := calendar.Parse("2026-11-27")
	out := buildOpts(t, Options{SiteDir: ".", FS: fsys, Now: now}) // the layers are read through FS: nothing here is about disk
	home := out["index.html"]
	if !strings.Contains(string(home), "OVERRIDDEN-FOOTER 0791-8812345") {
		t.Error("site layouts/partials/footer.html did not replace the theme's")
	}
	if !strings.Contains(string(home), `class="masthead"`) {
		t.Error("the theme's other partials were lost")
	}
	if css, ok := out["css/extra.css"]; !ok || !strings.Contains(string(css), "red") {
		t.Errorf("site static file not copied")
	}
}

// TestBuiltInThemeWithoutThemesFolder: a site with no themes/ folder builds
// with the theme compiled into gongkai.
func TestBuiltInThemeWithoutThemesFolder(t *testing.T) {
	t.Parallel()
	fsys := exampleSite(t)
	for name := range fsys {
		if strings.HasPrefix(name, "themes/") {
			delete(fsys, name)
		}
	}
	now, _ := calendar.Parse("2026-11-27")
	out := buildOpts(t, Options{SiteDir: ".", FS: fsys, Now: now})
	if _, ok := out["css/site.css"]; !ok {
		t.Errorf("built-in theme's static files missing")
	}
}

// TestInternalEditionNeverGoesToPublic: a mistyped -d must not put the
// internal edition where the public site is published from.
func TestInternalEditionNeverGoesToPublic(t *testing.T) {
	t.Parallel()
	site := t.TempDir()
	fsys := exampleSite(t)
	now, _ := calendar.Parse("2026-11-27")
	_, err := Run(Options{SiteDir: site, FS: fsys, Dest: filepath.Join(site, "public"), Now: now, Scope: "internal"})
	if err == nil || !strings.Contains(err.Error(), "refusing to write the internal") {
		t.Fatalf("internal build into public/: %v", err)
	}
	if _, err := os.Stat(filepath.Join(site, "public")); err == nil {
		t.Error("public/ was written")
	}
	if _, err := Run(Options{SiteDir: site, FS: fsys, Now: now, Scope: "internal"}); err != nil {
		t.Fatalf("internal build to its default folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(site, "public-internal", "index.html")); err != nil {
		t.Errorf("public-internal/ not written: %v", err)
	}
}
