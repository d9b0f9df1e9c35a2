package search

import (
	"hash/maphash"
	"sync"
)

// Memo keeps the tokens of items from index to index, for serve, whose
// builds index every listed item again after each save: an item whose
// body (the same rendered text: Key.Body) and indexed fields (Key.Fields)
// are unchanged is not read again. Safe for concurrent use; indexes made
// at once through it share one Dict.
type Memo struct {
	mu   sync.Mutex
	cur  *memoGen
	seed maphash.Seed
	sums []uint64 // the shards' fingerprints the last index found (Changed)
}

// memoGen is a Dict and the tokens found in its numbers. A Memo starts a
// new one when the Dict has grown far past what the items use (the tokens
// of edited bodies pile up).
type memoGen struct {
	dict  *Dict
	base  int // tokens in dict after the first index
	mu    sync.Mutex
	items map[Key]*memoEntry
	uses  int // indexes made
}

type memoEntry struct {
	body   Words    // the body's tokens (Words: pairs, their units implied)
	fields []uint32 // the fields' tokens, each as it is
	used   int      // the last index that took it (memoGen.uses)
}

// Key names what an item's tokens are made of: its rendered body (a value
// that is the same while the body's text is, such as a pointer to it) and
// the text of every field the index adds.
type Key struct {
	Body   any
	Fields string
}

// NewMemo returns an empty Memo.
func NewMemo() *Memo { return &Memo{seed: maphash.MakeSeed()} }

// Sums is Shards.Sums with the memo's seed, and how many of them differ
// from those the last call returned (all, the first time or when their
// number changed): the shards a build will write anew.
func (m *Memo) Sums(s *Shards) (sums []uint64, changed int) {
	sums = s.Sums(m.seed)
	m.mu.Lock()
	defer m.mu.Unlock()
	for i, sum := range sums {
		if len(m.sums) != len(sums) || m.sums[i] != sum {
			changed++
		}
	}
	m.sums = sums
	return sums, changed
}

// MemoIndex is one index made through a Memo.
type MemoIndex struct {
	x   *Index
	gen *memoGen
	use int
}

// Index starts an empty index over the memo's Dict.
func (m *Memo) Index() *MemoIndex {
	m.mu.Lock()
	g := m.cur
	if g == nil || g.base > 0 && g.dict.Len() > 2*g.base+4096 {
		g = &memoGen{dict: NewDict(), items: map[Key]*memoEntry{}}
		m.cur = g
	}
	m.mu.Unlock()
	g.mu.Lock()
	g.uses++
	use := g.uses
	g.mu.Unlock()
	return &MemoIndex{x: NewIndex(g.dict), gen: g, use: use}
}

// Add adds the next item, as Index.Add(body's Words, fields) would: the
// tokens of body and those fields calls add with, taken from the memo
// when key is known.
func (mx *MemoIndex) Add(key Key, body func() string, fields func(add func(string))) {
	g := mx.gen
	g.mu.Lock()
	e := g.items[key]
	g.mu.Unlock()
	if e == nil {
		e = &memoEntry{}
		if body != nil {
			e.body = g.dict.Add(body())
		}
		g.dict.mu.Lock()
		fields(func(t string) { e.fields = append(e.fields, g.dict.id(t)) })
		g.dict.mu.Unlock()
		g.mu.Lock()
		g.items[key] = e
		g.mu.Unlock()
	}
	g.mu.Lock()
	e.used = max(e.used, mx.use)
	g.mu.Unlock()
	mx.x.addIDs(e.body, e.fields)
}

// Done returns the index, every item added, and lets the memo forget the
// items no recent index took.
func (mx *MemoIndex) Done() *Index {
	g := mx.gen
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.base == 0 {
		g.base = g.dict.Len()
	}
	if len(g.items) > 2*int(mx.x.items)+64 {
		for k, e := range g.items {
			if e.used < mx.use-1 {
				delete(g.items, k)
			}
		}
	}
	return mx.x
}

// Len is how many tokens d numbers.
func (d *Dict) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.toks)
}

// addIDs adds the next item: the tokens of words and those numbered ids.
func (x *Index) addIDs(words Words, ids []uint32) {
	x.addItem(words, func(_ *Dict, add func(uint32)) {
		for _, id := range ids {
			add(id)
		}
	})
}
