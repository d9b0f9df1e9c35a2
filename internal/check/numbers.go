package check

import (
	"fmt"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
)

// numbers: a 文号 names one document; two items with the same number are
// an error at the later file, naming the first. Drafts are left out (a
// draft is often a copy being edited).
func (c *checker) numbers(items []*content.Item) {
	first := map[string]*content.Item{}
	for _, it := range items {
		if it.Number == "" || it.Draft {
			continue
		}
		prev, ok := first[it.Number]
		if !ok {
			first[it.Number] = it
			continue
		}
		c.diags = append(c.diags, diag.Diagnostic{File: it.File, Line: it.Line("number"), Severity: diag.Error,
			Msg: fmt.Sprintf("number %q is already the number of %s:%d; each document has its own 文号: correct one of them (a new version of that document has its own number and replaces = %q)",
				it.Number, prev.File, prev.Line("number"), prev.ID)})
	}
}
