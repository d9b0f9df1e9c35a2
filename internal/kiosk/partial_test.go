package kiosk_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/model"
)

// section is a slide of a display or a screen of a touch kiosk, and the
// item it shows: data-id="…" or data-view="item:…".
var section = regexp.MustCompile(`(?s)<section class="[^"]*"[^>]*?(?:data-id="([^"]*)"|data-view="item:([^"]*)")[^>]*>.*?</section>`)

// sections are a kiosk page's item sections by item, in order.
func sections(page string) map[string]string {
	out := map[string]string{}
	for _, m := range section.FindAllStringSubmatch(page, -1) {
		out[m[1]+m[2]] += m[0]
	}
	return out
}

// TestPowersPartialRestylesOnlyPowerSlides: a site that overrides
// partials/kiosk-powers.html changes the slides and screens of the items
// with steps, risk points or stages, and no others.
func TestPowersPartialRestylesOnlyPowerSlides(t *testing.T) {
	theme, err := os.ReadFile(exampleSite + "/themes/default/layouts/partials/kiosk-powers.html")
	if err != nil {
		t.Fatal(err)
	}
	own := strings.NewReplacer(`<h2 id="廉政风险点及防控措施">廉政风险点及防控措施</h2>`, `<h2 id="风险防控">风险防控一览</h2>`,
		"<strong>", "<b>", "</strong>", "</b>").Replace(string(theme))
	site, before := renderKiosks(t, nil, "2026-11-27")
	_, after := renderKiosks(t, map[string]string{"layouts/partials/kiosk-powers.html": own}, "2026-11-27")
	byID := map[string]*model.Item{}
	for _, it := range site.Items {
		byID[it.ID] = it
	}
	changed, shown := 0, false
	for _, k := range site.Config.Kiosks {
		name := "kiosk/" + k.Name + "/index.html"
		b, a := sections(string(before[name])), sections(string(after[name]))
		if len(b) == 0 || len(b) != len(a) {
			t.Fatalf("%s: %d items before, %d after", name, len(b), len(a))
		}
		for id, s := range b {
			it := byID[id]
			if it == nil {
				t.Fatalf("%s: no item %q", name, id)
			}
			powers := it.Power != nil || len(it.RiskPoints) > 0 || len(it.Timeline) > 0
			switch {
			case a[id] != s && !powers:
				t.Errorf("%s: the partial changed %s, which has no steps, risk points or stages", name, id)
			case a[id] != s:
				changed++
			}
		}
		shown = shown || strings.Contains(string(after[name]), "风险防控一览")
		if strings.Contains(string(after[name]), "廉政风险点及防控措施</h2>") {
			t.Errorf("%s: the theme's heading is still there", name)
		}
	}
	if changed == 0 || !shown {
		t.Error("the site's partial changed nothing: the test proves nothing")
	}
}

// TestBrokenPowersPartialNamesItsFile: a site's kiosk-powers.html that
// names a field Extras has not fails the kiosk with the partial's file, the
// item and the fields it could have used.
func TestBrokenPowersPartialNamesItsFile(t *testing.T) {
	err := renderWith(t, map[string]string{"layouts/partials/kiosk-powers.html": `{{range .Risks}}<p>{{.Lvl}}</p>{{end}}`})
	for _, want := range []string{"layouts/partials/kiosk-powers.html", "Lvl", "Description", ".md"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error %q does not name %q", err, want)
		}
	}
}
