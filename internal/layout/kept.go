package layout

import (
	"bytes"
	"html/template"
	"reflect"
	"strings"
	"sync"
	"text/template/parse"

	"github.com/gongkai/gongkai/internal/publish"
)

// Kept partials. A partial called with a value that stays the same for a
// whole build, such as an item in {{range .Items}}{{template
// "partials/item-row.html" .}}{{end}}, writes the same bytes for that value
// wherever it is called in HTML text: what it writes depends only on its
// dot, on the templates it runs and on the template functions, which are
// the build's. Its output is kept, by value and by what the partial's
// escaped templates are (so pages of every kind share what they have in
// common, and a kind that redefines a template the partial runs keeps its
// own), and written again at the next call. Only values marked Fixed are
// kept, and a Set lives for one build (serve loads the layouts again for
// every build), so a kept row never outlives the data it was made from.
// What is kept is bounded by maxKeptBytes per Set; beyond it, partials
// are rendered at every call.

// keptFunc is the template function a call with dot, in HTML text, of a
// partial that is not shared becomes.
const keptFunc = "_gongkai_kept"

// maxKeptBytes bounds the output a Set keeps.
const maxKeptBytes = 16 << 20

// Fixed is template data whose fields and methods answer the same for a
// whole build, held by pointer (model.Item): what a partial writes of it
// may be written again.
type Fixed interface{ FixedForBuild() }

// keptStore is what a Set keeps, for all its kinds.
type keptStore struct {
	mu     sync.RWMutex
	memo   map[keptKey]template.HTML
	left   int            // bytes it may still keep
	forms  map[string]int // what a partial's templates are -> its number
	formMu sync.Mutex     // guards forms, sharings

	sharings []*sharing // every kind's, for Renew
}

func newKeptStore() *keptStore {
	return &keptStore{memo: map[keptKey]template.HTML{}, left: maxKeptBytes, forms: map[string]int{}}
}

// keptKey is a partial, by the number of what its templates are, with its
// dot.
type keptKey struct {
	form int
	dot  any
}

// form numbers the partial name as the page template t runs it, after
// share rewrote it: calls of partials whose templates read the same have
// the same number.
func (k *keptStore) form(t *template.Template, name string) int {
	var b strings.Builder
	describe(t, sharedPrefix+name, &b, map[string]bool{})
	k.formMu.Lock()
	defer k.formMu.Unlock()
	n, ok := k.forms[b.String()]
	if !ok {
		n = len(k.forms)
		k.forms[b.String()] = n
	}
	return n
}

// describe writes the template name and every template it runs, as
// html/template escaped them, to b.
func describe(t *template.Template, name string, b *strings.Builder, seen map[string]bool) {
	if seen[name] {
		return
	}
	seen[name] = true
	b.WriteString(name)
	b.WriteByte(0)
	p := t.Lookup(name)
	if p == nil || p.Tree == nil {
		return
	}
	b.WriteString(p.Tree.Root.String())
	b.WriteByte(0)
	for _, callee := range runs(p.Tree.Root) {
		describe(t, callee, b, seen)
	}
}

// runs lists the templates n calls, directly or through sharedFunc and
// keptFunc, in order.
func runs(n parse.Node) []string {
	var out []string
	eachStatement(n, func(n parse.Node) {
		switch n := n.(type) {
		case *parse.TemplateNode:
			out = append(out, n.Name)
		case *parse.ActionNode:
			if name, ok := funcCallee(n); ok {
				out = append(out, sharedPrefix+name)
			}
		}
	})
	return out
}

// funcCallee is the partial an action made by funcCall renders.
func funcCallee(n *parse.ActionNode) (string, bool) {
	if len(n.Pipe.Cmds) != 1 || len(n.Pipe.Cmds[0].Args) != 3 {
		return "", false
	}
	args := n.Pipe.Cmds[0].Args
	fn, ok := args[0].(*parse.IdentifierNode)
	if !ok || (fn.Ident != sharedFunc && fn.Ident != keptFunc) {
		return "", false
	}
	name, ok := args[1].(*parse.StringNode)
	return name.Text, ok
}

// keep is keptFunc: the partial name rendered with dot, from what an
// earlier call with the same fixed value wrote.
func (sh *sharing) keep(name string, dot any) (template.HTML, error) {
	store := sh.store
	form, fixed := sh.forms[name]
	fixed = fixed && isFixed(dot)
	key := keptKey{form, dot}
	if fixed {
		store.mu.RLock()
		html, found := store.memo[key]
		store.mu.RUnlock()
		if found {
			return html, nil
		}
	}
	html, err := sh.call(name, dot)
	if err != nil {
		return "", err
	}
	if fixed {
		store.mu.Lock()
		kept := store.left >= len(html)
		if kept {
			store.memo[key] = html
			store.left -= len(html)
		}
		store.mu.Unlock()
		if kept {
			publish.Remember(string(html)) // minified once, not on every page
		}
	}
	return html, nil
}

// isFixed reports whether dot is a non-nil pointer marked Fixed.
func isFixed(dot any) bool {
	if _, ok := dot.(Fixed); !ok {
		return false
	}
	v := reflect.ValueOf(dot)
	return v.Kind() == reflect.Pointer && !v.IsNil()
}

// bufs are the buffers partials are rendered into before their output is
// copied out.
var bufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooled is the largest buffer put back in bufs.
const maxPooled = 64 << 10

// call renders the partial name with dot, as a call in HTML text would
// (through its template _shared/name).
func (sh *sharing) call(name string, dot any) (template.HTML, error) {
	buf := bufs.Get().(*bytes.Buffer)
	buf.Reset()
	defer func() {
		if buf.Cap() <= maxPooled {
			bufs.Put(buf)
		}
	}()
	if err := sh.t.Lookup(sharedPrefix+name).Execute(buf, dot); err != nil {
		return "", &sharedError{err}
	}
	return template.HTML(buf.String()), nil //nolint:gosec // escaped by html/template
}
