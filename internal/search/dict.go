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
	short map[uint64]uint32 // tokens of up to 7 bytes (most: a Han character, a pair of them), packed (shortKey)
	ids   map[string]uint32 // longer tokens
	toks  []entry           // by number
	calls uint32            // the Adds so far, the serial of the one under way
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
func NewDict() *Dict { return &Dict{short: map[uint64]uint32{}, ids: map[string]uint32{}} }

// shortKey packs a token of up to 7 bytes into a map key: its bytes and
// its length, so that looking it up hashes a word, not a string.
func shortKey(t string) uint64 {
	k := uint64(len(t)) << 56
	for i := 0; i < len(t); i++ {
		k |= uint64(t[i]) << (8 * i)
	}
	return k
}

// Add numbers the tokens of text and returns them as Words. The tokens
// are gathered, as spans of text, before the Dict is locked, so that
// workers adding bodies wait for each other only while they look numbers
// up.
func (d *Dict) Add(text string) Words {
	g := gatherers.Get().(*gatherer)
	defer gatherers.Put(g)
	g.gather(text)
	d.mu.Lock()
	d.calls++
	for _, sp := range g.spans {
		d.note(g, d.id(text[sp[0]:sp[1]]))
	}
	for _, t := range g.folded {
		d.note(g, d.id(t))
	}
	d.mu.Unlock()
	slices.Sort(g.ids)
	out := make(Words, 0, len(g.ids)+len(g.ids)/2)
	prev := uint32(0)
	for _, id := range g.ids {
		out = binary.AppendUvarint(out, uint64(id-prev))
		prev = id
	}
	return slices.Clip(out)
}

// note adds id to g.ids the first time this Add meets it. d.mu is held.
func (d *Dict) note(g *gatherer, id uint32) {
	if e := &d.toks[id]; e.seen != d.calls {
		e.seen = d.calls
		g.ids = append(g.ids, id)
	}
}

// gatherer holds the tokens of one text that the others follow from: each
// pair of neighbouring units, and each unit alone in its run (split gives
// back the units of a pair); those that are the text as it is as spans of
// it, the others folded; and the numbers found. It is reused from text to
// text (gatherers).
type gatherer struct {
	sc     scanner
	spans  [][2]int32
	folded []string
	ids    []uint32
}

var gatherers = sync.Pool{New: func() any { return new(gatherer) }}

// gather finds the tokens of text.
func (g *gatherer) gather(text string) {
	g.spans, g.folded, g.ids = g.spans[:0], g.folded[:0], g.ids[:0]
	clear(g.folded[:cap(g.folded)]) // let go of the last text's strings
	g.sc.scan(text, func(run []unit) {
		if len(run) == 1 {
			g.unit(text, run[0])
		}
		for i := 1; i < len(run); i++ {
			g.pair(text, run[i-1], run[i])
		}
	})
}

// unit adds a unit alone in its run.
func (g *gatherer) unit(text string, u unit) {
	if u.raw() {
		g.spans = append(g.spans, [2]int32{u.start, u.end})
		return
	}
	g.folded = append(g.folded, g.sc.str(text, u))
}

// pair adds the pair of neighbouring units a and b (pair).
func (g *gatherer) pair(text string, a, b unit) {
	if a.raw() && b.raw() {
		g.spans = append(g.spans, [2]int32{a.start, b.end})
		return
	}
	g.folded = append(g.folded, g.sc.pair(text, a, b))
}

// id is the number of the token t, which it is given if it has none yet,
// and a pair's units theirs. d.mu is held.
func (d *Dict) id(t string) uint32 {
	short := len(t) < 8
	if short {
		if id, ok := d.short[shortKey(t)]; ok {
			return id
		}
	} else if id, ok := d.ids[t]; ok {
		return id
	}
	t = strings.Clone(t) // not a slice of the body, which is let go
	e := entry{s: t, unit: [2]uint32{noUnit, noUnit}}
	if a, b, ok := split(t); ok {
		e.unit = [2]uint32{d.id(a), d.id(b)}
	}
	id := uint32(len(d.toks))
	if short {
		d.short[shortKey(t)] = id
	} else {
		d.ids[t] = id
	}
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
