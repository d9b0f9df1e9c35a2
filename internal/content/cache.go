package content

import (
	"bytes"
	"hash/maphash"
	"io/fs"
	"strings"
	"sync"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/sitefs"
)

// Cache keeps parsed files between loads, for `gongkai serve`: Load reads
// again only the files reported changed since the last load (and files it
// has not seen), and returns the very same *Item for every other file.
// Everything is forgotten when the site configuration is not the one of the
// last load, because parsing resolves labels against it.
//
// The watcher must report every change: a file changed behind the cache's
// back keeps its old item until it is reported, or until Reset.
type Cache struct {
	mu       sync.Mutex
	site     *config.Site
	reserved *Addresses
	seed     maphash.Seed
	files    map[string]*cached // by path, "content/cadre/wang.md"
	next     map[string]*cached // the files seen by the load in progress

	// The walk of content/ is kept while only files it found change: then
	// no file was added, removed or renamed, and no walk is needed.
	list    *listing
	known   map[string]bool // every path of list
	touched []string        // paths of list reported changed since the last load
}

type cached struct {
	item   *Item
	broken *Item // when the file has errors: as much of it as could be read
	diags  []diag.Diagnostic
	front  uint64 // hash of the path and the front matter
	shape  uint64 // front without the values of DisplayKeys (shapeOf), or front
}

// NewCache returns an empty cache.
func NewCache() *Cache {
	return &Cache{seed: maphash.MakeSeed(), files: map[string]*cached{}}
}

// Changed forgets paths: files, or folders with every file under them.
// Paths are slash-separated and relative to the site folder.
func (c *Cache) Changed(paths ...string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, p := range paths {
		c.forget(p)
		if c.known[p] {
			c.touched = append(c.touched, p) // still there? Load checks
		} else if p == Dir || strings.HasPrefix(p, Dir+"/") {
			c.list = nil // a new file, or a folder: walk again
		}
	}
}

func (c *Cache) forget(p string) {
	delete(c.files, p)
	if strings.HasSuffix(p, ".md") {
		return
	}
	for f := range c.files {
		if strings.HasPrefix(f, p+"/") {
			delete(c.files, f)
		}
	}
}

// Reset forgets everything.
func (c *Cache) Reset() {
	c.mu.Lock()
	c.files, c.list, c.known, c.touched = map[string]*cached{}, nil, nil, nil
	c.mu.Unlock()
}

// listing returns the files under content/: the last walk's while only
// files it found changed and all of them are still there, else a new walk.
func (c *Cache) listing(fsys fs.FS) listing {
	c.mu.Lock()
	defer c.mu.Unlock()
	list, touched := c.list, c.touched
	c.touched = nil
	for _, p := range touched {
		if fi, err := fs.Stat(fsys, p); err != nil || fi.IsDir() {
			list = nil
		}
	}
	if list != nil {
		return *list
	}
	l := walk(fsys)
	if len(l.diags) > 0 {
		// A folder made readable again may not be reported as a change:
		// walk again next time while anything was wrong.
		c.list, c.known = nil, nil
		return l
	}
	c.list, c.known = &l, make(map[string]bool, len(l.files)+len(l.resources))
	for _, f := range l.files {
		c.known[f] = true
	}
	for _, f := range l.resources {
		c.known[f] = true
	}
	return l
}

// Load is Load, reading only new and changed files. It is not safe to call
// Load twice at once.
func (c *Cache) Load(fsys fs.FS, site *config.Site, reserved *Addresses) (*Set, []diag.Diagnostic) {
	c.mu.Lock()
	if site != c.site || reserved != c.reserved {
		c.site, c.reserved, c.files = site, reserved, map[string]*cached{}
	}
	c.next = make(map[string]*cached, len(c.files))
	c.mu.Unlock()
	l := c.listing(fsys)
	set, diags := parseListed(l, func(file string) (*Item, *Item, []diag.Diagnostic) { return c.parse(fsys, site, reserved, file) })
	c.mu.Lock()
	c.files, c.next = c.next, nil
	c.mu.Unlock()
	set.Reserved = reserved
	return set, diags
}

func (c *Cache) parse(fsys fs.FS, site *config.Site, reserved *Addresses, file string) (*Item, *Item, []diag.Diagnostic) {
	c.mu.Lock()
	e := c.files[file]
	c.mu.Unlock()
	if e == nil {
		e = c.read(fsys, site, reserved, file)
	}
	c.mu.Lock()
	c.next[file] = e
	c.mu.Unlock()
	return e.item, e.broken, e.diags
}

func (c *Cache) read(fsys fs.FS, site *config.Site, reserved *Addresses, file string) *cached {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return &cached{broken: stub(file), diags: []diag.Diagnostic{{File: file, Msg: sitefs.Unreadable(file, false, err)}}}
	}
	it, broken, ds := parsed(site, reserved, file, data)
	e := &cached{item: it, broken: broken, diags: ds, front: maphash.String(c.seed, file+"\x00"+string(data))}
	e.shape = e.front
	if it != nil {
		e.front = maphash.String(c.seed, file+"\x00"+string(frontOf(data, it.Body)))
		e.shape = e.front
		if sum, ok := shapeOf(c.seed, file, data); ok {
			e.shape = sum
		}
	}
	return e
}

// frontOf is the file without its body: what every field but Body comes
// from. If the body is not where Parse found it, it is the whole file.
func frontOf(data, body []byte) []byte {
	norm := bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	if !bytes.HasSuffix(norm, body) {
		return data
	}
	return norm[:len(norm)-len(body)]
}

// Fronts is a fingerprint of the files of the last load without their
// bodies: it changes when a file is added, removed, renamed or has its front
// matter changed, and stays the same when only bodies change.
func (c *Cache) Fronts() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	var sum uint64
	for _, e := range c.files {
		sum += e.front // order does not matter: the map has no order
	}
	return sum
}

// Shapes is Fronts without the values of DisplayKeys: it changes when a
// file is added, removed, renamed or has its front matter changed, except
// when only a title, number or summary changed.
func (c *Cache) Shapes() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	var sum uint64
	for _, e := range c.files {
		sum += e.shape
	}
	return sum
}
