package layout

import (
	"errors"
	"html/template"
	"strings"
	"text/template/parse"
)

// Fast escaping. html/template ends every action with the escapers of its
// context, {{.Title}} becoming {{.Title | _html_template_htmlescaper}}
// and an href's {{.URL}} three of them; text/template calls each by
// reflection, with a slice made for its ...any. Once a page's templates
// are escaped, fast puts in place of the escapers that end an action one
// call of a function of one value doing what they do (escapers.go), so
// that the page writes the same bytes for less.
//
// A template escaped anew after that would have html/template add its
// escapers again after the combined ones, so fast first escapes every
// template the page may still run (the partials, which Set.Partial runs
// alone) and then rewrites only what html/template escaped: the templates
// reached from the page and from those partials.

// fastPrefix begins the name of a combined escaper:
// "_gongkai_esc_htmlescaper", "_gongkai_esc_urlfilter_urlnormalizer_attrescaper".
const fastPrefix = "_gongkai_esc"

// fast rewrites the escaped templates of t, a page template shared by
// share (its page and the partials its page calls in HTML text escaped).
func fast(t *template.Template) {
	roots := []string{t.Name()}
	for _, p := range t.Templates() {
		name := p.Name()
		derived := strings.Contains(name, "$") // a copy html/template made for a context
		if derived || !strings.HasPrefix(name, "partials/") && !strings.HasPrefix(name, sharedPrefix) {
			continue
		}
		// escapes the partial, as Set.Partial would, if no call did; one
		// that cannot be escaped alone fails here as it would there
		var escErr *template.Error
		if err := p.Execute(failWriter{}, nil); errors.As(err, &escErr) {
			continue
		}
		roots = append(roots, name)
	}
	funcs := template.FuncMap{}
	seen := map[string]bool{}
	for _, name := range roots {
		fastTemplate(t, name, funcs, seen)
	}
	t.Funcs(funcs)
}

// fastTemplate rewrites the template name and those it runs, once.
func fastTemplate(t *template.Template, name string, funcs template.FuncMap, seen map[string]bool) {
	if seen[name] {
		return
	}
	seen[name] = true
	p := t.Lookup(name)
	if p == nil || p.Tree == nil {
		return
	}
	eachStatement(p.Tree.Root, func(n parse.Node) {
		if a, ok := n.(*parse.ActionNode); ok {
			fastAction(a.Pipe, funcs)
		}
	})
	for _, callee := range runs(p.Tree.Root) {
		fastTemplate(t, callee, funcs, seen)
	}
}

// fastAction puts one combined escaper in place of the escapers that end
// pipe, and adds it to funcs. An escaper written with arguments of its
// own (the predefined html or urlquery of a layout) is left as it is.
func fastAction(pipe *parse.PipeNode, funcs template.FuncMap) {
	if pipe == nil || len(pipe.Decl) > 0 {
		return
	}
	first := len(pipe.Cmds)
	for first > 1 {
		if _, ok := escapers[escaperName(pipe.Cmds[first-1])]; !ok {
			break
		}
		first--
	}
	if first == len(pipe.Cmds) {
		return
	}
	var chain []escaper
	name := fastPrefix
	for _, c := range pipe.Cmds[first:] {
		id := escaperName(c)
		chain = append(chain, escapers[id])
		name += "_" + strings.TrimPrefix(id, "_html_template_")
	}
	if _, ok := funcs[name]; !ok {
		funcs[name] = combined(chain)
	}
	cmd := pipe.Cmds[first]
	cmd.Args = []parse.Node{parse.NewIdentifier(name).SetPos(cmd.Position())}
	pipe.Cmds = pipe.Cmds[:first+1]
}

// escaperName is the name of the command c when it is an escaper's alone,
// else "".
func escaperName(c *parse.CommandNode) string {
	if len(c.Args) != 1 {
		return ""
	}
	if id, ok := c.Args[0].(*parse.IdentifierNode); ok && strings.HasPrefix(id.Ident, "_html_template_") {
		return id.Ident
	}
	return ""
}

// combined is the escapers of chain, in order, as one function.
func combined(chain []escaper) func(any) string {
	first, rest := chain[0].value, chain[1:]
	return func(a any) string {
		s := first(a)
		for _, e := range rest {
			s = e.text(s)
		}
		return s
	}
}
