package build

import (
	"encoding/binary"
	"hash/maphash"
	"sync"
	"sync/atomic"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
)

// itemSum fingerprints one item's file: its body, and the values of its
// display fields (content.DisplayKeys), which the global fingerprint
// leaves out.
type itemSum struct{ body, display uint64 }

// itemSums fingerprints every published item. Items are the same pointers
// from build to build while their file is unchanged, so only new ones are
// hashed.
func (s *Session) itemSums(site *model.Site, global uint64) *sums {
	if s.relCache == nil {
		s.relCache = &relatedCache{m: map[*content.Item]relatedEntry{}}
		s.fileCache = &fileCache{m: map[string]fileEntry{}}
	}
	f := &sums{seed: s.seed, global: global, items: make(map[*content.Item]itemSum, len(site.Items)),
		related: make(map[*model.Item]relatedEntry, len(site.Items)), cache: s.relCache, files: s.fileCache}
	bodies, display := f.hash(), f.hash()
	for _, it := range site.Items {
		sum, ok := s.sums[it.Item]
		if !ok {
			sum = f.itemSum(it.Item)
		}
		f.items[it.Item] = sum
		putUint(bodies, sum.body)
		putUint(display, sum.display)
	}
	f.all, f.display = bodies.Sum64(), display.Sum64()
	s.sums = f.items
	s.relCache.prune(f.items)
	return f
}

// sums are the fingerprints of one build: what every file may depend on,
// and every published item's body and display fields. Finish reads them
// while the next Start makes its own.
type sums struct {
	seed    maphash.Seed
	global  uint64 // site.toml, layouts, --now, the shape of the front matter… (globalSum)
	items   map[*content.Item]itemSum
	all     uint64 // every body, in site order
	display uint64 // every item's display fields, in site order

	mu      sync.Mutex
	related map[*model.Item]relatedEntry // relatedSum of the items asked for so far
	cache   *relatedCache                // the session's, shared by its builds
	files   *fileCache                   // the session's, shared by its builds
	walks   atomic.Int64                 // related walks made (the others came from cache)
	fresh   atomic.Int64                 // files fingerprinted (the others came from cache)
}

func (f *sums) hash() *maphash.Hash {
	h := &maphash.Hash{}
	h.SetSeed(f.seed)
	return h
}

func (f *sums) itemSum(it *content.Item) itemSum {
	h := f.hash()
	h.WriteString(it.File)
	putUint(h, uint64(it.BodyLine))
	h.Write(it.Body)
	body := h.Sum64()
	h.Reset()
	h.WriteString(it.File + "\x00" + it.Title + "\x00" + it.Number + "\x00" + it.Summary)
	return itemSum{body: body, display: h.Sum64()}
}

func (f *sums) item(it *model.Item) itemSum {
	if sum, ok := f.items[it.Item]; ok {
		return sum
	}
	return f.itemSum(it.Item)
}

// file fingerprints one output file. A file rendered with a layout the
// site wrote (layout.Set.BySite) may show any body and list any item,
// whatever its channel says of the built-in theme's.
func (f *sums) file(o output.File, tpl *layout.Set) uint64 {
	kind := "file"
	if o.Raw {
		kind = "raw"
	}
	if o.Sum != nil && !(o.Layout != "" && tpl.BySite(o.Layout)) {
		h := f.hash()
		putUint(h, f.global)
		h.WriteString("sum\x00" + kind + "\x00" + o.Path + "\x00")
		putUint(h, o.Sum())
		return h.Sum64()
	}
	all := o.All || o.Layout != "" && tpl.BySite(o.Layout)
	anyItem := all || o.Lists == nil
	lists := o.Lists
	if anyItem {
		lists = nil
	}
	e := fileEntry{global: f.global, kind: kind, all: all, anyItem: anyItem, same: sameItems(o.Shows, lists)}
	if sum, ok := f.files.reuse(o.Path, f, e, o.Shows, lists); ok {
		return sum
	}
	f.fresh.Add(1)
	var extra []*content.Item
	e.sum = f.of(kind, o.Path, all, o.Shows, anyItem, lists, &extra)
	f.files.put(o.Path, e.made(f, o.Shows, lists, extra))
	return e.sum
}

// of fingerprints what shows the bodies of shows (or of every item, with
// all) and the display fields of shows, lists and the items they lead to
// (related), or of every item, with anyItem: a file, or a value of a memo.
// It adds to extra, if not nil, the items the related ones bring besides
// shows and lists.
func (f *sums) of(kind, name string, all bool, shows []*model.Item, anyItem bool, lists []*model.Item, extra *[]*content.Item) uint64 {
	h := f.hash()
	putUint(h, f.global)
	h.WriteString(kind + "\x00" + name + "\x00")
	listed := !all && !anyItem
	if all {
		h.WriteByte('a')
		putUint(h, f.all)
	} else {
		for _, it := range shows { // an item's sums name its file: no id needed
			putUint(h, f.item(it).body)
			if listed {
				putUint(h, f.relatedSum(it, extra))
			}
		}
	}
	if !listed {
		h.WriteByte('d')
		putUint(h, f.display)
		return h.Sum64()
	}
	h.WriteByte('l')
	if sameItems(shows, lists) {
		return h.Sum64() // a list page shows and lists its rows: hashed above
	}
	for _, it := range lists {
		putUint(h, f.relatedSum(it, extra))
	}
	return h.Sum64()
}

// sameItems reports whether a and b are the same slice.
func sameItems(a, b []*model.Item) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// relatedSum fingerprints the display fields of it and of the items it
// leads to (related): what a page listing it may show of them. It is made
// once per item and build. It adds to extra, if not nil, the items it
// leads to besides itself.
func (f *sums) relatedSum(it *model.Item, extra *[]*content.Item) uint64 {
	f.mu.Lock()
	e, ok := f.related[it]
	f.mu.Unlock()
	if !ok {
		e = f.relatedFresh(it)
		f.mu.Lock()
		f.related[it] = e
		f.mu.Unlock()
	}
	if extra != nil && len(e.rel) > 1 {
		*extra = append(*extra, e.rel[1:]...)
	}
	return e.sum
}

// relatedFresh is relatedSum as an earlier build made it, if the items it
// was made of are all unchanged (a changed file is a new *content.Item)
// and the global fingerprint is the same, so that the same items are
// related; otherwise it is made anew by walking the item's fields.
func (f *sums) relatedFresh(it *model.Item) relatedEntry {
	if e, ok := f.cache.get(it.Item); ok && e.global == f.global && f.current(e.rel) {
		return e
	}
	f.walks.Add(1)
	items := related([]*model.Item{it})
	rel := make([]*content.Item, len(items))
	h := f.hash()
	for i, r := range items {
		rel[i] = r.Item
		putUint(h, f.item(r).display)
	}
	e := relatedEntry{global: f.global, rel: rel, sum: h.Sum64()}
	f.cache.put(it.Item, e)
	return e
}

// current reports whether every item of rel is published in this build
// as the build that fingerprinted it read it.
func (f *sums) current(rel []*content.Item) bool {
	for _, r := range rel {
		if _, ok := f.items[r]; !ok {
			return false
		}
	}
	return true
}

// relatedCache keeps relatedSum from build to build, by the item's file
// as read (*content.Item). What the items lead to is set by their front
// matter but the display fields, site.toml and --now: the global
// fingerprint an entry was made with.
type relatedCache struct {
	mu sync.Mutex
	m  map[*content.Item]relatedEntry
}

type relatedEntry struct {
	global uint64
	rel    []*content.Item // the item, then those it leads to (related), in order
	sum    uint64
}

func (c *relatedCache) get(it *content.Item) (relatedEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[it]
	return e, ok
}

func (c *relatedCache) put(it *content.Item, e relatedEntry) {
	c.mu.Lock()
	c.m[it] = e
	c.mu.Unlock()
}

// prune forgets the entries of files no longer read as they were, once
// they are many, so that a long session does not keep every edit.
func (c *relatedCache) prune(items map[*content.Item]itemSum) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) <= 2*len(items)+64 {
		return
	}
	for it := range c.m {
		if _, ok := items[it]; !ok {
			delete(c.m, it)
		}
	}
}

func putUint(h *maphash.Hash, v uint64) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], v)
	h.Write(b[:])
}
