package redirect

import (
	"fmt"
	"strings"

	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
)

// Page is what the theme's redirect.html receives.
type Page struct {
	Site *model.Site
	Path string      // the old address, from the site root: "cadre/old-name/", "old.html"
	Item *model.Item // the page it leads to
}

// Files lists a redirect page for every alias of every published item,
// unrendered (see package output), in the order of the site's items.
func Files(site *model.Site, tpl *layout.Set) []output.File {
	var files []output.File
	for _, it := range site.Items {
		for _, a := range it.Aliases {
			p := &Page{Site: site, Path: a, Item: it}
			files = append(files, output.File{Path: File(a), Who: it.File, Shows: []*model.Item{it}, Layout: "redirect",
				Render: func() ([]byte, error) {
					html, err := tpl.Render("redirect", p)
					if err != nil {
						return nil, fmt.Errorf("rendering the redirect page /%s: %w", p.Path, err)
					}
					return html, nil
				}})
		}
	}
	return files
}

// File is the output file of an address: "old/path/index.html" for a
// page's folder, the address itself for a file ("old.html").
func File(addr string) string {
	if addr == "" || strings.HasSuffix(addr, "/") {
		return addr + "index.html"
	}
	return addr
}
