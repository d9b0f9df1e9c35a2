package layout

import "text/template/parse"

// eachStatement calls visit with every node of n that is not a list or
// a branch (if, range, with), descending into the branches' bodies in
// order: the statements (actions, template calls, text) a template runs.
func eachStatement(n parse.Node, visit func(parse.Node)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n != nil {
			for _, c := range n.Nodes {
				eachStatement(c, visit)
			}
		}
	case *parse.IfNode:
		eachStatement(n.List, visit)
		eachStatement(n.ElseList, visit)
	case *parse.RangeNode:
		eachStatement(n.List, visit)
		eachStatement(n.ElseList, visit)
	case *parse.WithNode:
		eachStatement(n.List, visit)
		eachStatement(n.ElseList, visit)
	default:
		visit(n)
	}
}
