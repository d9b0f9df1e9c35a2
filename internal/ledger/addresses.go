package ledger

import (
	"strings"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/model"
)

// Address is the address of an output file: "cadre/wang/" for
// "cadre/wang/index.html", "" for the home page, the path itself for any
// other file.
func Address(file string) string {
	if file == "index.html" {
		return ""
	}
	if dir, ok := strings.CutSuffix(file, "/index.html"); ok {
		return dir + "/"
	}
	return file
}

// Addresses are the addresses of a public build that the ledger keeps,
// from written, the files the build writes: every item page, every
// attachment, every redirect page of an alias, the home page, the lists of
// each category, term and issuer and their indexes, the catalog, the
// archive, search, the 职权目录 and the risk register, the print room and
// each board's sheets, each kiosk's page, and the feed, sitemap and
// index.json. Each is listed on now; an item page with its title and 文号.
func Addresses(site *model.Site, written []string, now calendar.Day) []*Entry {
	items := map[string]*model.Item{}
	sources := map[string]string{}
	for _, it := range site.Items {
		items[it.Path] = it
		for _, a := range it.Aliases {
			sources[a] = it.File
		}
	}
	for _, r := range site.Resources {
		sources[content.ResourcePath(r)] = r
	}
	var out []*Entry
	for _, f := range written {
		addr := Address(f)
		e := &Entry{Path: addr, Since: now, Source: sources[addr]}
		if it := items[addr]; it != nil {
			e.Title, e.Number, e.Source = it.Title, it.Number, it.File
		}
		if e.Source != "" || kept(addr) {
			out = append(out, e)
		}
	}
	return out
}

// keptPages are the generated pages the ledger keeps, by address.
var keptPages = map[string]bool{
	"": true, "categories/": true, "terms/": true, "issuers/": true, "catalog/": true, "archive/": true,
	"search/": true, "powers/": true, "risks/": true, "boards/": true,
	"feed.xml": true, "sitemap.xml": true, "index.json": true,
}

// keptFolders hold generated pages the ledger keeps one level down: a
// list's first page, a board's sheets, a kiosk's page.
var keptFolders = map[string]bool{"categories": true, "terms": true, "issuers": true, "boards": true, "kiosk": true}

// kept reports whether the ledger keeps a generated address.
func kept(addr string) bool {
	if keptPages[addr] {
		return true
	}
	parts := strings.Split(addr, "/")
	return len(parts) == 3 && parts[2] == "" && keptFolders[parts[0]]
}
