package layout

import (
	"html/template"
	"slices"
	"text/template/parse"
)

// sharedDeps lists the fields of the page that the partial name, called
// with the page as its dot, reads: the first field of every chain on the
// page (.Site of .Site.Config.Title) or on $, in the partial and in the
// templates it calls with the page. What a chain reads further, and what
// with, range, variables and functions make of those fields, depends on
// them alone, as template functions depend only on their arguments and on
// the build. It reports false when the output may depend on anything else:
// the page itself used as a value (passed to a function, set to a
// variable, as with or range's pipeline), a method of the page called with
// arguments, or more than maxSharedDeps fields.
func sharedDeps(t *template.Template, name string) ([]string, bool) {
	a := &depsOf{t: t, fields: map[string]bool{}, calling: map[string]bool{}}
	a.template(name)
	if a.failed || len(a.fields) > maxSharedDeps {
		return nil, false
	}
	var out []string
	for f := range a.fields {
		out = append(out, f)
	}
	slices.Sort(out)
	return out, true
}

// depsOf walks the templates a partial runs with the page as dot.
type depsOf struct {
	t       *template.Template
	fields  map[string]bool
	calling map[string]bool // templates being walked, against recursion
	failed  bool
}

func (a *depsOf) template(name string) {
	p := a.t.Lookup(name)
	if p == nil || p.Tree == nil || a.calling[name] {
		a.failed = true
		return
	}
	a.calling[name] = true
	a.list(p.Tree.Root, true)
	delete(a.calling, name)
}

// list walks a list of nodes; page says whether dot is the page there.
func (a *depsOf) list(l *parse.ListNode, page bool) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		a.node(n, page)
	}
}

// rebinding is a range or with: inside it, dot is no longer the page.
func (a *depsOf) rebinding(n *parse.BranchNode, page bool) {
	a.pipe(n.Pipe, page)
	a.list(n.List, false)
	a.list(n.ElseList, page)
}

func (a *depsOf) node(n parse.Node, page bool) {
	switch n := n.(type) {
	case *parse.TextNode, *parse.CommentNode, *parse.BreakNode, *parse.ContinueNode:
	case *parse.ActionNode:
		a.pipe(n.Pipe, page)
	case *parse.IfNode:
		a.pipe(n.Pipe, page)
		a.list(n.List, page)
		a.list(n.ElseList, page)
	case *parse.RangeNode:
		a.rebinding(&n.BranchNode, page)
	case *parse.WithNode:
		a.rebinding(&n.BranchNode, page)
	case *parse.TemplateNode:
		if page && isDot(n.Pipe) {
			a.template(n.Name)
			return
		}
		a.pipe(n.Pipe, page)
	default:
		a.failed = true
	}
}

func (a *depsOf) pipe(p *parse.PipeNode, page bool) {
	if p == nil {
		return
	}
	for _, c := range p.Cmds {
		for i, arg := range c.Args {
			a.arg(arg, page, i == 0 && len(c.Args) > 1)
		}
	}
}

// arg records the page fields an argument reads; called says it is a
// command's first word with arguments after it (a method call).
func (a *depsOf) arg(n parse.Node, page, called bool) {
	switch n := n.(type) {
	case *parse.FieldNode:
		if page {
			a.field(n.Ident[0], called && len(n.Ident) == 1)
		}
	case *parse.VariableNode:
		if n.Ident[0] == "$" {
			if len(n.Ident) == 1 {
				a.failed = true // the page as a value
				return
			}
			a.field(n.Ident[1], called && len(n.Ident) == 2)
		}
	case *parse.DotNode:
		if page {
			a.failed = true
		}
	case *parse.ChainNode:
		a.arg(n.Node, page, false)
	case *parse.PipeNode:
		a.pipe(n, page)
	case *parse.IdentifierNode, *parse.StringNode, *parse.NumberNode, *parse.BoolNode, *parse.NilNode:
	default:
		a.failed = true
	}
}

func (a *depsOf) field(name string, called bool) {
	if called {
		a.failed = true // a method of the page with arguments
		return
	}
	a.fields[name] = true
}
