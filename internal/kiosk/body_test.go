package kiosk_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/kiosk"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/publish"
)

// hashes are where a kiosk page names its own version, which changes with
// any byte of the page, and the version of its code, which changes with
// any kiosk partial.
var hashes = regexp.MustCompile(`"hash":"[0-9a-f]*"|data-hash="[0-9a-f]*"|"code":"[0-9a-f]*"`)

// TestBodyPartialsRestyleKioskPages: a site that overrides one of the
// partials that write kiosk pages' bodies (here the table's and the touch
// screen's entries) changes what that partial writes on every kiosk that
// shows it, and nothing else.
func TestBodyPartialsRestyleKioskPages(t *testing.T) {
	own := map[string]string{
		"layouts/partials/kiosk-table.html":  `{{with .Group.Table}}<table class="t site" style="width:{{.Width}}px"><colgroup>{{range .Cols}}<col style="width:{{.}}px">{{end}}</colgroup><thead><tr>{{range .Header}}<th scope="col">{{.}}</th>{{end}}</tr></thead>{{end}}<tbody>{{range .Pieces}}<tr>{{range .Row}}<td>{{.}}</td>{{end}}</tr>{{end}}</tbody></table>`,
		"layouts/partials/kiosk-screen.html": strings.Replace(readTheme(t, "partials/kiosk-screen.html"), `<span class="es">`, `<span class="es site">`, 1),
	}
	site, before := renderKiosks(t, nil, "2026-11-27")
	_, after := renderKiosks(t, own, "2026-11-27")
	undo := strings.NewReplacer(`<table class="t site"`, `<table class="t"`, `<th scope="col">`, `<th>`, `<span class="es site">`, `<span class="es">`)
	tables, entries := 0, 0
	for _, k := range site.Config.Kiosks {
		name := "kiosk/" + k.Name + "/index.html"
		b, a := string(before[name]), string(after[name])
		tables += strings.Count(a, `<table class="t site"`)
		entries += strings.Count(a, `<span class="es site">`)
		if n := strings.Count(b, `<table class="t"`); n != strings.Count(a, `<table class="t site"`) {
			t.Errorf("%s: %d tables, %d written by the site's partial", name, n, strings.Count(a, `<table class="t site"`))
		}
		if hashes.ReplaceAllString(undo.Replace(a), "") != hashes.ReplaceAllString(b, "") {
			t.Errorf("%s: the partials changed more than what they write", name)
		}
	}
	if tables == 0 || entries == 0 {
		t.Errorf("%d tables and %d entries written by the site's partials: the test proves nothing", tables, entries)
	}
}

// TestBrokenBodyPartialNamesItsFile: a site's partial that names a field
// a piece has not fails the kiosk with the partial's file and the fields
// it could have used.
func TestBrokenBodyPartialNamesItsFile(t *testing.T) {
	err := renderWith(t, map[string]string{"layouts/partials/kiosk-piece.html": `{{with .P}}<p>{{.Txt}}</p>{{end}}`})
	for _, want := range []string{"kiosk \"", "partials/kiosk-piece.html:1", "Txt", "HTML"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error %q does not name %q", err, want)
		}
	}
}

// readTheme is a file of the built-in theme's layouts.
func readTheme(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(exampleSite + "/themes/default/layouts/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestInlinePartialRestylesLinks: what a link inside a paragraph becomes
// on a kiosk is the theme's partials/kiosk-inline.html; a site's copy that
// does not write the link's text once is refused with what to write.
func TestInlinePartialRestylesLinks(t *testing.T) {
	own := `{{if .Link}}<u class="ln">{{.Text}}</u>{{else}}<i class="img">{{.Alt}}</i>{{end}}`
	site, before := renderKiosks(t, nil, "2026-11-27")
	_, after := renderKiosks(t, map[string]string{"layouts/partials/kiosk-inline.html": own}, "2026-11-27")
	links := 0
	for _, k := range site.Config.Kiosks {
		name := "kiosk/" + k.Name + "/index.html"
		b, a := string(before[name]), string(after[name])
		n := strings.Count(a, `<u class="ln">`)
		links += n
		if n != strings.Count(b, `<span class="ln">`) {
			t.Errorf("%s: %d links written by the site's partial, %d by the theme's", name, n, strings.Count(b, `<span class="ln">`))
		}
	}
	if links == 0 {
		t.Error("no link written by the site's partial: the test proves nothing")
	}
	fsys := example(map[string]string{"layouts/partials/kiosk-inline.html": `<span class="ln">{{.Alt}}</span>`})
	s, _ := build.Load(&build.Options{SiteDir: exampleSite, FS: fsys, Now: day(t, "2026-11-27")})
	tpl, _ := layout.Load(fsys, s.Config.Theme, page.Funcs(s))
	if _, err := kiosk.Render(s, tpl, publish.NewMemory()); err == nil || !strings.Contains(err.Error(), "must write its .Text once") {
		t.Errorf("a partial without the link's text: %v", err)
	}
}

// renderWith renders the example's kiosks with the site files given added
// and returns the error, failing the test when they render.
func renderWith(t *testing.T, files map[string]string) error {
	t.Helper()
	fsys := example(files)
	site, diags := build.Load(&build.Options{SiteDir: exampleSite, FS: fsys, Now: day(t, "2026-11-27")})
	if site == nil || diag.CountErrors(diags) > 0 {
		t.Fatalf("the site does not load: %v", diags)
	}
	tpl, tdiags := layout.Load(fsys, site.Config.Theme, page.Funcs(site))
	if len(tdiags) > 0 {
		t.Fatalf("templates: %v", tdiags)
	}
	_, err := kiosk.Render(site, tpl, publish.NewMemory())
	if err == nil {
		t.Fatal("a broken partial built")
	}
	return err
}
