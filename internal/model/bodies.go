package model

import (
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/markdown"
)

// renderBodies renders every published body in parallel.
// With a cache, unchanged bodies are taken from it.
// With drop, what of each body the build reads no more is let go as soon
// as it is rendered.
func (s *Site) renderBodies(md *markdown.Renderer, cache *BodyCache, drop *dropping, set *content.Set, diags *diag.List) {
	res := &resources{used: map[string]bool{}}
	idx := newLinkIndex(s, set)
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
					return &links{site: s, from: it.Item, idx: idx, res: res, diags: d, mayExist: set.MayExist}
				}
				it.Doc = renderSafely(it.Item, diags, func() *markdown.Doc {
					if cache != nil {
						return cache.render(md, it.Item, newLinks, diags)
					}
					return md.Render(it.Body, it.BodyLine, newLinks(diags).resolve)
				})
				for _, p := range it.Doc.Problems {
					diags.Errorf(it.File, p.Line, "%s", p.Msg)
				}
				drop.body(it)
			}
		})
	}
	wg.Wait()
	s.Resources = res.list()
	s.checkFieldAddresses(idx, diags)
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

// resources records which files under content/ published items link to:
// only those are copied, so a file beside an internal item never leaks.
type resources struct {
	mu   sync.Mutex
	used map[string]bool
}

func (r *resources) use(file string) {
	r.mu.Lock()
	r.used[file] = true
	r.mu.Unlock()
}

func (r *resources) list() []string {
	out := make([]string, 0, len(r.used))
	for f := range r.used {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}
