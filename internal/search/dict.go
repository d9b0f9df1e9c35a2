package search

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"
)

// Dict numbers the tokens of a build's bodies, so that an item keeps its
// body's tokens as a few bytes (Words) once its text is let go
// (model.Drop): its pairs of units and its units alone in their runs, the
// other units following from the pairs. Safe for concurrent use. The numbers depend on the order
// bodies were added in, and never reach output: Each gives the tokens.
type Dict struct {
	mu    sync.Mutex
	ids   map[string]uint32
	words []string
}

// Words are the distinct tokens of a text as their numbers in a Dict,
// ascending, each written as its difference from the one before (uvarint).
type Words []byte

// NewDict returns an empty Dict.
func NewDict() *Dict { return &Dict{ids: map[string]uint32{}} }

// Add numbers the tokens of text and returns them as Words.
func (d *Dict) Add(text string) Words {
	var toks []string
	pairs(text, func(t string) { toks = append(toks, t) })
	ids := make([]uint32, len(toks))
	d.mu.Lock()
	for i, t := range toks {
		id, ok := d.ids[t]
		if !ok {
			id = uint32(len(d.words))
			t = strings.Clone(t) // not a slice of the body, which is let go
			d.ids[t] = id
			d.words = append(d.words, t)
		}
		ids[i] = id
	}
	d.mu.Unlock()
	slices.Sort(ids)
	ids = slices.Compact(ids)
	out := make(Words, 0, len(ids)+len(ids)/2)
	prev := uint32(0)
	for _, id := range ids {
		out = binary.AppendUvarint(out, uint64(id-prev))
		prev = id
	}
	return slices.Clip(out)
}

// Each calls f with every token of w (a token may come more than once).
func (d *Dict) Each(w Words, f func(string)) {
	d.mu.Lock()
	words := d.words
	d.mu.Unlock()
	id := uint64(0)
	for len(w) > 0 {
		delta, n := binary.Uvarint(w)
		w = w[n:]
		id += delta
		expand(words[id], f)
	}
}
