package page

import (
	"github.com/gongkai/gongkai/internal/model"
)

// The 职权目录 (powers/) and the 廉政风险点 register (risks/) are built from
// the items that carry powers and risk points; a site usually also has a
// category of the documents that publish them, with the same name. The
// register is the canonical page of that name: the category's list is
// titled as its documents and links the register, which links it back.

// register is a page built from items, and the category of its documents.
type register struct {
	crumb    Crumb
	key      string // the category's key, when it is the register's own ("powers")
	label    string // or its label ("职权目录")
	built    func(*model.Site) bool
	docTitle string // the category's list's title
}

var registers = []register{
	{Crumb{Title: "职权目录", Path: "powers/"}, "powers", "职权目录", func(s *model.Site) bool { return len(s.Powers) > 0 }, "职权目录文件"},
	{Crumb{Title: "廉政风险点登记表", Path: "risks/"}, "risks", "廉政风险点", func(s *model.Site) bool { return len(s.Risks) > 0 }, "廉政风险点文件"},
}

// registerFor is the register whose documents the category g holds, or
// nil.
func registerFor(s *model.Site, axis string, g *model.Group) *register {
	if axis != "categories" {
		return nil
	}
	for i := range registers {
		r := &registers[i]
		if (g.Key == r.key || g.Label == r.label) && r.built(s) {
			return r
		}
	}
	return nil
}

// ListOf is the title of a group's list and the register it links: its
// label, or the title of a register's documents.
func ListOf(s *model.Site, axis string, g *model.Group) (string, *Crumb) {
	if r := registerFor(s, axis, g); r != nil {
		return r.docTitle, &r.crumb
	}
	return g.Label, nil
}

// DocumentsOf is the category holding the documents of the register at
// path, or nil: the register's page links it.
func DocumentsOf(s *model.Site, path string) *model.Group {
	for _, g := range s.Categories {
		if r := registerFor(s, "categories", g); r != nil && r.crumb.Path == path {
			return g
		}
	}
	return nil
}

// CategoryList is the title of a category's list (ListOf).
func CategoryList(s *model.Site, key string) string {
	g := s.Category(key)
	if g == nil {
		return s.CategoryLabel(key)
	}
	title, _ := ListOf(s, "categories", g)
	return title
}
