package model

import (
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/link"
)

// linkIndex finds what a link leads to, by the case-insensitive keys of
// link.Target: every item, published or not (a link to a hidden one must
// be recognised to be refused), by file, page and id, and every file
// under content/. It is built once per build and only read after.
type linkIndex struct {
	reserved *content.Addresses // pages the channels write among items: "risks/high/"
	base     link.Base
	byFile   map[string]*content.Item // "content/cadre/wang.md"
	byPage   map[string]*content.Item // "cadre/wang/"
	byID     map[string]*content.Item // "cadre/wang"
	sections map[string]bool          // "cadre"
	shared   map[string]bool          // folders holding several items' files: "cadre"
	files    map[string]string        // "cadre/wang/scan.pdf" → "content/cadre/wang/scan.pdf"
}

func newLinkIndex(s *Site, set *content.Set) *linkIndex {
	items, files := set.Items, set.Resources
	x := &linkIndex{reserved: set.Reserved, base: link.NewBase(s.Config.LinkBase()), byFile: map[string]*content.Item{}, byPage: map[string]*content.Item{},
		byID: map[string]*content.Item{}, sections: map[string]bool{}, shared: map[string]bool{}, files: map[string]string{}}
	for _, it := range items { // in file order: the first of two names that differ only in case wins
		addOnce(x.byFile, strings.ToLower(it.File), it)
		addOnce(x.byPage, strings.ToLower(it.Path), it)
		addOnce(x.byID, strings.ToLower(it.ID), it)
		x.sections[strings.ToLower(it.Section)] = true
		rel := strings.ToLower(strings.TrimPrefix(it.File, content.Dir+"/"))
		if dir := path.Dir(rel); rel != dir+"/index.md" {
			x.shared[dir] = true
		}
	}
	for _, f := range files {
		k := fileKey(f)
		if _, ok := x.files[k]; !ok {
			x.files[k] = f
		}
	}
	return x
}

// fileKey is the key of a file under content/ ("content/cadre/a.pdf").
func fileKey(file string) string {
	return link.Target{Kind: link.Site, Path: content.ResourcePath(file)}.Key()
}

func addOnce(m map[string]*content.Item, k string, it *content.Item) {
	if _, ok := m[k]; !ok {
		m[k] = it
	}
}

// ownerOf is the item a path (a key of link.Target) belongs to: the item
// named like it or like a folder it is in (wang.pdf, wang.2.pdf or
// wang.old/a.pdf beside wang.md), or the item whose own folder holds it
// (wang/scan.pdf, for wang.md or wang/index.md); nil when it lies among
// several items' files.
func (x *linkIndex) ownerOf(key string) *content.Item {
	// A server that takes '\' for '/' (IIS does) reads neibu\.0 (%5C) as
	// a path inside the folder neibu: so is it looked at here.
	key = strings.ReplaceAll(key, `\`, "/")
	// A '?' or '#' written escaped (%3F, %23) is part of the path, but a
	// server or proxy that decodes before it splits ends the path there:
	// what comes before must not be a hidden item's address either.
	if i := strings.IndexAny(key, "?#"); i > 0 {
		if it := x.ownerOf(key[:i]); it != nil {
			return it
		}
	}
	for p, first := strings.TrimSuffix(key, "/"), true; p != "." && p != "/" && p != ""; p, first = path.Dir(p), false {
		if !first && x.shared[p] {
			return nil
		}
		if it := x.named(p); it != nil {
			return it
		}
	}
	return nil
}

// named is the item whose id or page is p, or p without what follows a
// dot in its last part.
func (x *linkIndex) named(p string) *content.Item {
	if it := x.byID[p]; it != nil {
		return it
	}
	if it := x.byPage[p+"/"]; it != nil {
		return it
	}
	for i := len(p) - 1; i > 0 && p[i] != '/'; i-- {
		if p[i] == '.' {
			if it := x.byID[strings.TrimRight(p[:i], ". ")]; it != nil {
				return it
			}
		}
	}
	return nil
}

// links resolves the links of one item's body.
type links struct {
	site  *Site
	from  *content.Item
	idx   *linkIndex
	res   *resources
	diags *diag.List
	// mayExist reports files that are neither items nor resources but may
	// exist (a broken item, an unreadable folder): their own error is
	// reported, so a link to them is not.
	mayExist func(file string) bool
}

// resolve is the markdown.Resolver of an item: every form of a link is
// read into one link.Target first, then checked. A link that must not be
// published is reported and unlinked.
func (l *links) resolve(dest string, line int) (string, bool) {
	dir := path.Dir(strings.TrimPrefix(l.from.File, content.Dir+"/"))
	t := link.Resolve(dest, l.idx.base, dir)
	switch t.Kind {
	case link.Refused:
		l.errorf(line, "link to %q: %s", dest, refusal(t.Scheme))
		return "", false
	case link.Site:
		return l.toSite(dest, t, line)
	}
	return t.URL, true
}

func (l *links) errorf(line int, format string, args ...any) {
	l.diags.Errorf(l.from.File, line, format, args...)
}

// refusal says why a link with a refused scheme is not published and
// what to write instead.
func refusal(scheme string) string {
	const only = "%s: links are not published, only http:, https:, mailto:, tel: and links within the site; %s"
	switch scheme {
	case "javascript", "vbscript", "livescript":
		return fmt.Sprintf(only, scheme, "remove the link, or link to a page instead, such as https://www.example.gov.cn/ or ../cadre/wang.md")
	case "data", "blob", "file", "filesystem":
		return fmt.Sprintf(only, scheme, "put the file beside the item in content/ and link to it by its name, such as [附件](附件.pdf)")
	}
	if len(scheme) == 1 {
		return "this is a file on a computer, which readers cannot open; copy it beside the item in content/ and link to it by its name, such as [附件](附件.pdf)"
	}
	return fmt.Sprintf(only, scheme, "write its https:// address, or put the file beside the item in content/ and link to it by its name")
}

// toSite resolves a link to a page or a file of this site.
func (l *links) toSite(dest string, t link.Target, line int) (string, bool) {
	key := t.Key()
	if strings.HasSuffix(key, ".md") {
		return l.toItemFile(dest, t, line)
	}
	if file, ok := l.idx.files[key]; ok {
		return l.toFile(dest, file, t, line)
	}
	target := l.idx.byPage[t.Page()]
	if target == nil {
		target = l.idx.byID[strings.TrimSuffix(t.Page(), "/")] // the id's address, where a slug moved the page
	}
	if target != nil {
		if !l.check(dest, target, "", line) {
			return "", false
		}
		return l.site.BasePath + escapePath(target.Path) + t.Suffix, true
	}
	if owner := l.idx.ownerOf(key); owner != nil && !l.check(dest, owner, "/"+t.Path, line) {
		return "", false // an address inside a hidden item's folder
	}
	if l.mayExist != nil && l.mayExistPage(t) {
		return "", false
	}
	if msg := l.missing(t); msg != "" {
		l.errorf(line, "link to %q: %s", dest, msg)
		return "", false
	}
	return l.site.BasePath + escapePath(t.Path) + t.Suffix, true
}

// toItemFile resolves a link to an item's Markdown file.
func (l *links) toItemFile(dest string, t link.Target, line int) (string, bool) {
	file := content.Dir + "/" + t.Path
	key := content.Dir + "/" + t.Key()
	target := l.idx.byFile[key]
	if target == nil {
		target = l.idx.byFile[strings.TrimSuffix(key, ".md")+"/index.md"]
	}
	if target == nil && l.mayExist != nil && (l.mayExist(file) || l.mayExist(strings.TrimSuffix(file, ".md")+"/index.md")) {
		return "", false
	}
	if target == nil {
		files := make([]string, 0, len(l.idx.byFile))
		for _, it := range l.idx.byFile {
			files = append(files, it.File)
		}
		slices.Sort(files) // Suggest picks the first of equals
		hint := ""
		if m := diag.Suggest(file, files); m != "" {
			hint = " (did you mean " + m + "?)"
		}
		l.errorf(line, "link to %q points to no item: there is no %s%s", dest, file, hint)
		return "", false
	}
	if !l.check(dest, target, "", line) {
		return "", false
	}
	return l.site.BasePath + escapePath(target.Path) + t.Suffix, true
}

// toFile resolves a link to a file under content/: it is published with
// the linking item, unless it belongs to an item that is not published.
func (l *links) toFile(dest, file string, t link.Target, line int) (string, bool) {
	if owner := l.idx.ownerOf(fileKey(file)); owner != nil && !l.check(dest, owner, file, line) {
		return "", false
	}
	if l.res != nil { // nil: an address in a text field, which is not a link
		l.res.use(file)
	}
	return l.site.BasePath + escapePath(content.ResourcePath(file)) + t.Suffix, true
}

// mayExistPage reports a link to a file or page that may be in what was
// not read: its cause is reported, so the link is not.
func (l *links) mayExistPage(t link.Target) bool {
	if t.Relative {
		return l.mayExist(content.Dir + "/" + t.Path)
	}
	id := strings.TrimSuffix(t.Page(), "/")
	return l.mayExist(content.Dir+"/"+t.Path) || l.mayExist(content.Dir+"/"+id+".md") || l.mayExist(content.Dir+"/"+id+"/index.md")
}

// missing says why a link to nothing known is an error: a file name
// beside the item that is not there, or an item's address where no item is
// published. Elsewhere (static files, generated pages) it returns "".
func (l *links) missing(t link.Target) string {
	if t.Relative {
		msg := fmt.Sprintf("there is no file %s; put the file beside the item or fix the name", content.Dir+"/"+t.Path)
		if i := strings.Index(strings.ToLower(t.Path), "www."); i >= 0 {
			msg += "; for a web address, write https://" + t.Path[i:]
		}
		return msg
	}
	page := t.Page()
	section, rest, _ := strings.Cut(page, "/")
	if t.File() || rest == "" || !l.idx.sections[section] || l.idx.reserved.Generated(page) {
		return ""
	}
	pages := make([]string, 0, len(l.idx.byPage))
	for p := range l.idx.byPage {
		pages = append(pages, p)
	}
	slices.Sort(pages)
	hint := ""
	if m := diag.Suggest(page, pages); m != "" {
		hint = " (did you mean /" + m + "?)"
	}
	return fmt.Sprintf("there is no page /%s on this site%s; link to the item by its file, such as [标题](../%s.md)", page, hint, strings.TrimSuffix(page, "/"))
}

// check reports a link that would lead a reader to a page they cannot
// see, or publish a file of such a page (file is then that file), and
// says whether the link may be published.
func (l *links) check(dest string, target *content.Item, file string, line int) bool {
	what := target.ID
	if file != "" {
		what = file + " belongs to " + target.ID + ", which"
	}
	if p := l.problem(target, file != ""); p != "" {
		l.errorf(line, "link to %q: %s %s", dest, what, p)
		return false
	}
	return true
}

// problem says why the item may not be linked to from this one (or a file
// of it, when file is set), or "".
func (l *links) problem(target *content.Item, file bool) string {
	switch {
	case target.Internal() && !l.from.Internal():
		return "is internal (党内公开) and this item is public; a public item must not point to it — remove the link or make this item internal"
	case target.Draft && !l.from.Draft && file:
		return "is a draft, so its files are not published yet; publish it first (draft = false) or remove the link"
	case target.Draft && !l.from.Draft:
		return "is a draft, so the link would be dead; publish it first (draft = false) or remove the link"
	case target.Date.After(l.site.Now) && !l.from.Date.After(l.site.Now) && file:
		return fmt.Sprintf("is dated %s, after today, so its files are not published until then", target.Date)
	case target.Date.After(l.site.Now) && !l.from.Date.After(l.site.Now):
		return fmt.Sprintf("is dated %s, after today, so the link would be dead until then", target.Date)
	}
	return ""
}

// escapePath writes a path as an address: letters, digits and the
// characters paths may hold as they are, anything else (Chinese, spaces,
// "%") percent-encoded.
func escapePath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("/-._~!$&'()*+,;=:@", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}
