package content

import (
	"fmt"
	"path"
	"strings"

	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/link"
	"github.com/gongkai/gongkai/internal/tomlx"
)

// An alias is an old address of an item (front matter `aliases`): the
// build writes a small page there that sends readers on to the item, so a
// bookmark or a QR code printed before a rename still leads somewhere.
// Aliases are site paths ("/old/path/", or a full address on base_url);
// Item.Aliases holds them as output addresses ("old/path/", "old.html").

// aliases reads the aliases of an item, each as the address its redirect
// page is written to; the ones that cannot be are reported.
func (r *resolver) aliases(it *Item, list tomlx.StringList) {
	base := link.NewBase(r.site.LinkBase())
	seen := map[string]bool{}
	for _, a := range list {
		addr, problem := aliasAddress(a, base, r.reserved)
		switch {
		case problem != "":
			r.errorf("aliases", "alias %q %s", a, problem)
		case addr == it.Path:
			r.errorf("aliases", "alias %q is this item's own address; remove it from aliases", a)
		case seen[strings.ToLower(addr)]:
			r.errorf("aliases", "alias %q is listed twice; remove one", a)
		default:
			seen[strings.ToLower(addr)] = true
			it.Aliases = append(it.Aliases, addr)
		}
	}
}

// aliasAddress reads an alias into the output address of its redirect
// page, or says what is wrong with it.
func aliasAddress(a string, base link.Base, reserved *Addresses) (addr, problem string) {
	const form = `write the old address as a path from the site root, such as "/cadre/old-name/"`
	t := link.Resolve(a, base, "")
	switch {
	case t.Kind != link.Site:
		return "", "is not an address on this site (base_url); " + form
	case t.Relative:
		return "", "does not start with \"/\"; " + form
	case t.Suffix != "":
		return "", "has a query or fragment (? or #), which a page cannot answer by itself; " + form
	case strings.ContainsFunc(t.Path, func(r rune) bool { return r <= ' ' || r == 0x7f }):
		return "", "holds spaces or control characters; " + form
	}
	addr = Address(t.Path)
	switch ext := strings.ToLower(path.Ext(addr)); {
	case addr == "":
		return "", "is the home page; " + form
	case ext != "" && ext != ".html" && ext != ".htm":
		return "", fmt.Sprintf("names a %s file, and a redirect is an HTML page: a moved attachment cannot redirect; keep the file at its old place (linked from an item) or retire the address in urls.txt", ext)
	}
	if what := reserved.of(addr); what != "" {
		return "", "is inside " + what + ", which gongkai writes itself; an alias cannot take its place"
	}
	return addr, ""
}

// Address is the output address of p, a path from the site root without
// its leading "/": a page's folder ("old/path/"; "old/path" and
// "old/path/index.html" are the same page), or a file with an extension
// ("old.html", "cadre/附件.pdf"). "" is the home page.
func Address(p string) string {
	p = strings.TrimPrefix(p, "/")
	dir, last := path.Split(p)
	switch {
	case p == "" || strings.HasSuffix(p, "/"):
		return p
	case strings.EqualFold(last, "index.html") || strings.EqualFold(last, "index.htm"):
		return dir
	case strings.Contains(last, "."):
		return p
	}
	return p + "/"
}

// aliasCollisions reports aliases that are the address of an item's page,
// of a file under content/, or of another alias: an old address leads to
// one place only. Every item counts, published or not, so that publishing
// one later cannot make two pages of one address.
func aliasCollisions(items []*Item, resources []string) []diag.Diagnostic {
	pages := map[string]*Item{}
	for _, it := range items {
		pages[strings.ToLower(it.Path)] = it
	}
	files := map[string]string{}
	for _, r := range resources {
		files[strings.ToLower(ResourcePath(r))] = r
	}
	first := map[string]*Item{}
	var diags []diag.Diagnostic
	report := func(it *Item, format string, args ...any) {
		diags = append(diags, diag.Diagnostic{File: it.File, Line: it.Line("aliases"), Msg: fmt.Sprintf(format, args...)})
	}
	for _, it := range items {
		for _, a := range it.Aliases {
			key := strings.ToLower(a)
			switch page, file, prev := pages[key], files[key], first[key]; {
			case page != nil && page != it:
				report(it, "alias %q is the address of %s, which is published there; remove the alias, or rename that file", "/"+a, page.File)
			case file != "":
				report(it, "alias %q is the address of the file %s; remove the alias, or rename that file", "/"+a, file)
			case prev != nil:
				report(it, "alias %q is also an alias of %s: an old address can lead to one page only; remove it from one of the two", "/"+a, prev.File)
			default:
				first[key] = it
			}
		}
	}
	return diags
}
