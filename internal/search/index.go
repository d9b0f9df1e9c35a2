package search

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"hash/fnv"
	"slices"
	"strings"
)

// Index holds the postings of a site's items, added in their order, as
// runs of ordinals (the package comment), compactly until written.
type Index struct {
	post  map[string]*postings
	items uint32
}

type postings struct {
	buf  []byte // gap, length, gap, length… (uvarint) of the closed runs
	next uint32 // the ordinal after the open run
	run  uint32 // the length of the open run; 0 before the first ordinal
}

// NewIndex returns an empty index.
func NewIndex() *Index { return &Index{post: map[string]*postings{}} }

// Add adds the next item: tokens is called with a function that adds one
// of its tokens (a token added twice counts once).
func (x *Index) Add(tokens func(add func(string))) {
	o := x.items
	x.items++
	tokens(func(t string) {
		p := x.post[t]
		if p == nil {
			p = &postings{}
			x.post[strings.Clone(t)] = p // t may be a slice of a body
		}
		p.add(o)
	})
}

func (p *postings) add(o uint32) {
	switch {
	case p.run > 0 && p.next == o+1: // this item already
	case p.run > 0 && p.next == o:
		p.run++
		p.next++
	default:
		if p.run > 0 {
			p.buf = binary.AppendUvarint(p.buf, uint64(p.run))
		}
		p.buf = binary.AppendUvarint(p.buf, uint64(o-p.next))
		p.run, p.next = 1, o+1
	}
}

// runs are the postings as written: gap, length, gap, length…
func (p *postings) runs() []uint32 {
	var out []uint32
	for b := p.buf; len(b) > 0; {
		v, n := binary.Uvarint(b)
		b = b[n:]
		out = append(out, uint32(v))
	}
	return append(out, p.run)
}

// Items is how many items were added.
func (x *Index) Items() int { return int(x.items) }

// Split groups the tokens into the given number of shards (ShardOf) and
// returns each shard as JSON: an object from token to runs, keys sorted.
func (x *Index) Split(shards int) [][]byte {
	groups := x.Groups(shards)
	out := make([][]byte, shards)
	for i, toks := range groups {
		out[i] = x.Shard(toks)
	}
	return out
}

// Groups are the tokens of each of the given number of shards (ShardOf),
// sorted: Shard writes each, so that a build holds one shard's JSON at a
// time, not all of them (Split).
func (x *Index) Groups(shards int) [][]string {
	groups := make([][]string, shards)
	for t := range x.post {
		i := ShardOf(t, shards)
		groups[i] = append(groups[i], t)
	}
	for _, toks := range groups {
		slices.Sort(toks)
	}
	return groups
}

// Shard is the shard of toks (one of Groups) as JSON: an object from token
// to runs, keys sorted. Safe to call from several goroutines once every
// item is added.
func (x *Index) Shard(toks []string) []byte {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(t)
		v, _ := json.Marshal(x.post[t].runs())
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// ShardOf is the shard of a token: FNV-1a (32 bits) of its UTF-8 bytes
// modulo shards, a power of two; search.js computes the same.
func ShardOf(token string, shards int) int {
	h := fnv.New32a()
	h.Write([]byte(token))
	return int(h.Sum32() & uint32(shards-1))
}

// ShardsFor is the number of shards of a site of n items: a power of two,
// about one for every eight items, up to 1<<15, so that a shard stays some
// kilobytes to tens of kilobytes at any size; below 256 items fewer
// (n²/2048), so that a small site, whose index is small, has a few shards
// for serve to render anew after every body edit.
func ShardsFor(n int) int {
	want := min((n+7)/8, (n*n+2047)/2048)
	s := 1
	for s < want && s < 1<<15 {
		s *= 2
	}
	return s
}
