package search

import (
	"encoding/binary"
	"encoding/json"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Index holds the postings of a site's items, added in their order, as
// runs of ordinals (the package comment), compactly until written, by the
// tokens' numbers in its Dict.
type Index struct {
	dict  *Dict
	post  []postings // by token number
	items uint32
}

type postings struct {
	buf  []byte // gap, length, gap, length… (uvarint) of the closed runs
	next uint32 // the ordinal after the open run
	run  uint32 // the length of the open run; 0 before the first ordinal
}

// NewIndex returns an empty index over d, the Dict of the Words it will
// be given (a new one when d is nil).
func NewIndex(d *Dict) *Index {
	if d == nil {
		d = NewDict()
	}
	return &Index{dict: d}
}

// Dict is the index's Dict.
func (x *Index) Dict() *Dict { return x.dict }

// Add adds the next item: the tokens of words (Words of the index's Dict)
// and those tokens calls add with (a token added twice counts once).
func (x *Index) Add(words Words, tokens func(add func(string))) {
	x.addItem(words, func(d *Dict, add func(uint32)) {
		if tokens != nil {
			tokens(func(t string) { add(d.id(t)) })
		}
	})
}

// addItem adds the next item: the tokens of words and those more adds by
// number (with the Dict locked, to number new ones).
func (x *Index) addItem(words Words, more func(d *Dict, add func(id uint32))) {
	o := x.items
	x.items++
	d := x.dict
	d.mu.Lock()
	defer d.mu.Unlock()
	add := func(id uint32) { x.at(id).add(o) }
	d.each(words, add)
	more(d, add)
}

// at is the postings of the token numbered id. x.dict.mu is held.
func (x *Index) at(id uint32) *postings {
	if int(id) >= len(x.post) {
		x.post = slices.Grow(x.post, len(x.dict.toks)-len(x.post))[:len(x.dict.toks)]
	}
	return &x.post[id]
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

// appendRuns appends the postings as JSON: [gap,length,gap,length…].
func (p *postings) appendRuns(b []byte) []byte {
	b = append(b, '[')
	for r := p.buf; len(r) > 0; {
		v, n := binary.Uvarint(r)
		r = r[n:]
		b = strconv.AppendUint(b, v, 10)
		b = append(b, ',')
	}
	b = strconv.AppendUint(b, uint64(p.run), 10)
	return append(b, ']')
}

// Items is how many items were added.
func (x *Index) Items() int { return int(x.items) }

// Shards are an index's tokens grouped by shard (ShardOf), each group
// sorted; Shard writes one, and may be called for several at once.
type Shards struct {
	x      *Index
	toks   []entry // the Dict's, as it was when grouped
	groups [][]uint32
	sorted []sync.Once // each group sorted once, whoever asks first
}

// Group groups the tokens of the items added into the given number of
// shards. The index is not to be added to after.
func (x *Index) Group(shards int) *Shards {
	x.dict.mu.Lock()
	toks := x.dict.toks
	x.dict.mu.Unlock()
	counts := make([]int, shards)
	of := make([]uint32, len(x.post))
	for id := range x.post {
		if x.post[id].run > 0 {
			of[id] = uint32(ShardOf(toks[id].s, shards))
			counts[of[id]]++
		}
	}
	groups := make([][]uint32, shards)
	for i, n := range counts {
		groups[i] = make([]uint32, 0, n)
	}
	for id := range x.post {
		if x.post[id].run > 0 {
			groups[of[id]] = append(groups[of[id]], uint32(id))
		}
	}
	return &Shards{x: x, toks: toks, groups: groups, sorted: make([]sync.Once, shards)}
}

// Shard is shard i as JSON: an object from token to runs, keys sorted.
// It may be called for any shards at once, the same one too.
func (s *Shards) Shard(i int) []byte {
	ids := s.groups[i]
	s.sorted[i].Do(func() {
		slices.SortFunc(ids, func(a, b uint32) int { return strings.Compare(s.toks[a].s, s.toks[b].s) })
	})
	size := 3
	for _, id := range ids {
		size += len(s.toks[id].s) + 4 + 2*len(s.x.post[id].buf) + 12
	}
	b := make([]byte, 0, size)
	b = append(b, '{')
	for k, id := range ids {
		if k > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s.toks[id].s)
		b = append(b, ':')
		b = s.x.post[id].appendRuns(b)
	}
	return append(b, "}\n"...)
}

// Sums fingerprints every shard: Shard(i) writes the same bytes while
// Sums()[i] is the same (the tokens of the shard and their postings,
// combined in any order).
func (s *Shards) Sums(seed maphash.Seed) []uint64 {
	out := make([]uint64, len(s.groups))
	var h maphash.Hash
	h.SetSeed(seed)
	var b [8]byte
	for i, ids := range s.groups {
		sum := uint64(len(ids))
		for _, id := range ids {
			p := &s.x.post[id]
			h.Reset()
			h.WriteString(s.toks[id].s)
			h.WriteByte(0)
			h.Write(p.buf)
			binary.LittleEndian.PutUint64(b[:], uint64(p.run)<<32|uint64(p.next))
			h.Write(b[:])
			sum += h.Sum64()
		}
		out[i] = sum
	}
	return out
}

// Split returns every shard (Group, Shard).
func (x *Index) Split(shards int) [][]byte {
	s := x.Group(shards)
	out := make([][]byte, shards)
	for i := range out {
		out[i] = s.Shard(i)
	}
	return out
}

// appendJSONString appends t as encoding/json writes it: a token of
// letters, digits and Han characters as it is, quoted; another through
// json.Marshal's escapes.
func appendJSONString(b []byte, t string) []byte {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == 0xE2 {
			return appendMarshalled(b, t)
		}
	}
	if !utf8.ValidString(t) {
		return appendMarshalled(b, t)
	}
	b = append(b, '"')
	b = append(b, t...)
	return append(b, '"')
}

// ShardOf is the shard of a token: FNV-1a (32 bits) of its UTF-8 bytes
// modulo shards, a power of two; search.js computes the same.
func ShardOf(token string, shards int) int {
	h := uint32(2166136261)
	for i := 0; i < len(token); i++ {
		h ^= uint32(token[i])
		h *= 16777619
	}
	return int(h & uint32(shards-1))
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

func appendMarshalled(b []byte, t string) []byte {
	k, _ := json.Marshal(t)
	return append(b, k...)
}
