package content

import "strings"

// Reserved is an address a channel writes of its own
// (output.Channel.Reserved): no item and no alias may take it.
type Reserved struct {
	Path string // from the site root: "boards/" (a folder and all under it), "risks/high/", "feed.xml"
	What string // what is there, for messages: "the feed"
	Page bool   // only this page or file; the folder may hold items ("risks/high/")
}

// Addresses are the reserved addresses of a build's channels, as Parse
// weighs items and aliases against them. A nil *Addresses reserves nothing.
type Addresses struct {
	folders map[string]bool   // top-level folders: "boards"
	pages   map[string]string // pages inside folders of items: "risks/high/" → what
	files   map[string]string // files at the root, lower case: "feed.xml" → what
}

// NewAddresses gathers the channels' reserved addresses.
func NewAddresses(list []Reserved) *Addresses {
	a := &Addresses{folders: map[string]bool{}, pages: map[string]string{}, files: map[string]string{}}
	for _, r := range list {
		switch {
		case !r.Page:
			a.folders[strings.TrimSuffix(r.Path, "/")] = true
		case strings.HasSuffix(r.Path, "/"):
			a.pages[r.Path] = r.What
		default:
			a.files[strings.ToLower(r.Path)] = r.What
		}
	}
	return a
}

// Folder reports whether section, a top-level folder ("boards"), is a
// channel's own.
func (a *Addresses) Folder(section string) bool { return a != nil && a.folders[section] }

// Page names the page a channel writes at p ("risks/high/"), inside a
// folder that also holds items.
func (a *Addresses) Page(p string) (string, bool) {
	if a == nil {
		return "", false
	}
	what, ok := a.pages[p]
	return what, ok
}

// Generated reports whether p, a path from the site root such as
// "risks/high/", is a page a channel writes inside a folder of items.
func (a *Addresses) Generated(p string) bool {
	_, ok := a.Page(p)
	return ok
}

// of names what a channel writes at addr, a folder or file of its own, or
// "" when addr is free for an alias.
func (a *Addresses) of(addr string) string {
	if a == nil {
		return ""
	}
	first, _, _ := strings.Cut(addr, "/")
	switch {
	case a.folders[first]:
		return "/" + first + "/"
	case a.Generated(addr):
		return "/" + addr
	case a.files[strings.ToLower(addr)] != "":
		return a.files[strings.ToLower(addr)] + " (/" + addr + ")"
	}
	return ""
}
