package layout

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"text/template"

	"github.com/gongkai/gongkai/internal/diag"
)

// plainTheme is a theme "plain" with a base, a framed page, a whole-document
// page and a partial, which a site's layouts/ may override.
func plainTheme() fstest.MapFS {
	return fstest.MapFS{
		"themes/plain/layouts/base.html":          {Data: []byte("<html>\n<title>{{.Title}}</title>\n{{template \"main\" .}}\n{{template \"partials/foot.html\" .}}</html>")},
		"themes/plain/layouts/item.html":          {Data: []byte(`{{define "main"}}<h1>{{.Title}}</h1>{{end}}`)},
		"themes/plain/layouts/sheet.html":         {Data: []byte(`<html>{{.Title}}</html>`)},
		"themes/plain/layouts/partials/foot.html": {Data: []byte(`<footer>{{.Title}}</footer>`)},
	}
}

// TestExecErrorNamesTheFileAtFault: a site's partial that fails is named
// at its own file, line and column, with the layout that called it; the
// error still unwraps to text/template's.
func TestExecErrorNamesTheFileAtFault(t *testing.T) {
	site := plainTheme()
	site["layouts/partials/foot.html"] = &fstest.MapFile{Data: []byte("<footer>\n{{.Phone}}</footer>")}
	s, diags := Load(site, "plain", nil)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	_, err := s.Render("item", struct{ Title string }{"x"})
	want := `layouts/partials/foot.html:2:2: executing "partials/foot.html" at <.Phone>: can't evaluate field Phone in type struct { Title string } (called from the layout themes/plain/layouts/item.html); the item page has .Title`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	var exec template.ExecError
	if !errors.As(err, &exec) {
		t.Errorf("the error does not unwrap to a template.ExecError")
	}
}

// TestFramedWholeDocument: a site layout for a whole-document kind that
// defines "main" fails in base.html; the message says why.
func TestFramedWholeDocument(t *testing.T) {
	site := plainTheme()
	site["layouts/sheet.html"] = &fstest.MapFile{Data: []byte(`{{define "main"}}{{.Name}}{{end}}`)}
	s, _ := Load(site, "plain", nil)
	_, err := s.Render("sheet", struct{ Name string }{"x"})
	want := `themes/plain/layouts/base.html:2:9: executing "base.html" at <.Title>: can't evaluate field Title in type struct { Name string } (the layout layouts/sheet.html defines "main", so base.html frames it; a layout that is a whole document, as board and kiosk layouts are, defines no "main"); the sheet page has .Name`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// TestParseErrorsAtTheirLine: parse errors are diagnostics at the file
// and line of the template, sorted, with what to write where it can be
// said.
func TestParseErrorsAtTheirLine(t *testing.T) {
	site := plainTheme()
	site["layouts/item.html"] = &fstest.MapFile{Data: []byte("{{define \"main\"}}\n{{titel .Title}}{{end}}")}
	site["layouts/partials/foot.html"] = &fstest.MapFile{Data: []byte("<footer>\n{{if .Title}}x\n</footer>")}
	_, diags := Load(site, "plain", map[string]any{"title": func(string) string { return "" }})
	want := []diag.Diagnostic{
		{File: "layouts/item.html", Line: 2, Msg: `function "titel" not defined (did you mean "title"?); a layout can call the theme's functions (title) and Go's template functions`},
		{File: "layouts/partials/foot.html", Line: 3, Msg: "unexpected EOF: an {{if}}, {{range}}, {{with}}, {{block}} or {{define}} is not closed; write {{end}} where it ends"},
	}
	if len(diags) != len(want) {
		t.Fatalf("got %v, want %v", diags, want)
	}
	for i := range want {
		if diags[i] != want[i] {
			t.Errorf("got  %v\nwant %v", diags[i], want[i])
		}
	}
}

// TestPartialErrorNamesTheInnerPartial: a partial rendered on its own
// (Set.Partial) that calls another partial which fails names the inner
// partial's file, line and column, and the partial that called it.
func TestPartialErrorNamesTheInnerPartial(t *testing.T) {
	site := plainTheme()
	site["themes/plain/layouts/partials/body.html"] = &fstest.MapFile{Data: []byte(`<div>{{range .}}{{template "partials/piece.html" .}}{{end}}</div>`)}
	site["layouts/partials/piece.html"] = &fstest.MapFile{Data: []byte("<p>\n{{.Text}}</p>")}
	s, diags := Load(site, "plain", nil)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	_, err := s.Partial("item", "body.html", []struct{ Title string }{{"x"}})
	want := `layouts/partials/piece.html:2:2: executing "partials/piece.html" at <.Text>: can't evaluate field Text in type struct { Title string } (called from the partial themes/plain/layouts/partials/body.html)`
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	var exec template.ExecError
	if !errors.As(err, &exec) {
		t.Errorf("the error does not unwrap to a template.ExecError")
	}
	_, err = s.Partial("item", "piece.html", struct{ Title string }{"x"})
	if want := `layouts/partials/piece.html:2:2: executing "partials/piece.html" at <.Text>: can't evaluate field Text in type struct { Title string }`; err == nil || !strings.HasPrefix(err.Error(), want) || strings.Contains(err.Error(), "called from") {
		t.Errorf("the partial itself: got %v\nwant %s", err, want)
	}
}

// TestFieldNamesOnceEach: a page that has a field of its embedded page
// again as its own lists it once, where the embedded page has it.
func TestFieldNamesOnceEach(t *testing.T) {
	type common struct{ Site, Title string }
	type itemPage struct {
		common
		Title string
		Item  int
	}
	got := strings.Join(fieldNames(reflect.TypeFor[itemPage]()), ", ")
	if want := ".Site, .Title, .Item"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
