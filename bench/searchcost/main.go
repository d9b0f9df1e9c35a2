// Command searchcost says how many bytes a reader's browser fetches for a
// search on a synthetic site of n items (package synth): search/meta.json,
// the shards of the query's tokens, the item lists of the first results
// and their pages (for the passages), as written (minified) and gzipped.
//
//	go run ./bench/searchcost -n 10000 '李秀英' '县委组织部' '公示 c=cadre y=2026'
//
// A query's words are typed text; c=, i= and y= are the filters. {mid} in a
// query is n/2 (第{mid}号 names one item). It loads the site as a build does
// and renders only the files the queries read, in memory.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/page"
	"github.com/gongkai/gongkai/internal/publish"
	"github.com/gongkai/gongkai/internal/search"
	"github.com/gongkai/gongkai/internal/synth"
	"github.com/gongkai/gongkai/internal/web"
)

// shown is how many results the search page shows at first.
const shown = 10

func main() {
	n := flag.Int("n", 1000, "number of items of the synthetic site")
	flag.Parse()
	if err := run(*n, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// site renders the files of a synthetic site's website on demand.
type site struct {
	files map[string]output.File
	made  map[string][]byte
}

func run(n int, queries []string) error {
	fsys := fstest.MapFS{"site.toml": &fstest.MapFile{Data: []byte(synth.SiteTOML)}}
	for _, f := range synth.Files(max(n, synth.MinItems), 1) {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	now, _ := calendar.Parse("2026-11-27")
	opts := &build.Options{SiteDir: ".", FS: fsys, Now: now}
	m, diags := build.Load(opts)
	if m == nil || diag.CountErrors(diags) > 0 {
		return fmt.Errorf("the synthetic site does not load: %v", diags)
	}
	tpl, tdiags := layout.Load(fsys, m.Config.Theme, page.Funcs(m))
	if len(tdiags) > 0 {
		return fmt.Errorf("templates: %v", tdiags)
	}
	s := &site{files: map[string]output.File{}, made: map[string][]byte{}}
	for _, f := range web.Files(m, tpl) {
		s.files[f.Path] = f
	}
	var meta struct{ Items, Shards, Chunk float64 } // the minifier writes 1000 as 1e3
	if err := json.Unmarshal(s.get("search/meta.json"), &meta); err != nil {
		return err
	}
	fmt.Printf("%d items, %d shards; per query: bytes as written / gzipped\n", int(meta.Items), int(meta.Shards))
	for _, q := range queries {
		q = strings.ReplaceAll(q, "{mid}", strconv.Itoa(n/2))
		s.query(q, int(meta.Shards), int(meta.Chunk))
	}
	return nil
}

// get renders a file once, minified as a build writes it.
func (s *site) get(path string) []byte {
	if b, ok := s.made[path]; ok {
		return b
	}
	f, ok := s.files[path]
	if !ok {
		panic("no file " + path)
	}
	w := publish.NewMemory()
	if _, err := output.Write([]output.File{f}, w); err != nil {
		panic(err)
	}
	s.made[path] = w.Memory()[path]
	return s.made[path]
}

// query fetches what search.js fetches for q and prints the bytes.
func (s *site) query(q string, shards, chunk int) {
	var toks []string
	for _, w := range strings.Fields(q) {
		if k, v, ok := strings.Cut(w, "="); ok && len(k) == 1 {
			toks = append(toks, "#"+k+":"+v)
			continue
		}
		for _, r := range search.Runs(w) {
			if len(r) == 1 {
				toks = append(toks, r[0])
			}
			for i := 1; i < len(r); i++ {
				toks = append(toks, r[i-1]+r[i])
			}
		}
	}
	fetched := map[string]bool{"search/meta.json": true}
	var cands []int
	for i, t := range toks {
		path := "search/s/" + strconv.Itoa(search.ShardOf(t, shards)) + ".json"
		fetched[path] = true
		var post map[string][]float64
		if err := json.Unmarshal(s.get(path), &post); err != nil {
			panic(err)
		}
		got := decode(post[t])
		if i == 0 {
			cands = got
		} else {
			cands = slices.DeleteFunc(cands, func(o int) bool { _, ok := slices.BinarySearch(got, o); return !ok })
		}
	}
	index := bytesOf(s, fetched)
	for _, o := range cands[:min(shown, len(cands))] {
		path := "search/d/" + strconv.Itoa(o/chunk) + ".json"
		fetched[path] = true
		var items []web.SearchEntry
		if err := json.Unmarshal(s.get(path), &items); err != nil {
			panic(err)
		}
		fetched[strings.TrimPrefix(items[o%chunk].Path, "/")+"index.html"] = true
	}
	all := bytesOf(s, fetched)
	fmt.Printf("%-28s %6d candidates, %3d files: index %s, with lists and %d pages %s\n",
		q, len(cands), len(fetched), index, min(shown, len(cands)), all)
}

// decode reads runs of ordinals: gap, length, gap, length…
func decode(runs []float64) []int {
	var out []int
	next := 0
	for i := 0; i+1 < len(runs); i += 2 {
		start := next + int(runs[i])
		for j := range int(runs[i+1]) {
			out = append(out, start+j)
		}
		next = start + int(runs[i+1])
	}
	return out
}

// size is bytes as written and gzipped.
type size struct{ raw, gz int }

func (z size) String() string { return fmt.Sprintf("%s / %s", kb(z.raw), kb(z.gz)) }

func kb(n int) string { return fmt.Sprintf("%.1f KB", float64(n)/1024) }

func bytesOf(s *site, paths map[string]bool) size {
	var z size
	for p := range paths {
		b := s.get(p)
		var buf bytes.Buffer
		w := gzip.NewWriter(&buf)
		w.Write(b)
		w.Close()
		z.raw += len(b)
		z.gz += buf.Len()
	}
	return z
}
