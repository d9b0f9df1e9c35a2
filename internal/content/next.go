package content

import (
	"fmt"
	"slices"
	"strings"
)

// nextList is a step's `next`, written as one step id, a list of ids, or a
// list of tables with a branch label:
//
//	next = "3"
//	next = ["3", "5"]
//	next = [{to = "3", label = "同意"}, {to = "9", label = "不同意"}]
type nextList struct {
	edges []Edge
	set   bool // written at all, even as []
	bad   bool // written wrongly: the flow cannot be checked
}

func (n *nextList) UnmarshalTOMLValue(v any) error {
	n.set = true
	err := n.decode(v)
	n.bad = err != nil
	return err
}

func (n *nextList) decode(v any) error {
	switch v := v.(type) {
	case string:
		n.edges = []Edge{{To: strings.TrimSpace(v)}}
		return nil
	case []map[string]any:
		for _, m := range v {
			if err := n.addTable(m); err != nil {
				return err
			}
		}
		return nil
	case []any:
		for _, e := range v {
			if err := n.add(e); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("expected a step id or a list, found %T", v)
}

func (n *nextList) add(e any) error {
	switch e := e.(type) {
	case string:
		n.edges = append(n.edges, Edge{To: strings.TrimSpace(e)})
		return nil
	case map[string]any:
		return n.addTable(e)
	}
	return fmt.Errorf("every entry must be a step id in double quotes or a table {to = …, label = …}")
}

func (n *nextList) addTable(m map[string]any) error {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var e Edge
	for _, k := range keys {
		s, ok := m[k].(string)
		switch {
		case k != "to" && k != "label":
			return fmt.Errorf("unknown key %q in a branch; a branch has to (the next step's id) and label", k)
		case !ok:
			return fmt.Errorf("%s must be text in double quotes", k)
		case k == "to":
			e.To = strings.TrimSpace(s)
		default:
			e.Label = strings.TrimSpace(s)
		}
	}
	if e.To == "" {
		return fmt.Errorf("a branch needs the id of the step it leads to")
	}
	n.edges = append(n.edges, e)
	return nil
}

func (nextList) Hint() string {
	return `"3", or with branch labels [{to = "3", label = "同意"}, {to = "9", label = "不同意"}]`
}
