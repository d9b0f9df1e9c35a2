package layout

import (
	"io/fs"
	"path"
	"text/template/parse"
)

// namesBody reports whether a template file may show an item's body: it
// names the field Doc (the rendered body) or Body (its Markdown), calls the
// function summary (which falls back on the body's text), or calls another
// template than "main" (which may show one). Only the site's files are
// weighed so: what the built-in theme's pages show, their channel knows.
// A file that cannot be parsed names one (Load reports it).
func namesBody(f File) bool {
	data, err := fs.ReadFile(f.Layer.FS, f.Path)
	if err != nil {
		return true
	}
	tr := parse.New(f.Path)
	tr.Mode = parse.SkipFuncCheck
	trees := map[string]*parse.Tree{}
	if _, err := tr.Parse(string(data), "", "", trees); err != nil {
		return true
	}
	for _, t := range trees {
		if t.Root != nil && walk(t.Root) {
			return true
		}
	}
	return false
}

// walk reports whether a node or any under it names a body.
func walk(n parse.Node) bool {
	switch n := n.(type) {
	case *parse.FieldNode:
		return bodyField(n.Ident)
	case *parse.ChainNode:
		return bodyField(n.Field) || walk(n.Node)
	case *parse.IdentifierNode:
		return n.Ident == "summary"
	case *parse.TemplateNode:
		return n.Name != "main" || n.Pipe != nil && walk(n.Pipe)
	case *parse.ListNode:
		return n != nil && some(n.Nodes)
	case *parse.ActionNode:
		return walk(n.Pipe)
	case *parse.PipeNode:
		if n == nil {
			return false
		}
		for _, c := range n.Cmds {
			if walk(c) {
				return true
			}
		}
		for _, d := range n.Decl {
			if walk(d) {
				return true
			}
		}
	case *parse.CommandNode:
		return some(n.Args)
	case *parse.IfNode:
		return branch(&n.BranchNode)
	case *parse.RangeNode:
		return branch(&n.BranchNode)
	case *parse.WithNode:
		return branch(&n.BranchNode)
	}
	return false
}

func branch(b *parse.BranchNode) bool {
	return walk(b.Pipe) || b.List != nil && walk(b.List) || b.ElseList != nil && walk(b.ElseList)
}

func some(nodes []parse.Node) bool {
	for _, c := range nodes {
		if walk(c) {
			return true
		}
	}
	return false
}

func bodyField(idents []string) bool {
	for _, id := range idents {
		if id == "Doc" || id == "Body" {
			return true
		}
	}
	return false
}

// ShowsBodies reports whether a layout the site wrote (in its layouts/ or
// the folder of its theme) may show a body (namesBody), on a page of any
// kind: a build that lets the bodies go once rendered (model.Drop) must
// keep them then. Read from the files, before the templates are loaded.
func ShowsBodies(site fs.FS, theme string) bool {
	for _, f := range Resolve(Layers(site, theme, "layouts")) {
		if path.Ext(f.Path) == ".html" && siteShowsBody(f) {
			return true
		}
	}
	return false
}
