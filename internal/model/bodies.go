package model

import (
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/markdown"
)

// renderBodies renders every published body in parallel.
// With a cache, unchanged bodies are taken from it.
func (s *Site) renderBodies(md *markdown.Renderer, cache *BodyCache, all map[string]*content.Item, set *content.Set, diags *diag.List) {
	res := &resources{exists: map[string]bool{}, used: map[string]bool{}}
	for _, f := range set.Resources {
		res.exists[f] = true
	}
	byFile := make(map[string]*content.Item, len(all))
	byPath := make(map[string]*content.Item, len(all))
	for _, it := range all {
		byFile[it.File] = it
		byPath[it.Path] = it
	}
	if cache != nil {
		cache.begin()
	}
	var wg sync.WaitGroup
	var next atomic.Int64 // workers take the next index: cheaper than a channel send per item
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(s.Items); i = int(next.Add(1) - 1) {
				it := s.Items[i]
				newLinks := func(d *diag.List) *links {
					return &links{site: s, from: it.Item, byFile: byFile, byPath: byPath, res: res, diags: d, mayExist: set.MayExist}
				}
				it.Doc = renderSafely(it.Item, diags, func() *markdown.Doc {
					if cache != nil {
						return cache.render(md, it.Item, newLinks, diags)
					}
					return md.Render(it.Body, it.BodyLine, newLinks(diags).resolve)
				})
			}
		})
	}
	wg.Wait()
	s.Resources = res.list()
}

// renderSafely renders one body, turning a crash of the Markdown renderer
// into an error about the item's file, so a build reports it and a running
// `gongkai serve` survives it.
func renderSafely(it *content.Item, diags *diag.List, render func() *markdown.Doc) (doc *markdown.Doc) {
	defer func() {
		if r := recover(); r != nil {
			diags.Errorf(it.File, it.BodyLine, "gongkai failed rendering this text (internal error: %v); please report it together with the file", r)
			doc = &markdown.Doc{}
		}
	}()
	return render()
}

// links resolves the links of one item's body.
type links struct {
	site   *Site
	from   *content.Item
	byFile map[string]*content.Item
	byPath map[string]*content.Item
	res    *resources
	diags  *diag.List
	// mayExist reports files that are neither items nor resources but may
	// exist: their own error is reported, so a link to them is not.
	mayExist func(file string) bool
}

// resources records which files under content/ published items link to:
// only those are copied, so a file beside an internal item never leaks.
type resources struct {
	exists map[string]bool
	mu     sync.Mutex
	used   map[string]bool
}

func (r *resources) use(file string) bool {
	if !r.exists[file] {
		return false
	}
	r.mu.Lock()
	r.used[file] = true
	r.mu.Unlock()
	return true
}

func (r *resources) list() []string {
	out := make([]string, 0, len(r.used))
	for f := range r.used {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}

func (l *links) resolve(dest string, line int) (string, bool) {
	if dest == "" || strings.HasPrefix(dest, "#") || strings.Contains(dest, "://") || strings.HasPrefix(dest, "mailto:") || strings.HasPrefix(dest, "tel:") || strings.HasPrefix(dest, "//") {
		return "", false
	}
	p, frag, _ := strings.Cut(dest, "#")
	if frag != "" {
		frag = "#" + frag
	}
	if strings.HasSuffix(p, ".md") {
		return l.toItem(dest, p, frag, line)
	}
	if strings.HasPrefix(p, "/") {
		if target := l.byPath[strings.TrimPrefix(strings.TrimSuffix(p, "/"), "/")+"/"]; target != nil {
			l.check(dest, target, line)
		}
		return l.site.BasePath + strings.TrimPrefix(p, "/") + frag, true
	}
	// A file beside the item (an image, an attachment): pages live one level
	// deeper than their files, so make the address absolute.
	file := path.Join(path.Dir(l.from.File), p)
	if !strings.HasPrefix(file, content.Dir+"/") {
		return "", false
	}
	if !l.res.use(file) {
		if l.mayExist(file) {
			return "", false
		}
		l.diags.Errorf(l.from.File, line, "link to %q: there is no file %s; put the file beside the item or fix the name", dest, file)
		return "", false
	}
	return l.site.BasePath + content.ResourcePath(file) + frag, true
}

func (l *links) toItem(dest, p, frag string, line int) (string, bool) {
	var file string
	if strings.HasPrefix(p, "/") {
		file = path.Join(content.Dir, p)
	} else {
		file = path.Join(path.Dir(l.from.File), p)
	}
	target := l.byFile[file]
	if target == nil {
		target = l.byFile[strings.TrimSuffix(file, ".md")+"/index.md"]
	}
	if target == nil && (l.mayExist(file) || l.mayExist(strings.TrimSuffix(file, ".md")+"/index.md")) {
		return "", false
	}
	if target == nil {
		files := make([]string, 0, len(l.byFile))
		for f := range l.byFile {
			files = append(files, f)
		}
		hint := ""
		if m := diag.Suggest(file, files); m != "" {
			hint = " (did you mean " + m + "?)"
		}
		l.diags.Errorf(l.from.File, line, "link to %q points to no item: there is no %s%s", dest, file, hint)
		return "", false
	}
	l.check(dest, target, line)
	return l.site.BasePath + target.Path + frag, true
}

// check reports a link that would lead a reader to a page they cannot see.
func (l *links) check(dest string, target *content.Item, line int) {
	switch {
	case target.Internal() && !l.from.Internal():
		l.diags.Errorf(l.from.File, line, "link to %q: %s is internal (党内公开) and this item is public; a public item must not point to it — remove the link or make this item internal", dest, target.ID)
	case target.Draft && !l.from.Draft:
		l.diags.Errorf(l.from.File, line, "link to %q: %s is a draft, so the link would be dead; publish it first (draft = false) or remove the link", dest, target.ID)
	case target.Date.After(l.site.Now) && !l.from.Date.After(l.site.Now):
		l.diags.Errorf(l.from.File, line, "link to %q: %s is dated %s, after today, so the link would be dead until then", dest, target.ID, target.Date)
	}
}
