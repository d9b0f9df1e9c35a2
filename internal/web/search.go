package web

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/search"
)

// searchChunk is how many items each search/d/<k>.json lists.
const searchChunk = 32

// searchMeta is search/meta.json: what search.js needs to find the rest.
type searchMeta struct {
	Items  int `json:"items"`  // the listed items, numbered 0… newest first
	Shards int `json:"shards"` // search/s/<i>.json, i = search.ShardOf(token)
	Chunk  int `json:"chunk"`  // item n is in search/d/<n/chunk>.json
}

// searchFiles are the full-text search's files (package search): its
// meta.json, the shards of postings and the lists of items, over the
// listed items only (an unlisted one has its page but is not searched).
func searchFiles(s *model.Site) []output.File {
	meta := searchMeta{Items: len(s.Listed), Shards: search.ShardsFor(len(s.Listed)), Chunk: searchChunk}
	idx := &searchIndex{site: s, shards: meta.Shards}
	none := []*model.Item{}
	files := []output.File{{Path: "search/meta.json", Who: "the website", Shows: none, Lists: none, Render: func() ([]byte, error) {
		return json.Marshal(meta)
	}}}
	for i := range meta.Shards {
		f := output.File{Path: "search/s/" + strconv.Itoa(i) + ".json", Who: "the website", All: true, Late: true,
			Render: func() ([]byte, error) { return idx.shard(i), nil }}
		if s.SearchMemo() != nil {
			f.Sum = func() uint64 { return idx.sum(i) }
		}
		files = append(files, f)
	}
	for lo := 0; lo < len(s.Listed); lo += searchChunk {
		items := s.Listed[lo:min(lo+searchChunk, len(s.Listed))]
		files = append(files, output.File{Path: fmt.Sprintf("search/d/%d.json", lo/searchChunk), Who: "the website",
			Shows: none, Lists: items, Late: true, Render: func() ([]byte, error) { return searchList(s, items) }})
	}
	return files
}

// SearchEntry is an item of search/d/<k>.json: what a result shows, and
// the days its status turns on (as in index.json) for clock.js.
type SearchEntry struct {
	Title       string `json:"title"`
	Path        string `json:"path"`
	Date        string `json:"date"`
	CategoryZH  string `json:"category_label"`
	IssuerZH    string `json:"issuer_label,omitempty"`
	Number      string `json:"number,omitempty"`
	IndexNo     string `json:"index_no,omitempty"`
	Term        string `json:"term"`
	Status      string `json:"status"`
	StatusLabel string `json:"status_label"`
	Until       string `json:"until,omitempty"`
	Due         string `json:"due,omitempty"`
	Withdrawn   string `json:"withdrawn,omitempty"`
}

// searchList is one search/d/<k>.json: its items, in order.
func searchList(s *model.Site, items []*model.Item) ([]byte, error) {
	out := make([]SearchEntry, len(items))
	for i, it := range items {
		e := entry(s, it)
		out[i] = SearchEntry{Title: e.Title, Path: e.Path, Date: e.Date, CategoryZH: e.CategoryZH, IssuerZH: e.IssuerZH,
			Number: e.Number, IndexNo: e.IndexNo, Term: e.Term, Status: e.Status, StatusLabel: e.StatusLabel,
			Until: e.Until, Due: e.Due, Withdrawn: e.Withdrawn}
	}
	return json.Marshal(out)
}

// searchIndex makes the index and groups its tokens once, for the first
// shard rendered, and lets them go once every shard is written; each
// shard's bytes are made by the worker rendering it. In serve, which asks
// for every shard's fingerprint (sum) before rendering the changed ones,
// the index is made for shard 0's, and let go once the shards whose
// fingerprint changed since the last build are written.
type searchIndex struct {
	site   *model.Site
	shards int
	mu     sync.Mutex
	made   *search.Shards
	left   int
	sums   []uint64 // each shard's fingerprint, as the last sum(0) found (serve)
}

func (x *searchIndex) shard(i int) []byte {
	x.mu.Lock()
	if x.made == nil {
		x.made, x.left = makeIndex(x.site).Group(x.shards), x.shards
	}
	made := x.made
	if x.left--; x.left <= 0 {
		x.made = nil
		x.site.IndexWritten() // its Dict goes with made once this shard is written
	}
	x.mu.Unlock()
	return made.Shard(i)
}

// sum is shard i's fingerprint (search.Memo.Sums). Asked for shard 0, it
// makes the index afresh: a build asks for the shards' in order.
func (x *searchIndex) sum(i int) uint64 {
	x.mu.Lock()
	defer x.mu.Unlock()
	if i == 0 || x.sums == nil {
		x.made = makeIndex(x.site).Group(x.shards)
		x.sums, x.left = x.site.SearchMemo().Sums(x.made)
		if x.left == 0 {
			x.made = nil
		}
	}
	return x.sums[i]
}

// makeIndex adds the listed items in order: their title, number, 索引号,
// issuer, category and body, and the filters' tokens. The body's tokens
// are let go once added, in a build that renders once (model.Site.IndexBody);
// serve's builds take those of unchanged items from the memo it keeps
// (model.Site.SearchMemo).
func makeIndex(s *model.Site) *search.Index {
	if m := s.SearchMemo(); m != nil {
		return makeIndexMemo(s, m)
	}
	idx := search.NewIndex(s.SearchDict())
	for _, it := range s.Listed {
		idx.Add(s.IndexBody(it, idx.Dict()), func(add func(string)) { indexFields(s, it, add) })
	}
	return idx
}

// indexFields adds the tokens of the item's fields the index holds.
func indexFields(s *model.Site, it *model.Item, add func(string)) {
	for _, text := range []string{it.Title, it.Number, it.IndexNumber, s.CategoryLabel(it.Category)} {
		search.Tokens(text, add)
	}
	if it.Issuer != "" {
		search.Tokens(s.IssuerLabel(it.Issuer), add)
		add("#i:" + it.Issuer)
	}
	add("#c:" + it.Category)
	add("#y:" + strconv.Itoa(it.Date.Y))
}

// makeIndexMemo is makeIndex through m: an item whose rendered body
// (*markdown.Doc, the same while its text is) and fields are unchanged is
// not tokenized again.
func makeIndexMemo(s *model.Site, m *search.Memo) *search.Index {
	mx := m.Index()
	for _, it := range s.Listed {
		key := search.Key{Fields: strings.Join([]string{it.Title, it.Number, it.IndexNumber, s.CategoryLabel(it.Category),
			it.Issuer, s.IssuerLabel(it.Issuer), it.Category, strconv.Itoa(it.Date.Y)}, "\x00")}
		var body func() string
		if it.Doc != nil {
			key.Body, body = it.Doc, func() string { return it.Doc.Text }
		}
		mx.Add(key, body, func(add func(string)) { indexFields(s, it, add) })
	}
	return mx.Done()
}
