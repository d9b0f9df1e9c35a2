package page

import (
	"github.com/gongkai/gongkai/internal/model"
)

// DefaultSection is the heading of categories site.toml gives no group.
const DefaultSection = "公开内容"

// The metadata every page of a government website carries (《政府网站发展
// 指引》, 网页元数据): a page other than the home page and an item's is a
// column (栏目) page, named by ColumnName and typed by ColumnType.

// ColumnName is the column a page is: its title; a month of the archive
// is of the archive's column.
func (p *Page) ColumnName() string {
	if p.Kind == "month" && len(p.Crumbs) > 0 {
		return p.Crumbs[0].Title
	}
	return p.Title
}

// ColumnType is the kind of column a page is: for a category's list its
// section (党务公开, 政务公开…), for the other lists their taxonomy
// (公开主体, 公开时限), else the part of the site its trail starts in.
func (p *Page) ColumnType() string {
	if p.Axis == "categories" && len(p.Crumbs) > 1 {
		if g := p.Site.Category(keyOf(p.Crumbs[1].Path)); g != nil {
			return SectionName(g)
		}
	}
	if p.Axis != "" {
		return Axes[p.Axis]
	}
	if len(p.Crumbs) > 0 {
		return p.Crumbs[0].Title
	}
	return p.Title
}

// SectionName is the heading a category is listed under.
func SectionName(g *model.Group) string {
	if g == nil || g.Group == "" {
		return DefaultSection
	}
	return g.Group
}

// keyOf is the key in a list's path: "categories/cadre/" → "cadre".
func keyOf(path string) string {
	end := len(path) - 1
	start := end
	for start > 0 && path[start-1] != '/' {
		start--
	}
	return path[start:end]
}
