package kiosk_test

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/build"
)

// TestTitleOnceWithoutCounty: with no county in site.toml, a screen
// without a title of its own showed the site's title twice at its top
// (as the county and as its title); now once, and check says what to
// write. A screen with its own title keeps the county line.
func TestTitleOnceWithoutCounty(t *testing.T) {
	toml := readSiteToml(t)
	for _, line := range []string{"county   = \"中共青山县委 青山县人民政府\"\n", "title         = \"青山县权力公开透明运行\"\n"} {
		if !strings.Contains(toml, line) {
			t.Fatalf("site.toml has no line %q", line)
		}
		toml = strings.Replace(toml, line, "", 1)
	}
	files := map[string]string{"site.toml": toml}
	_, diags := build.Load(&build.Options{SiteDir: exampleSite, FS: example(files), Now: day(t, "2026-11-27")})
	var warned []string
	for _, d := range diags {
		if strings.Contains(d.Msg, "twice at its top") {
			warned = append(warned, d.String())
		}
	}
	if len(warned) != 1 || !strings.Contains(warned[0], `kiosk "lobby"`) {
		t.Errorf("warnings about the title twice: %q, want one about the lobby", warned)
	}
	_, out := renderKiosks(t, files, "2026-11-27")
	const title = "青山县委县政府权力公开透明运行"
	lobby, entrance := string(out["kiosk/lobby/index.html"]), string(out["kiosk/entrance/index.html"])
	if !strings.Contains(lobby, `<div class="brand"><span class="name">`+title+`</span></div>`) || strings.Contains(lobby, `class="county"`) {
		t.Errorf("the lobby's top is not its title alone")
	}
	if !strings.Contains(entrance, `<span class="county">`+title+`</span>`) {
		t.Errorf("the entrance, with its own title, lost its county line")
	}
}
