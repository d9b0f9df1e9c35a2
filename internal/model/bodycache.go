package model

import (
	"bytes"
	"sync"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/search"
)

// BodyCache remembers rendered bodies between builds, for `gongkai serve`.
// A body is rendered again when its file, first line or text changed, or
// when one of its links now resolves differently (its target was renamed,
// made internal, deleted…). Otherwise the cached Doc is used, and its links
// are resolved again all the same, so the diagnostics and the list of linked
// files are those of a fresh render.
//
// A cache serves one Markdown configuration (markdown.Options): make a new
// one when site.toml changes. Builds using one cache must not run at once.
type BodyCache struct {
	old    map[string]*body // by file: what the last build used
	mu     sync.Mutex
	cur    map[string]*body // what this build uses
	search *search.Memo     // the items' search tokens, by rendered body (SearchMemo)
}

type body struct {
	line  int
	src   []byte
	doc   *markdown.Doc
	calls []linkCall // every call of the resolver while rendering, in order
}

type linkCall struct {
	dest string
	line int
	out  string
	ok   bool
}

// NewBodyCache returns an empty cache.
func NewBodyCache() *BodyCache { return &BodyCache{cur: map[string]*body{}, search: search.NewMemo()} }

// SearchMemo is the memo of the items' search tokens kept with the bodies
// from build to build (serve), keyed by their *markdown.Doc, which is the
// same while the body is; nil in a build that keeps no bodies between
// builds or lets them go (Drop).
func (s *Site) SearchMemo() *search.Memo { return s.memo }

// begin starts a build: what the previous build did not use is dropped.
func (c *BodyCache) begin() {
	c.old, c.cur = c.cur, map[string]*body{}
}

// render returns the item's Doc, from the cache when it is still right.
// newLinks makes the item's link resolver reporting to the list it is given.
func (c *BodyCache) render(md *markdown.Renderer, it *content.Item, newLinks func(*diag.List) *links, diags *diag.List) *markdown.Doc {
	b := c.old[it.File] // old is only read while a build runs
	if b != nil && b.line == it.BodyLine && bytes.Equal(b.src, it.Body) {
		if len(b.calls) == 0 {
			c.keep(it.File, b)
			return b.doc
		}
		var scratch diag.List
		if b.replay(newLinks(&scratch).resolve) {
			diags.Append(scratch.Sorted()...)
			c.keep(it.File, b)
			return b.doc
		}
	}
	b = &body{line: it.BodyLine, src: it.Body}
	resolve := newLinks(diags).resolve
	b.doc = md.Render(it.Body, it.BodyLine, func(dest string, line int) (string, bool) {
		out, ok := resolve(dest, line)
		b.calls = append(b.calls, linkCall{dest, line, out, ok})
		return out, ok
	})
	c.keep(it.File, b)
	return b.doc
}

func (c *BodyCache) keep(file string, b *body) {
	c.mu.Lock()
	c.cur[file] = b
	c.mu.Unlock()
}

// replay resolves the recorded links again and reports whether every one
// resolves as it did: then the rendered HTML is the same too.
func (b *body) replay(resolve markdown.Resolver) bool {
	for _, call := range b.calls {
		out, ok := resolve(call.dest, call.line)
		if out != call.out || ok != call.ok {
			return false
		}
	}
	return true
}
