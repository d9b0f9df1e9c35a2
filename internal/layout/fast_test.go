package layout

import (
	"bytes"
	"errors"
	"html/template"
	"strings"
	"testing"
	"testing/fstest"
)

// escapeContexts are the places html/template puts escapers in, each a
// template of one value.
var escapeContexts = []string{
	`<p>{{.}}</p>`,
	`<a title="{{.}}">x</a>`,
	`<a title='{{.}}'>x</a>`,
	`<a title={{.}}>x</a>`,
	`<a href="{{.}}">x</a>`,
	`<a href='{{.}}'>x</a>`,
	`<a href="/p/{{.}}/">x</a>`,
	`<a href="/p?q={{.}}&r=1">x</a>`,
	`<a href="/p#{{.}}">x</a>`,
	`<img src="{{.}}" alt="{{.}}">`,
	`<meta name="x" content="{{.}}">`,
	`<span data-x="{{.}}" class="c-{{.}}">{{.}}</span>`,
	`<p>{{. | html}}</p><p>{{html .}}</p><a href="/q?{{urlquery .}}">{{printf "%v!" .}}</a>`,
	`<textarea>{{.}}</textarea><title>{{.}}</title>`,
	`<p>{{with .}}<a href="{{.}}">{{.}}</a>{{else}}none{{end}}</p>`,
}

type stringer struct{ s string }

func (s stringer) String() string { return "<" + s.s + "&>" }

type failing struct{}

func (*failing) Error() string { return `err "+" <x>` }

// escapeValues are values of every kind a layout may write.
func escapeValues() []any {
	s := `a"b<c>'d'&e+f`
	ps := &s
	var nilString *string
	return []any{
		"", "plain", "公开目录", s, "\x00nul", "bad \xff\xfe utf-8", "\ufdd0\uffff", "tab\tnl\n=`x`",
		"javascript:alert(1)", "JavaScript:x", "mailto:a@b.cn", "HTTPS://a.cn/b", "/a b/%zz%20%2g%", "a%2", "x:y/z", "//h/p?q=1&r=2#f",
		template.HTML(`<b title="x">A&amp;B</b> + "c"`), template.HTML(`a<script>b</script>c<!-- d -->`),
		template.URL("javascript:x y"), template.URL("/a b?c=d"), template.CSS("a:b"), template.JS("x<y"),
		template.JSStr(`s"`), template.HTMLAttr(`a="b"`), template.Srcset("a.png 1x"),
		nil, 42, -3.5, true, stringer{"s"}, &stringer{"p"}, &failing{}, errors.New("e<"),
		ps, &ps, nilString, []string{"a", "<"}, struct{ A string }{"<"}, map[string]int{"k": 1},
	}
}

// TestEscapersAsHTMLTemplate: a template given fast's escapers writes,
// for every value, what html/template writes, in every context.
func TestEscapersAsHTMLTemplate(t *testing.T) {
	for _, text := range escapeContexts {
		plain := template.Must(template.New("p").Parse(text))
		quick := template.Must(template.New("p").Parse(text))
		if err := quick.Execute(&bytes.Buffer{}, "x"); err != nil {
			t.Fatal(err)
		}
		fast(quick)
		for _, v := range escapeValues() {
			var want, got bytes.Buffer
			errWant, errGot := plain.Execute(&want, v), quick.Execute(&got, v)
			if want.String() != got.String() || (errWant == nil) != (errGot == nil) {
				t.Errorf("%s with %#v:\n got %q (%v)\nwant %q (%v)", text, v, got.String(), errGot, want.String(), errWant)
			}
		}
	}
}

// TestFastEscapersTakeFewerAllocations: they are the ones called, and
// cost fewer allocations than html/template's (no slice per call).
func TestFastEscapersTakeFewerAllocations(t *testing.T) {
	text := strings.Repeat(`<a href="{{.}}" title="{{.}}">{{.}}</a>`, 10)
	plain := template.Must(template.New("p").Parse(text))
	quick := template.Must(template.New("p").Parse(text))
	var b bytes.Buffer
	_, _ = plain.Execute(&b, "x"), quick.Execute(&b, "x")
	fast(quick)
	allocs := func(t *template.Template) float64 {
		return testing.AllocsPerRun(20, func() {
			b.Reset()
			_ = t.Execute(&b, "/a/b")
		})
	}
	if p, q := allocs(plain), allocs(quick); q >= p-30 {
		t.Errorf("%v allocations with fast's escapers, %v without: want at least 30 fewer (no slice per call)", q, p)
	}
}

// FuzzEscapers: so for any text.
func FuzzEscapers(f *testing.F) {
	for _, v := range escapeValues() {
		if s, ok := v.(string); ok {
			f.Add(s)
		}
	}
	var plain, quick []*template.Template
	for _, text := range escapeContexts {
		plain = append(plain, template.Must(template.New("p").Parse(text)))
		q := template.Must(template.New("p").Parse(text))
		_ = q.Execute(&bytes.Buffer{}, "")
		fast(q)
		quick = append(quick, q)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range plain {
			for _, v := range []any{s, template.HTML(s), template.URL(s)} {
				var want, got bytes.Buffer
				_, _ = plain[i].Execute(&want, v), quick[i].Execute(&got, v)
				if want.String() != got.String() {
					t.Fatalf("%s with %#v: got %q, want %q", escapeContexts[i], v, got.String(), want.String())
				}
			}
		}
	})
}

// TestFastPartialAfterPage: a partial a channel renders alone
// (Set.Partial) after a page given fast's escapers, calling a partial the
// page called in another context, writes what it writes without the
// page, and the page what it wrote: html/template escapes it as it would.
func TestFastPartialAfterPage(t *testing.T) {
	fsys := fstest.MapFS{
		"themes/plain/layouts/base.html":             {Data: []byte(`<body>{{template "partials/name.html" .Title}}{{template "partials/inner.html" .Title}}{{template "partials/foot.html" .}}{{template "main" .}}</body>`)},
		"themes/plain/layouts/item.html":             {Data: []byte(`{{define "main"}}<p>{{.Title}}</p>{{end}}`)},
		"themes/plain/layouts/partials/foot.html":    {Data: []byte(`<footer>{{.Site.Name}}</footer>`)},
		"themes/plain/layouts/partials/name.html":    {Data: []byte(`<b>{{.}}</b><i>{{. | printf "%s/"}}</i>`)},
		"themes/plain/layouts/partials/tagged.html":  {Data: []byte(`<a href="/x/{{.}}" title="{{template "partials/plain.html" .}}">x</a>`)},
		"themes/plain/layouts/partials/plain.html":   {Data: []byte(`{{.}} & {{template "partials/inner.html" .}}`)},
		"themes/plain/layouts/partials/inner.html":   {Data: []byte(`+{{.}}+`)},
		"themes/plain/layouts/partials/calling.html": {Data: []byte(`<p>{{template "partials/plain.html" .}}</p>`)},
	}
	page := &sharedPage{Site: &sharedSiteData{Name: `S&"`}, Title: `<T>"+'`}
	// what html/template writes, page and partials each in a set of their own
	plain := func() *template.Template {
		set := template.New("")
		for name, f := range fsys {
			template.Must(set.New(strings.TrimPrefix(name, "themes/plain/layouts/")).Parse(string(f.Data)))
		}
		return set
	}
	var want bytes.Buffer
	if err := plain().ExecuteTemplate(&want, "base.html", page); err != nil {
		t.Fatal(err)
	}
	var wantParts []template.HTML
	for _, name := range []string{"tagged.html", "calling.html", "name.html"} {
		var b bytes.Buffer
		if err := plain().ExecuteTemplate(&b, "partials/"+name, `a"<b>+c`); err != nil {
			t.Fatal(err)
		}
		wantParts = append(wantParts, template.HTML(b.String()))
	}
	after, diags := Load(fsys, "plain", nil)
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	got, err := after.Render("item", page)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want.String() {
		t.Errorf("page:\n got %s\nwant %s", got, want.String())
	}
	for i, name := range []string{"tagged.html", "calling.html", "name.html"} {
		h, err := after.Partial("item", name, `a"<b>+c`)
		if err != nil {
			t.Fatal(err)
		}
		if h != wantParts[i] {
			t.Errorf("%s after the page:\n got %s\nwant %s", name, h, wantParts[i])
		}
	}
}
