package check

import (
	"fmt"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
)

// numbers: a 文号 names one document, and a 索引号 written as index_no one
// item; two items with the same one are an error at the later file,
// naming the first. Drafts are left out (a draft is often a copy being
// edited).
func (c *checker) numbers(items []*content.Item) {
	c.unique(items, "number", func(it *content.Item) string { return it.Number },
		"each document has its own 文号: correct one of them (a new version of that document has its own number and replaces = %q)")
	c.unique(items, "index_no", func(it *content.Item) string { return it.IndexNo },
		"each item has its own 索引号: correct one of them, or remove index_no from this one (%q keeps its own) to number it by [index_no] in site.toml")
}

// unique reports items whose key holds the value an earlier item's holds.
func (c *checker) unique(items []*content.Item, key string, value func(*content.Item) string, fix string) {
	first := map[string]*content.Item{}
	for _, it := range items {
		v := value(it)
		if v == "" || it.Draft {
			continue
		}
		prev, ok := first[v]
		if !ok {
			first[v] = it
			continue
		}
		c.diags = append(c.diags, diag.Diagnostic{File: it.File, Line: it.Line(key), Severity: diag.Error,
			Msg: fmt.Sprintf("%s %q is already the %s of %s:%d; "+fix, key, v, key, prev.File, prev.Line(key), prev.ID)})
	}
}
