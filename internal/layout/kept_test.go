package layout

import (
	"fmt"
	"html/template"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"
)

// keptItem is an item fixed for the build, as model.Item is.
type keptItem struct{ Title string }

func (*keptItem) FixedForBuild() {}

// loosePage is a row that is not marked fixed: rendered at every call.
type loosePage struct{ Title string }

type keptPage struct {
	Title string
	Items []*keptItem
	Loose []*loosePage
}

// keptTheme is a theme whose list and month pages show rows of items,
// with files of the site's own layouts/ over it.
func keptTheme(t *testing.T, site map[string]string, funcs template.FuncMap) *Set {
	t.Helper()
	fsys := fstest.MapFS{
		"themes/plain/layouts/base.html":          {Data: []byte(`<html>{{template "main" .}}</html>`)},
		"themes/plain/layouts/list.html":          {Data: []byte(`{{define "main"}}<ul>{{range .Items}}{{template "partials/row.html" .}}{{end}}</ul>{{end}}`)},
		"themes/plain/layouts/month.html":         {Data: []byte(`{{define "main"}}<ol>{{range .Items}}{{template "partials/row.html" .}}{{end}}{{range .Loose}}{{template "partials/row.html" .}}{{end}}</ol>{{end}}`)},
		"themes/plain/layouts/partials/row.html":  {Data: []byte(`<li{{template "partials/attr.html" .}}>{{.Title}} {{count}}</li>`)},
		"themes/plain/layouts/partials/attr.html": {Data: []byte(` title="{{.Title}}"`)},
	}
	for name, text := range site {
		fsys["layouts/"+name] = &fstest.MapFile{Data: []byte(text)}
	}
	set, diags := Load(fsys, "plain", funcs)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	return set
}

func counter() (template.FuncMap, *atomic.Int32) {
	var calls atomic.Int32
	return template.FuncMap{"count": func() int32 { return calls.Add(1) }}, &calls
}

func render(t *testing.T, set *Set, kind string, p *keptPage) string {
	t.Helper()
	html, err := set.Render(kind, p)
	if err != nil {
		t.Fatal(err)
	}
	return string(html)
}

// TestKeptPartialRenderedOncePerItem: a row partial called with an item
// fixed for the build is rendered once per item for every list and month
// page of a Set that shows it, and each page shows what the call would;
// a row of a value not marked fixed is rendered at every call.
func TestKeptPartialRenderedOncePerItem(t *testing.T) {
	funcs, calls := counter()
	set := keptTheme(t, nil, funcs)
	a, b, c := &keptItem{Title: "甲<1>"}, &keptItem{Title: "乙"}, &keptItem{Title: "丙"}
	loose := &loosePage{Title: "散"}
	got := []string{
		render(t, set, "list", &keptPage{Items: []*keptItem{a, b}}),
		render(t, set, "list", &keptPage{Items: []*keptItem{b, c}}),
		render(t, set, "month", &keptPage{Items: []*keptItem{c, a}, Loose: []*loosePage{loose}}),
		render(t, set, "month", &keptPage{Loose: []*loosePage{loose}}),
	}
	want := []string{
		`<html><ul><li title="甲&lt;1&gt;">甲&lt;1&gt; 1</li><li title="乙">乙 2</li></ul></html>`,
		`<html><ul><li title="乙">乙 2</li><li title="丙">丙 3</li></ul></html>`,
		`<html><ol><li title="丙">丙 3</li><li title="甲&lt;1&gt;">甲&lt;1&gt; 1</li><li title="散">散 4</li></ol></html>`,
		`<html><ol><li title="散">散 5</li></ol></html>`,
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("page %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
	if n := calls.Load(); n != 5 {
		t.Errorf("rows were rendered %d times, want 5 (once per item, at every call for the loose row)", n)
	}
}

// TestKeptPartialOverriddenBySite: a row the site wrote in its layouts/
// restyles every row of every page; a page that defines the row itself
// shows its own, and the other kinds the site's.
func TestKeptPartialOverriddenBySite(t *testing.T) {
	funcs, _ := counter()
	set := keptTheme(t, map[string]string{
		"partials/row.html": `<li class="site">{{.Title}}</li>`,
		"list.html":         `{{define "main"}}<ul>{{range .Items}}{{template "partials/row.html" .}}{{end}}</ul>{{end}}{{define "partials/row.html"}}<li class="list">{{.Title}}</li>{{end}}`,
	}, funcs)
	a, b := &keptItem{Title: "甲"}, &keptItem{Title: "乙"}
	for range 2 {
		if got, want := render(t, set, "month", &keptPage{Items: []*keptItem{a, b}}), `<html><ol><li class="site">甲</li><li class="site">乙</li></ol></html>`; got != want {
			t.Errorf("month:\n got %s\nwant %s", got, want)
		}
		if got, want := render(t, set, "list", &keptPage{Items: []*keptItem{a, b}}), `<html><ul><li class="list">甲</li><li class="list">乙</li></ul></html>`; got != want {
			t.Errorf("list:\n got %s\nwant %s", got, want)
		}
	}
}

// TestKeptPartialNotAcrossSets: what a Set keeps stays with it. A build
// (and every build of serve) loads its own Set, so an item whose title
// changed between builds shows the new title, even at the same address.
func TestKeptPartialNotAcrossSets(t *testing.T) {
	funcs, _ := counter()
	it := &keptItem{Title: "旧标题"}
	first := render(t, keptTheme(t, nil, funcs), "list", &keptPage{Items: []*keptItem{it}})
	it.Title = "新标题"
	second := render(t, keptTheme(t, nil, funcs), "list", &keptPage{Items: []*keptItem{it}})
	if !strings.Contains(first, "旧标题") || !strings.Contains(second, "新标题") || strings.Contains(second, "旧标题") {
		t.Errorf("first build %s, second %s: want the second build to show the new title", first, second)
	}
}

// TestKeptPartialBounded: beyond maxKeptBytes a Set keeps nothing more,
// and rows are rendered at every call, as written.
func TestKeptPartialBounded(t *testing.T) {
	funcs, calls := counter()
	set := keptTheme(t, nil, funcs)
	set.kept.left = 2 * len(`<li title="项0">项0 1</li>`)
	var items []*keptItem
	for i := range 4 {
		items = append(items, &keptItem{Title: fmt.Sprint("项", i)})
	}
	for range 2 {
		render(t, set, "list", &keptPage{Items: items})
	}
	if n := calls.Load(); n != 6 {
		t.Errorf("rows were rendered %d times, want 6 (two kept, two at every call)", n)
	}
}

// TestKeptPartialErrorNamesThePartial: an error inside a kept partial
// names the partial's file and line, as the call did, not the function
// the call became.
func TestKeptPartialErrorNamesThePartial(t *testing.T) {
	funcs, _ := counter()
	set := keptTheme(t, map[string]string{"partials/row.html": "<li>\n{{.Missing}}</li>"}, funcs)
	_, err := set.Render("list", &keptPage{Items: []*keptItem{{Title: "甲"}}})
	if err == nil || !strings.HasPrefix(err.Error(), "layouts/partials/row.html:2:2: executing \"partials/row.html\" at <.Missing>: can't evaluate field Missing") || strings.Contains(err.Error(), keptFunc) {
		t.Errorf("got %v, want the error at layouts/partials/row.html:2:2", err)
	}
}
