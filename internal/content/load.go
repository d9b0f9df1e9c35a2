package content

import (
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
)

// Dir is the content folder inside a site.
const Dir = "content"

// Set is everything read from content/.
type Set struct {
	Items     []*Item  // sorted by id
	Resources []string // other files under content/ (images, attachments), copied as they are
	// Broken are the items left out because of their own errors, as far as
	// they could be read (only ID and File when not at all), so checks across
	// items do not call what they declare missing.
	Broken []*Item
}

// Load reads every Markdown file under content/ in parallel. Items with
// errors are left out; all diagnostics are returned.
func Load(fsys fs.FS, site *config.Site) (*Set, []diag.Diagnostic) {
	return load(fsys, func(file string) (*Item, *Item, []diag.Diagnostic) { return readFile(fsys, site, file) })
}

// load walks content/ and parses every Markdown file with parse.
func load(fsys fs.FS, parse parser) (*Set, []diag.Diagnostic) {
	l, err := walk(fsys)
	if err != nil {
		return &Set{Resources: l.resources}, []diag.Diagnostic{{File: Dir, Msg: err.Error()}}
	}
	return parseListed(l, parse)
}

// listing is what a walk of content/ found.
type listing struct {
	files     []string // Markdown files
	resources []string // every other file
}

func walk(fsys fs.FS) (listing, error) {
	var l listing
	err := fs.WalkDir(fsys, Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if hidden(d.Name()) && p != Dir {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case d.IsDir():
		case strings.HasSuffix(p, ".md"):
			l.files = append(l.files, p)
		default:
			l.resources = append(l.resources, p)
		}
		return nil
	})
	if err != nil && !isNotExist(err) {
		return l, err
	}
	return l, nil
}

func parseListed(l listing, parse parser) (*Set, []diag.Diagnostic) {
	items, broken, diags := parseAll(l.files, parse)
	diags = append(diags, duplicatePaths(items)...)
	return &Set{Items: items, Resources: l.resources, Broken: broken}, diags
}

func isNotExist(err error) bool { return strings.Contains(err.Error(), "file does not exist") }

// hidden files are editor and system leftovers: .DS_Store, foo.md~, #foo.md#.
func hidden(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "#") || strings.HasSuffix(name, "~") || strings.HasPrefix(name, "_")
}

// parser reads one file: the item, or nil and as much of it as could be
// read (broken) when it has errors, and its diagnostics.
type parser func(file string) (it, broken *Item, ds []diag.Diagnostic)

func readFile(fsys fs.FS, site *config.Site, file string) (*Item, *Item, []diag.Diagnostic) {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, stub(file), []diag.Diagnostic{{File: file, Msg: err.Error()}}
	}
	return parsed(site, file, data)
}

// parsed parses data and sorts the result into an item or a broken one.
func parsed(site *config.Site, file string, data []byte) (*Item, *Item, []diag.Diagnostic) {
	it, ds := Parse(site, file, data)
	switch {
	case diag.CountErrors(ds) == 0:
		return it, nil, ds
	case it != nil:
		return nil, it, ds
	}
	return nil, stub(file), ds
}

// stub is what is known of a file that could not be read at all.
func stub(file string) *Item {
	id, _, _ := itemPaths(file, "")
	return &Item{ID: id, File: file}
}

// safely parses one file, turning a crash of the parser into an error about
// that file, so a build reports it and a running `gongkai serve` survives it.
func safely(parse parser, file string) (it, broken *Item, ds []diag.Diagnostic) {
	defer func() {
		if r := recover(); r != nil {
			it, broken = nil, stub(file)
			ds = []diag.Diagnostic{{File: file, Msg: fmt.Sprintf("gongkai failed on this file (internal error: %v); please report it together with the file", r)}}
		}
	}()
	return parse(file)
}

func parseAll(files []string, parse parser) ([]*Item, []*Item, []diag.Diagnostic) {
	items := make([]*Item, len(files))
	broken := make([]*Item, len(files))
	var diags diag.List
	var wg sync.WaitGroup
	var next atomic.Int64 // workers take the next index: cheaper than a channel send per file
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(files); i = int(next.Add(1) - 1) {
				it, bad, ds := safely(parse, files[i])
				if len(ds) > 0 {
					diags.Append(ds...)
				}
				items[i], broken[i] = it, bad
			}
		})
	}
	wg.Wait()
	items = slices.DeleteFunc(items, func(it *Item) bool { return it == nil })
	broken = slices.DeleteFunc(broken, func(it *Item) bool { return it == nil })
	slices.SortFunc(items, func(a, b *Item) int { return cmp.Or(strings.Compare(a.ID, b.ID), strings.Compare(a.File, b.File)) })
	return items, broken, diags.Sorted()
}

// duplicatePaths reports items that would write the same page.
func duplicatePaths(items []*Item) []diag.Diagnostic {
	first := map[string]*Item{}
	var diags []diag.Diagnostic
	for _, it := range items {
		key := strings.ToLower(it.Path) // case-insensitive file systems would merge them too
		if prev, dup := first[key]; dup {
			diags = append(diags, diag.Diagnostic{File: it.File, Line: 1,
				Msg: "this item would be written to /" + it.Path + ", the same address as " + prev.File + "; rename one of the files or give one a different slug"})
			continue
		}
		first[key] = it
	}
	return diags
}

// ResourcePath is where a resource file is copied in the output.
func ResourcePath(file string) string {
	return path.Clean(strings.TrimPrefix(file, Dir+"/"))
}
