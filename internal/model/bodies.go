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

// later is what rendering the bodies needs, kept from Build to
// RenderBodies.
type later struct {
	md    *markdown.Renderer
	cache *BodyCache
	set   *content.Set
}

// RenderBodies draws the powers' flowcharts, renders every published body
// in parallel and returns the problems found. Build calls it,
// unless it was asked to leave the bodies (Options.Later) to its caller,
// which calls it once, before anything reads a body.
//
// sink, when not nil, is called with each item as soon as its body is
// rendered, on the worker that rendered it (so at most one body per
// worker is between rendering and sink), with its whole HTML and text:
// the place for whatever is made of each body in turn (build.Run writes
// the item's page there). After sink returns, a build that lets bodies go
// (Drop) cuts the text to what summaries read and lets go of the source.
func (s *Site) RenderBodies(sink func(*Item)) []diag.Diagnostic {
	if s == nil || s.later == nil {
		return nil
	}
	l := s.later
	s.later = nil
	var diags diag.List
	s.drawCharts(&diags) // before the bodies: an item's page shows its chart
	if s.public != nil {
		s.public.drawCharts(&diag.List{}) // its problems are the internal edition's, reported above
	}
	s.renderBodies(l.md, l.cache, s.drop, l.set, sink, &diags)
	if s.public != nil {
		for _, it := range s.public.Items {
			own := s.byID[it.ID]
			it.Doc = own.Doc
			if it.Body == nil && own.Body != nil {
				it.Item.Body = own.Body // read again (content.Set.Body) for a carried item
			}
		}
	}
	s.drop.rest(s)
	return diags.Sorted()
}

// renderBodies renders every published body in parallel.
// With a cache, unchanged bodies are taken from it.
// With drop, what of each body the build reads no more is let go as soon
// as it is rendered.
func (s *Site) renderBodies(md *markdown.Renderer, cache *BodyCache, drop *dropping, set *content.Set, sink func(*Item), diags *diag.List) {
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
				if sink != nil {
					sink(it)
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
		return md.Render(source(set, s.drop, it, diags), it.BodyLine, newLinks(diags).resolve)
	})
	for _, p := range it.Doc.Problems {
		diags.Errorf(it.File, p.Line, "%s", p.Msg)
	}
}

// source is the item's Markdown source: its Body, or, when the set was
// read without bodies (content.LoadFronts), its file read again. A
// carried item keeps the source read again (drop.body lets go of the
// others'): its blocks and a board's messages read it.
func source(set *content.Set, drop *dropping, it *Item, diags *diag.List) []byte {
	src, err := set.Body(it.Item)
	if err != nil {
		diags.Errorf(it.File, it.BodyLine, "%v", err)
		return nil
	}
	if it.Body == nil && drop.keeps(it) {
		it.Item.Body = src
	}
	return src
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
