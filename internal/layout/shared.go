package layout

import (
	"errors"
	"html/template"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"text/template/parse"

	"github.com/gongkai/gongkai/internal/publish"
)

// Shared partials. A partial called with the page, {{template
// "partials/footer.html" .}}, often shows only what many pages have in
// common: the footer the site's feedback addresses, the masthead the site,
// the day and which menu entry is the page's own. Such a call is rendered
// once per distinct value of the page fields its partial reads, and its
// output reused: the parse tree tells which fields those are (sharedDeps),
// and a partial that passes the page itself on (to a function, a variable,
// with or range) or reads more than maxSharedDeps fields is always
// rendered. The partial is rendered by the page's own templates, as the
// call would, once html/template has escaped them, so the bytes are the
// call's; a call in any other context than HTML text (inside a tag, a
// script) is left as it is.

// sharedFunc is the template function a shared call becomes.
const sharedFunc = "_gongkai_shared"

// sharedPrefix names the template that calls a shared partial alone, in
// HTML text: "_shared/partials/footer.html".
const sharedPrefix = "_shared/"

// maxSharedDeps is the most page fields a shared partial may read.
const maxSharedDeps = 6

// maxShared is how many outputs of one partial are kept; beyond them, the
// values its fields take are not shared by many pages (a partial reading
// the page's item) and the partial is rendered at every call, without
// reading its fields for a key when no call was answered from the kept
// ones.
const maxShared = 64

// sharing is what one page kind's template shares.
type sharing struct {
	t    *template.Template
	deps map[string][]string // partial -> the page fields it reads
	text map[string]bool     // partials whose call with dot ends in HTML text
	// byPage: the shared partials worth sharing when called with the page
	byPage map[string]bool
	// store is what the Set keeps (kept.go), forms the number there of
	// what each partial in text is
	store *keptStore
	forms map[string]int
	mu    sync.Mutex
	memo  map[sharedKey]template.HTML
	seen  map[string]int // partial -> outputs kept
	found map[string]int // partial -> calls answered from memo
}

type sharedKey struct {
	name string
	vals [maxSharedDeps]any
}

// share prepares the page template t, not yet executed, to share the
// partials that read only some fields of the page, and to keep what a
// partial writes of a value fixed for the build (kept.go): it must be
// called before t is used, and t must not be cloned afterwards. store is
// the Set's; page, when known, the type of the pages t renders: a call
// with the page of a partial reading a field of it that cannot be compared
// (the page's .Crumbs) is left as written, as it could never be shared.
func share(t *template.Template, store *keptStore, page reflect.Type) {
	sh := &sharing{t: t, deps: map[string][]string{}, text: map[string]bool{}, memo: map[sharedKey]template.HTML{}, seen: map[string]int{}, found: map[string]int{}}
	sh.store, sh.forms, sh.byPage = store, map[string]int{}, map[string]bool{}
	store.register(sh)
	called := map[string]bool{}
	calls(t, t.Tree, called)
	for name := range called {
		if !strings.HasPrefix(name, "partials/") {
			continue
		}
		if _, err := t.New(sharedPrefix + name).Parse(`{{template "` + name + `" .}}`); err == nil {
			sh.text[name] = true
		}
	}
	t.Funcs(template.FuncMap{sharedFunc: sh.render, keptFunc: sh.keep})
	if len(sh.text) == 0 {
		return
	}
	// Execute escapes every template the page calls before it runs the
	// page, which then stops at its first write; escaping is what is
	// wanted here. A page that does not escape is left as it is: its every
	// execution reports that.
	var escErr *template.Error
	if err := t.Execute(failWriter{}, nil); errors.As(err, &escErr) {
		sh.text = nil
		return
	}
	for name := range sh.text {
		if err := t.Lookup(sharedPrefix+name).Execute(failWriter{}, nil); errors.As(err, &escErr) {
			delete(sh.text, name) // it does not end in HTML text
			continue
		}
		if deps, ok := sharedDeps(t, name); ok {
			sh.deps[name] = deps
			sh.byPage[name] = page == nil || comparableDeps(page, deps)
		}
	}
	// Only trees html/template has escaped are rewritten: those the page
	// and the partials it calls in HTML text call by their own names (a
	// call in another context names a copy made for it).
	seen := map[string]bool{}
	sh.rewrite(t.Tree.Root, true, seen)
	// in order, so that every kind rewrites alike and shares what it keeps
	for _, name := range slices.Sorted(maps.Keys(sh.text)) {
		sh.rewriteTemplate(name, false, seen)
	}
	for name := range sh.text {
		sh.forms[name] = store.form(t, name)
	}
	fast(t)
}

// calls records in called the templates tree calls, and those they call:
// only they are worth sharing, and escaping for, on this page.
func calls(t *template.Template, tree *parse.Tree, called map[string]bool) {
	if tree == nil {
		return
	}
	eachStatement(tree.Root, func(n parse.Node) {
		if n, ok := n.(*parse.TemplateNode); ok && !called[n.Name] {
			called[n.Name] = true
			if p := t.Lookup(n.Name); p != nil {
				calls(t, p.Tree, called)
			}
		}
	})
}

// failWriter fails every write.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("escaping only") }

// rewriteTemplate rewrites the template name, once; page says whether
// its dot is the page (a template run both ways is rewritten as the first
// call runs it: either way is right, calls with the page are only not
// kept, as no page is Fixed).
func (sh *sharing) rewriteTemplate(name string, page bool, seen map[string]bool) {
	if seen[name] {
		return
	}
	seen[name] = true
	if p := sh.t.Lookup(name); p != nil && p.Tree != nil {
		sh.rewrite(p.Tree.Root, page, seen)
	}
}

// rewrite makes every call of a partial with dot, in HTML text, a call of
// sharedFunc (a shared partial) or, where dot is not the page (in range or
// with), keptFunc, in n and the templates it calls in HTML text.
func (sh *sharing) rewrite(n parse.Node, page bool, seen map[string]bool) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for i, c := range n.Nodes {
			call, ok := c.(*parse.TemplateNode)
			if !ok {
				sh.rewrite(c, page, seen)
				continue
			}
			dot := isDot(call.Pipe)
			switch {
			case !sh.text[call.Name] || !dot:
			case sh.deps[call.Name] != nil && (!page || sh.byPage[call.Name]):
				n.Nodes[i] = funcCall(sharedFunc, call)
			case sh.deps[call.Name] != nil:
			case !page:
				n.Nodes[i] = funcCall(keptFunc, call)
			}
			sh.rewriteTemplate(call.Name, page && dot, seen)
		}
	case *parse.IfNode:
		sh.rewrite(n.List, page, seen)
		sh.rewrite(n.ElseList, page, seen)
	case *parse.RangeNode:
		sh.rewrite(n.List, false, seen)
		sh.rewrite(n.ElseList, page, seen)
	case *parse.WithNode:
		sh.rewrite(n.List, false, seen)
		sh.rewrite(n.ElseList, page, seen)
	}
}

// isDot reports whether a pipeline is the dot alone.
func isDot(p *parse.PipeNode) bool {
	if p == nil || len(p.Decl) > 0 || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return false
	}
	_, ok := p.Cmds[0].Args[0].(*parse.DotNode)
	return ok
}

// funcCall is {{fn "partials/x.html" .}} (fn is sharedFunc or keptFunc)
// in place of call. Nothing escapes its output: html/template escaped what
// it renders.
func funcCall(fn string, call *parse.TemplateNode) *parse.ActionNode {
	pos := call.Position()
	name := &parse.StringNode{NodeType: parse.NodeString, Pos: pos, Quoted: `"` + call.Name + `"`, Text: call.Name}
	cmd := &parse.CommandNode{NodeType: parse.NodeCommand, Pos: pos,
		Args: []parse.Node{parse.NewIdentifier(fn).SetPos(pos), name, &parse.DotNode{NodeType: parse.NodeDot, Pos: pos}}}
	pipe := &parse.PipeNode{NodeType: parse.NodePipe, Pos: pos, Line: call.Line, Cmds: []*parse.CommandNode{cmd}}
	return &parse.ActionNode{NodeType: parse.NodeAction, Pos: pos, Line: call.Line, Pipe: pipe}
}

// render is sharedFunc: the partial name rendered with the page dot, from
// what an earlier page with the same values of its fields got.
func (sh *sharing) render(name string, dot any) (template.HTML, error) {
	sh.mu.Lock()
	perPage := sh.seen[name] >= maxShared && sh.found[name] == 0
	sh.mu.Unlock()
	if perPage { // every page so far had its own: no key is worth making
		return sh.call(name, dot)
	}
	key, ok := sharedKeyOf(name, sh.deps[name], dot)
	if ok {
		sh.mu.Lock()
		html, found := sh.memo[key]
		ok = found || sh.seen[name] < maxShared
		if found {
			sh.found[name]++
		}
		sh.mu.Unlock()
		if found {
			return html, nil
		}
	}
	html, err := sh.call(name, dot)
	if err != nil {
		return "", err
	}
	if ok {
		sh.mu.Lock()
		_, found := sh.memo[key]
		if !found {
			sh.memo[key] = html
			sh.seen[name]++
		}
		sh.mu.Unlock()
		if !found {
			publish.Remember(string(html)) // minified once, not on every page
		}
	}
	return html, nil
}

// sharedError is the error of a shared partial: the error its call would
// have had, which Execute reports in place of text/template's "error
// calling _gongkai_shared".
type sharedError struct{ err error }

func (e *sharedError) Error() string { return e.err.Error() }
func (e *sharedError) Unwrap() error { return e.err }

// unshared is err, or the error of the innermost shared partial inside
// it (a shared partial may call another).
func unshared(err error) error {
	var se *sharedError
	for errors.As(err, &se) {
		err = se.err
	}
	return err
}

// sharedKeyOf is the partial's name with the values of the fields deps
// of dot, as the partial would read them; false when one cannot be read
// as the partial reads it or cannot be compared.
func sharedKeyOf(name string, deps []string, dot any) (sharedKey, bool) {
	key := sharedKey{name: name}
	v := reflect.ValueOf(dot)
	if !v.IsValid() {
		return key, false
	}
	for i, d := range deps {
		f, ok := fieldOf(v, d)
		if !ok || !f.Comparable() {
			return key, false
		}
		key.vals[i] = f.Interface()
	}
	return key, true
}

// fieldOf reads the field or method without arguments name of v as
// text/template does: a method first, then a field of the struct v is or
// points to. How a type answers a name is looked up once (ways).
func fieldOf(v reflect.Value, name string) (reflect.Value, bool) {
	w := wayOf(v.Type(), name)
	switch {
	case w.method >= 0:
		return v.Method(w.method).Call(nil)[0], true
	case w.field == nil:
		return reflect.Value{}, false
	}
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return reflect.Value{}, false
		}
		v = v.Elem()
	}
	f, err := v.FieldByIndexErr(w.field)
	return f, err == nil
}

// comparableDeps reports whether every field deps names of the type t
// can be compared (an interface may hold a value that cannot: that is
// known only when the page is rendered) and may be the same on two pages:
// not a field t does not have (a partial reading .Meta only on an item's
// page, in a branch no other page takes), nor a pointer a method returns,
// made anew for each page (the item page's Meta). A partial reading such
// a field is called as written, not through a template of its own.
func comparableDeps(t reflect.Type, deps []string) bool {
	st := t
	for st.Kind() == reflect.Pointer {
		st = st.Elem()
	}
	for _, d := range deps {
		w := wayOf(t, d)
		switch {
		case w.method >= 0:
			if out := t.Method(w.method).Type.Out(0); !out.Comparable() || out.Kind() == reflect.Pointer {
				return false
			}
		case w.field != nil:
			if !st.FieldByIndex(w.field).Type.Comparable() {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// way is how a type gives a name: its method (index, when it has one
// without arguments and with one result), or else its field (index path
// through the pointers the value is), or neither.
type way struct {
	method int
	field  []int
}

type wayKey struct {
	t    reflect.Type
	name string
}

var ways sync.Map // wayKey -> way

func wayOf(t reflect.Type, name string) way {
	k := wayKey{t, name}
	if w, ok := ways.Load(k); ok {
		return w.(way)
	}
	w := way{method: -1}
	if m, ok := t.MethodByName(name); ok {
		if t.Kind() != reflect.Interface && m.Type.NumIn() == 1 && m.Type.NumOut() == 1 {
			w.method = m.Index
		}
	} else {
		st := t
		for st.Kind() == reflect.Pointer {
			st = st.Elem()
		}
		if st.Kind() == reflect.Struct {
			if sf, ok := st.FieldByName(name); ok && sf.IsExported() {
				w.field = sf.Index
			}
		}
	}
	ways.Store(k, w)
	return w
}
