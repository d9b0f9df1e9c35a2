package build

import (
	"sync"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/model"
)

// fileCache keeps the fingerprint of each output file from build to build,
// with what it was made of, so that a file whose inputs are the same items
// as read then (*content.Item: a changed file is a new one) is not
// fingerprinted again: on a body edit, only the files that show or list
// the edited item, or lead to it, are. Entries are checked whole, never
// trusted: the plan may put other items on a path.
type fileCache struct {
	mu sync.Mutex
	m  map[string]fileEntry // by output path
}

// fileEntry is one file's fingerprint and its inputs besides global.
type fileEntry struct {
	global       uint64
	kind         string
	all, anyItem bool // the arguments of sums.of
	same         bool // lists is shows (a list page)
	shows, lists []*content.Item
	extra        []*content.Item // the items related leads to besides shows and lists
	allSum       uint64          // sums.all, when all
	display      uint64          // sums.display, when anyItem
	sum          uint64
}

// made completes e, the fingerprint of a file just made, with its items.
func (e fileEntry) made(f *sums, shows, lists []*model.Item, extra []*content.Item) fileEntry {
	e.shows = contentOf(shows)
	if !e.same {
		e.lists = contentOf(lists)
	}
	e.extra, e.allSum, e.display = extra, f.all, f.display
	return e
}

// reuse returns the fingerprint an earlier build made of the file at path
// if it is the same file (want's arguments) made of the same items, all
// unchanged since.
func (c *fileCache) reuse(path string, f *sums, want fileEntry, shows, lists []*model.Item) (uint64, bool) {
	c.mu.Lock()
	e, ok := c.m[path]
	c.mu.Unlock()
	if !ok || e.global != want.global || e.kind != want.kind || e.all != want.all ||
		e.anyItem != want.anyItem || e.same != want.same {
		return 0, false
	}
	if e.all && e.allSum != f.all || e.anyItem && e.display != f.display {
		return 0, false
	}
	if !sameContent(e.shows, shows) || !e.same && !sameContent(e.lists, lists) || !f.current(e.extra) {
		return 0, false
	}
	return e.sum, true
}

func (c *fileCache) put(path string, e fileEntry) {
	c.mu.Lock()
	c.m[path] = e
	c.mu.Unlock()
}

// prune forgets every file once they are far more than a build writes
// (the paths of renamed and removed items pile up).
func (c *fileCache) prune(files int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) > 2*files+64 {
		clear(c.m)
	}
}

func contentOf(items []*model.Item) []*content.Item {
	out := make([]*content.Item, len(items))
	for i, it := range items {
		out[i] = it.Item
	}
	return out
}

// sameContent reports whether items are the items of stored, in order.
func sameContent(stored []*content.Item, items []*model.Item) bool {
	if len(stored) != len(items) {
		return false
	}
	for i, it := range items {
		if it.Item != stored[i] {
			return false
		}
	}
	return true
}
