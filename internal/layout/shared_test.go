package layout

import (
	"fmt"
	"html/template"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"text/template/parse"
)

// sharedSite is a theme whose base.html calls partials in several ways.
type sharedPage struct {
	Site  *sharedSiteData
	Kind  string
	Title string
	Tags  []string
}

type sharedSiteData struct{ Name string }

func (p *sharedPage) Upper() string { return strings.ToUpper(p.Title) }

func loadShared(t *testing.T, partials map[string]string, base string, funcs template.FuncMap) *Set {
	t.Helper()
	fsys := fstest.MapFS{
		"themes/plain/layouts/base.html": {Data: []byte(base)},
		"themes/plain/layouts/item.html": {Data: []byte(`{{define "main"}}<p>{{.Title}}</p>{{end}}`)},
	}
	for name, text := range partials {
		fsys["themes/plain/layouts/partials/"+name] = &fstest.MapFile{Data: []byte(text)}
	}
	set, diags := Load(fsys, "plain", funcs)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	return set
}

func renderAll(t *testing.T, set *Set, pages []*sharedPage) []string {
	t.Helper()
	var out []string
	for _, p := range pages {
		html, err := set.Render("item", p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(html))
	}
	return out
}

// TestSharedPartialRenderedOnce: a partial that reads only the site and
// the page's kind is rendered once per site and kind, however many pages
// show it, and shows on each what the call would.
func TestSharedPartialRenderedOnce(t *testing.T) {
	var calls atomic.Int32
	funcs := template.FuncMap{"count": func() int32 { return calls.Add(1) }}
	set := loadShared(t, map[string]string{
		"foot.html": `<footer>{{.Site.Name}} {{.Kind}} {{with .Site}}{{.Name}}{{end}} {{count}}</footer>`,
	}, `<html>{{template "main" .}}{{template "partials/foot.html" .}}</html>`, funcs)
	site := &sharedSiteData{Name: "县<站>"}
	var pages []*sharedPage
	for i := range 5 {
		pages = append(pages, &sharedPage{Site: site, Kind: "item", Title: fmt.Sprint("第", i, "页")})
	}
	pages = append(pages, &sharedPage{Site: site, Kind: "list", Title: "列表"})
	got := renderAll(t, set, pages)
	if n := calls.Load(); n != 2 {
		t.Errorf("the footer was rendered %d times for 6 pages of 2 kinds, want 2", n)
	}
	for i, html := range got {
		want := fmt.Sprintf("<html><p>%s</p><footer>县&lt;站&gt; item 县&lt;站&gt; 1</footer></html>", pages[i].Title)
		if i == 5 {
			want = "<html><p>列表</p><footer>县&lt;站&gt; list 县&lt;站&gt; 2</footer></html>"
		}
		if html != want {
			t.Errorf("page %d:\n got %s\nwant %s", i, html, want)
		}
	}
}

// TestPartialReadingThePageIsNotShared: a partial whose output depends on
// more than a few comparable fields of the page, or on the page itself,
// is rendered for every page, as written.
func TestPartialReadingThePageIsNotShared(t *testing.T) {
	var calls atomic.Int32
	funcs := template.FuncMap{"count": func() int32 { return calls.Add(1) }, "title": func(p *sharedPage) string { return p.Title }}
	partials := map[string]string{
		"title.html": `<h2>{{.Title}} {{count}}</h2>`,                           // shared per title: two pages have the same
		"upper.html": `<h3>{{.Upper}} {{count}}</h3>`,                           // a method: shared per its value
		"func.html":  `<h4>{{title .}} {{count}}</h4>`,                          // the page passed to a function
		"with.html":  `<h5>{{with $}}{{.Title}}{{end}} {{count}}</h5>`,          // the page as a value
		"tags.html":  `<ul>{{range .Tags}}<li>{{.}}</li>{{end}} {{count}}</ul>`, // a slice: not comparable
	}
	base := `<html>{{template "partials/title.html" .}}{{template "partials/upper.html" .}}{{template "partials/func.html" .}}` +
		`{{template "partials/with.html" .}}{{template "partials/tags.html" .}}</html>`
	set := loadShared(t, partials, base, funcs)
	site := &sharedSiteData{Name: "县"}
	pages := []*sharedPage{{Site: site, Title: "a", Tags: []string{"x"}}, {Site: site, Title: "b", Tags: []string{"y"}}, {Site: site, Title: "a", Tags: []string{"z"}}}
	got := renderAll(t, set, pages)
	want := []string{
		"<html><h2>a 1</h2><h3>A 2</h3><h4>a 3</h4><h5>a 4</h5><ul><li>x</li> 5</ul></html>",
		"<html><h2>b 6</h2><h3>B 7</h3><h4>b 8</h4><h5>b 9</h5><ul><li>y</li> 10</ul></html>",
		"<html><h2>a 1</h2><h3>A 2</h3><h4>a 11</h4><h5>a 12</h5><ul><li>z</li> 13</ul></html>",
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("page %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
}

// TestSharedPartialKeepsItsContext: a partial called inside an attribute
// is escaped for it, as before, and one that leaves HTML text in another
// context is not shared.
func TestSharedPartialKeepsItsContext(t *testing.T) {
	set := loadShared(t, map[string]string{
		"name.html": `{{.Site.Name}}`,
		"open.html": `<a title="{{.Site.Name}}`,
	}, `<html><b>{{template "partials/name.html" .}}</b><i title="{{template "partials/name.html" .}}"></i>{{template "partials/open.html" .}}"></a></html>`, nil)
	got := renderAll(t, set, []*sharedPage{{Site: &sharedSiteData{Name: `"<x>"`}}})[0]
	want := `<html><b>&#34;&lt;x&gt;&#34;</b><i title="&#34;&lt;x&gt;&#34;"></i><a title="&#34;&lt;x&gt;&#34;"></a></html>`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestSharedPartialErrorNamesThePartial: an error inside a shared partial,
// here called by another, names the partial's file and line, as the call
// did.
func TestSharedPartialErrorNamesThePartial(t *testing.T) {
	set := loadShared(t, map[string]string{"foot.html": "<footer>\n{{.Site.Missing}}</footer>", "outer.html": `<div>{{template "partials/foot.html" .}}</div>`},
		`<html>{{template "main" .}}{{template "partials/outer.html" .}}</html>`, nil)
	_, err := set.Render("item", &sharedPage{Site: &sharedSiteData{}})
	if err == nil || !strings.HasPrefix(err.Error(), "themes/plain/layouts/partials/foot.html:2:7: executing \"partials/foot.html\" at <.Site.Missing>: can't evaluate field Missing") || strings.Contains(err.Error(), sharedFunc) {
		t.Errorf("got %v, want the error at themes/plain/layouts/partials/foot.html:2:7", err)
	}
}

// TestSharedPartialOfAMap: a page given as a map (or anything but a
// struct) has no fields to share by; its partials are rendered as called.
func TestSharedPartialOfAMap(t *testing.T) {
	set := loadShared(t, map[string]string{"foot.html": `<footer>{{.Site}}</footer>`},
		`<html>{{template "main" .}}{{template "partials/foot.html" .}}</html>`, nil)
	for _, site := range []string{"甲", "乙"} {
		html, err := set.Render("item", map[string]string{"Site": site, "Title": "题"})
		if want := "<html><p>题</p><footer>" + site + "</footer></html>"; err != nil || string(html) != want {
			t.Errorf("got %s, %v; want %s", html, err, want)
		}
	}
}

// TestIncomparableFieldLeftAsCalled: a partial called with the page that
// reads a field of it that cannot be compared (.Tags, a slice; the pages'
// .Crumbs) could never be shared: its call is left as written, run
// directly rather than through a template of its own at every page.
func TestIncomparableFieldLeftAsCalled(t *testing.T) {
	set := loadShared(t, map[string]string{"tags.html": `<ul>{{range .Tags}}<li>{{.}}</li>{{end}}</ul>`, "name.html": `{{.Site.Name}}`},
		`<html>{{template "partials/tags.html" .}}{{template "partials/name.html" .}}</html>`, nil)
	html, err := set.Render("item", &sharedPage{Site: &sharedSiteData{Name: "县"}, Tags: []string{"a"}})
	if want := "<html><ul><li>a</li></ul>县</html>"; err != nil || string(html) != want {
		t.Fatalf("got %s, %v; want %s", html, err, want)
	}
	var calls []string
	for _, n := range set.pages["item"].Tree.Root.Nodes {
		switch n := n.(type) {
		case *parse.TemplateNode:
			calls = append(calls, "template "+n.Name)
		case *parse.ActionNode:
			calls = append(calls, n.String())
		}
	}
	want := []string{`template partials/tags.html`, `{{_gongkai_shared "partials/name.html" .}}`}
	if !slices.Equal(calls, want) {
		t.Errorf("the page calls %q, want %q", calls, want)
	}
}

// countedPage counts the calls of its method Name.
type countedPage struct {
	Title string
	calls *atomic.Int32
}

func (p *countedPage) Name() string { p.calls.Add(1); return p.Title }

// TestPerPagePartialReadsNoKey: once a shared partial has kept maxShared
// outputs and no page was answered from them, each page's own values, it
// is rendered at every call without reading the page's fields for a key
// first (here a method called once per page, not twice), and writes what
// the call would; a partial whose pages share values goes on being
// answered from what it kept.
func TestPerPagePartialReadsNoKey(t *testing.T) {
	fsys := fstest.MapFS{
		"themes/plain/layouts/base.html":          {Data: []byte(`<html>{{template "partials/name.html" .}}</html>`)},
		"themes/plain/layouts/item.html":          {Data: []byte(`{{define "main"}}{{end}}`)},
		"themes/plain/layouts/partials/name.html": {Data: []byte(`<h1>{{.Name}}</h1>`)},
	}
	set, diags := Load(fsys, "plain", nil)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	var calls atomic.Int32
	render := func(title string) {
		html, err := set.Render("item", &countedPage{Title: title, calls: &calls})
		if err != nil {
			t.Fatal(err)
		}
		if want := "<html><h1>" + title + "</h1></html>"; string(html) != want {
			t.Fatalf("got %s, want %s", html, want)
		}
	}
	for i := range maxShared + 10 {
		render(fmt.Sprint("第", i, "页"))
	}
	if n, want := calls.Load(), int32(2*maxShared+10); n != want {
		t.Errorf("Name called %d times for %d pages of their own, want %d (twice for each kept, then once)", n, maxShared+10, want)
	}
	set.Renew()
	calls.Store(0)
	for i := range maxShared + 10 {
		render(fmt.Sprint("第", i%maxShared, "页"))
	}
	if n, want := calls.Load(), int32(2*maxShared+10); n != want {
		t.Errorf("Name called %d times for pages sharing %d values, want %d (the last answered from what was kept)", n, maxShared, want)
	}
}

// Fresh is made anew at every call, as an item page's Meta.
func (p *sharedPage) Fresh() *sharedSiteData { return &sharedSiteData{Name: p.Title + "!"} }

// TestNeverSharedLeftAsCalled: a partial reading a pointer that a method
// of the page makes anew at every call, or a field this kind of page does
// not have (read in a branch only another kind takes), could never be
// answered from what an earlier page got: its call is left as written.
func TestNeverSharedLeftAsCalled(t *testing.T) {
	set := loadShared(t, map[string]string{"fresh.html": `<b>{{.Fresh.Name}}</b>`, "other.html": `{{if eq .Kind "other"}}{{.Other}}{{end}}`, "name.html": `{{.Site.Name}}`},
		`<html>{{template "partials/fresh.html" .}}{{template "partials/other.html" .}}{{template "partials/name.html" .}}</html>`, nil)
	for _, title := range []string{"甲", "乙"} {
		html, err := set.Render("item", &sharedPage{Site: &sharedSiteData{Name: "县"}, Kind: "item", Title: title})
		if want := "<html><b>" + title + "!</b>县</html>"; err != nil || string(html) != want {
			t.Fatalf("got %s, %v; want %s", html, err, want)
		}
	}
	var calls []string
	for _, n := range set.pages["item"].Tree.Root.Nodes {
		switch n := n.(type) {
		case *parse.TemplateNode:
			calls = append(calls, "template "+n.Name)
		case *parse.ActionNode:
			calls = append(calls, n.String())
		}
	}
	want := []string{`template partials/fresh.html`, `template partials/other.html`, `{{_gongkai_shared "partials/name.html" .}}`}
	if !slices.Equal(calls, want) {
		t.Errorf("the page calls %q, want %q", calls, want)
	}
}
