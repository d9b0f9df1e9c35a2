package output

import (
	"sync"

	"github.com/gongkai/gongkai/internal/model"
)

// Memo keeps what several files of a channel share, such as a board's
// layout, which both its sheet page and the print room's index show.
//
// Value returns what make makes for key. shows are the items whose bodies
// the value depends on, as File.Shows: everything else it may depend on
// (site.toml, layouts, --now, any item's front matter) is covered the way
// it is for files. In one build, make runs at most once per key, whichever
// file asks first, and the others wait for it. A build of `gongkai serve`
// (build.Session) also returns a value made by an earlier build while
// nothing it depends on changed. So a value is shared: its users must not
// change it, and it should not hold the model.Site, or every build it
// outlives stays in memory.
type Memo interface {
	Value(key string, shows []*model.Item, make func() (any, error)) (any, error)
}

// Once is the Memo of a full build: each key made once, nothing kept.
func Once() Memo { return &once{cells: map[string]*Cell{}} }

type once struct {
	mu    sync.Mutex
	cells map[string]*Cell
}

func (o *once) Value(key string, _ []*model.Item, make func() (any, error)) (any, error) {
	o.mu.Lock()
	c := o.cells[key]
	if c == nil {
		c = &Cell{}
		o.cells[key] = c
	}
	o.mu.Unlock()
	return c.Get(key, make)
}

// Cell is one value of a Memo, made once. A crash in make is its error,
// for every file that asks, so no file goes on with a half-made value.
type Cell struct {
	once sync.Once
	v    any
	err  error
	ok   bool
}

// Get makes the value, or waits for it while another goroutine makes it.
func (c *Cell) Get(key string, make func() (any, error)) (any, error) {
	c.once.Do(func() {
		c.err = Safely(key, func() (err error) {
			c.v, err = make()
			return err
		})
		c.ok = c.err == nil
	})
	return c.v, c.err
}

// OK reports whether the value was made without an error. Call it only
// once every Get has returned.
func (c *Cell) OK() bool { return c.ok }
