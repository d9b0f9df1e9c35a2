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
	var rec *rebodyState // with a cache (serve): what Rebody needs
	if cache != nil {
		cache.begin()
		rec = &rebodyState{idx: idx, set: set, bodies: make([]bodyRecord, len(s.Items))}
	}
	var wg sync.WaitGroup
	var next atomic.Int64 // workers take the next index: cheaper than a channel send per item
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(s.Items); i = int(next.Add(1) - 1) {
				it := s.Items[i]
				if rec != nil {
					rec.bodies[i] = s.renderRecorded(it, md, cache, idx, set)
					diags.Append(rec.bodies[i].diags...)
					res.add(rec.bodies[i].files)
				} else {
					s.renderBody(it, md, nil, idx, set, res, diags)
				}
				drop.body(it)
			}
		})
	}
	wg.Wait()
	s.Resources = res.list()
	s.checkFieldAddresses(idx, diags)
	s.rebody = rec
}

// renderBody renders the body of it (from cache, when it has it as it
// is), reporting its problems to diags and the files it links to to res.
func (s *Site) renderBody(it *Item, md *markdown.Renderer, cache *BodyCache, idx *linkIndex, set *content.Set, res *resources, diags *diag.List) {
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
	if r.used == nil {
		r.used = map[string]bool{}
	}
	r.used[file] = true
	r.mu.Unlock()
}

// add records files as used.
func (r *resources) add(files []string) {
	if len(files) == 0 {
		return
	}
	r.mu.Lock()
	for _, f := range files {
		r.used[f] = true
	}
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
