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
// other units following from the pairs. An Index made over the Dict
// (NewIndex) adds them by number, never as strings again. Safe for
// concurrent use. The numbers depend on the order bodies were added in,
// and never reach output: Each gives the tokens, the shards are sorted by
// token.
type Dict struct {
	mu    sync.Mutex
	ids   map[string]uint32
	toks  []entry // by number
	calls uint32  // the Adds so far, the serial of the one under way
}

// entry is a numbered token: its text and, for a pair, its two units'
// numbers; seen is the serial of the last Add that met it.
type entry struct {
	s    string
	unit [2]uint32
	seen uint32
}

// noUnit marks an entry that is a unit, not a pair.
const noUnit = ^uint32(0)

// Words are the distinct tokens of a text as their numbers in a Dict,
// ascending, each written as its difference from the one before (uvarint).
type Words []byte

// NewDict returns an empty Dict.
func NewDict() *Dict { return &Dict{ids: map[string]uint32{}} }

// Add numbers the tokens of text and returns them as Words. The tokens are
// gathered before the Dict is locked, so that workers adding bodies wait
// for each other only while they look numbers up.
func (d *Dict) Add(text string) Words {
	toks := make([]string, 0, len(text)/3+4) // a Han character (3 bytes) makes at most one pair
	pairs(text, func(t string) { toks = append(toks, t) })
	ids := make([]uint32, 0, len(toks))
	d.mu.Lock()
	d.calls++
	for _, t := range toks {
		id := d.id(t)
		if e := &d.toks[id]; e.seen != d.calls {
			e.seen = d.calls
			ids = append(ids, id)
		}
	}
	d.mu.Unlock()
	slices.Sort(ids)
	out := make(Words, 0, len(ids)+len(ids)/2)
	prev := uint32(0)
	for _, id := range ids {
		out = binary.AppendUvarint(out, uint64(id-prev))
		prev = id
	}
	return slices.Clip(out)
}

// id is the number of the token t, which it is given if it has none yet,
// and a pair's units theirs. d.mu is held.
func (d *Dict) id(t string) uint32 {
	if id, ok := d.ids[t]; ok {
		return id
	}
	t = strings.Clone(t) // not a slice of the body, which is let go
	e := entry{s: t, unit: [2]uint32{noUnit, noUnit}}
	if a, b, ok := split(t); ok {
		e.unit = [2]uint32{d.id(a), d.id(b)}
	}
	id := uint32(len(d.toks))
	d.ids[t] = id
	d.toks = append(d.toks, e)
	return id
}

// each calls f with the number of every token of w: each number of w and,
// for a pair, its units' (a number may come more than once). d.mu is held.
func (d *Dict) each(w Words, f func(id uint32)) {
	id := uint64(0)
	for len(w) > 0 {
		delta, n := binary.Uvarint(w)
		w = w[n:]
		id += delta
		f(uint32(id))
		if u := d.toks[id].unit; u[0] != noUnit {
			f(u[0])
			f(u[1])
		}
	}
}

// Each calls f with every token of w (a token may come more than once).
func (d *Dict) Each(w Words, f func(string)) {
	d.mu.Lock()
	var toks []string
	d.each(w, func(id uint32) { toks = append(toks, d.toks[id].s) })
	d.mu.Unlock()
	for _, t := range toks {
		f(t)
	}
}
