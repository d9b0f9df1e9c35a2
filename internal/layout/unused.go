package layout

import (
	"fmt"
	"path"
	"strings"

	"github.com/gongkai/gongkai/internal/diag"
)

// unused warns about the files of a site's own layouts/ that no page can
// use: a site's file replaces the theme's file of the same path, and
// files under partials/ are there for other layouts to call; any other
// name (layouts/items.html, layouts/partial/footer.html) is read by
// nothing, so the change the editor made shows nowhere, without a word.
// Only files of a kind the theme's layouts are (.html) are weighed: a
// README.md beside the layouts is no layout.
func unused(layers []Layer) []diag.Diagnostic {
	if len(layers) == 0 || layers[0].Name != "layouts" {
		return nil
	}
	theme, kinds := map[string]bool{}, map[string]bool{}
	var names []string
	for _, l := range layers[1:] {
		files, _ := list(l)
		for _, p := range files {
			if !theme[p] {
				theme[p], kinds[path.Ext(p)] = true, true
				names = append(names, p)
			}
		}
	}
	own, _ := list(layers[0])
	var diags []diag.Diagnostic
	for _, p := range own {
		if theme[p] || strings.HasPrefix(p, "partials/") || !kinds[path.Ext(p)] {
			continue
		}
		diags = append(diags, diag.Diagnostic{File: path.Join("layouts", p), Severity: diag.Warning, Msg: fmt.Sprintf(
			"no page uses this file: a site's layout replaces the theme's file of the same name, and the theme has no %s%s; rename it, or move it under layouts/partials/ if other layouts call it",
			p, diag.DidYouMean(p, names))})
	}
	return diags
}
