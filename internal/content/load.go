package content

import (
	"cmp"
	"errors"
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
	"github.com/gongkai/gongkai/internal/sitefs"
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
	// Unreadable are the folders under content/ that could not be read
	// (reported): what they hold is unknown.
	Unreadable []string
	// Reserved are the addresses the channels write of their own, as the
	// items were read against them.
	Reserved *Addresses

	bodies fs.FS // read without bodies (LoadFronts): where Body reads them again; nil when every Item holds its Body
}

// MayExist reports whether file ("content/cadre/wang.md", or a file beside
// an item) may exist though it is neither an item nor a resource of the
// set: it is an item left out for its own errors, or it lies in a folder
// that could not be read. A check that would call it missing stays
// silent: the first error is reported already.
func (s *Set) MayExist(file string) bool {
	for _, it := range s.Broken {
		if it.File == file {
			return true
		}
	}
	for _, dir := range s.Unreadable {
		if strings.HasPrefix(file, dir+"/") {
			return true
		}
	}
	return false
}

// MayExistID is MayExist for an item id ("cadre/wang").
func (s *Set) MayExistID(id string) bool {
	for _, it := range s.Broken {
		if it.ID == id {
			return true
		}
	}
	return s.MayExist(Dir+"/"+id+".md") || s.MayExist(Dir+"/"+id+"/index.md")
}

// Incomplete reports whether some files could not be read at all, so
// checks across items cannot know everything they declare.
func (s *Set) Incomplete() bool {
	if len(s.Unreadable) > 0 {
		return true
	}
	for _, it := range s.Broken {
		if it.Meta == nil {
			return true
		}
	}
	return false
}

// Load reads every Markdown file under content/ in parallel. Items with
// errors are left out; all diagnostics are returned.
func Load(fsys fs.FS, site *config.Site, reserved *Addresses) (*Set, []diag.Diagnostic) {
	set, diags := load(fsys, func(file string) (*Item, *Item, []diag.Diagnostic) { return readFile(fsys, site, reserved, file) })
	set.Reserved = reserved
	return set, diags
}

// LoadFronts is Load without the bodies: every item is read and checked
// whole, but its Body is let go at once, and Set.Body reads it again when
// it is rendered. A build that renders each body once (build.Run) holds
// no source longer than its rendering takes.
func LoadFronts(fsys fs.FS, site *config.Site, reserved *Addresses) (*Set, []diag.Diagnostic) {
	set, diags := load(fsys, func(file string) (*Item, *Item, []diag.Diagnostic) {
		it, broken, ds := readFile(fsys, site, reserved, file)
		if it != nil {
			it.Body = nil
		}
		return it, broken, ds
	})
	set.Reserved, set.bodies = reserved, fsys
	return set, diags
}

// Body is the item's Markdown source: its Body, or, for a set read
// without bodies (LoadFronts), the body of its file read again. A file
// that cannot be read again, or whose front matter no longer ends where
// it did (edited while the site is built), is an error saying to build
// again.
func (s *Set) Body(it *Item) ([]byte, error) {
	if s.bodies == nil || it.Body != nil {
		return it.Body, nil
	}
	data, err := fs.ReadFile(s.bodies, it.File)
	if err != nil {
		return nil, fmt.Errorf("this file could not be read again while the site was built (%v); build again", err)
	}
	_, _, body, line, bad := split(it.File, data)
	if bad != nil || line != it.BodyLine {
		return nil, fmt.Errorf("this file changed while the site was built; build again")
	}
	return body, nil
}

// load walks content/ and parses every Markdown file with parse.
func load(fsys fs.FS, parse parser) (*Set, []diag.Diagnostic) {
	return parseListed(walk(fsys), parse)
}

// listing is what a walk of content/ found.
type listing struct {
	files     []string          // Markdown files
	resources []string          // every other file
	unread    []string          // folders that could not be read
	diags     []diag.Diagnostic // about the walk: unreadable folders, links, names
	misnamed  map[string]bool   // files and folders whose names were reported
}

// walk lists content/. A folder that cannot be read is reported once and
// the walk goes on with the rest; so is a symbolic link that leads out of
// the site, nowhere, or to a folder.
func walk(fsys fs.FS) listing {
	var l listing
	_ = fs.WalkDir(fsys, Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == Dir && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipAll // no content yet
			}
			l.unread = append(l.unread, p)
			l.diags = append(l.diags, diag.Diagnostic{File: p, Msg: sitefs.Unreadable(p, true, err)})
			return nil // go on with the rest
		}
		if hidden(d.Name()) && p != Dir {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if problem := sitefs.Link(fsys, p); problem != "" {
				l.diags = append(l.diags, diag.Diagnostic{File: p, Msg: problem})
				return nil
			}
		}
		switch {
		case d.IsDir() && p != Dir && markdownName(d.Name()):
			// Not an item, and what it holds would only be misnamed
			// items or attachments at a strange address: reported once,
			// and not read (links into it are not called missing).
			l.unread = append(l.unread, p)
			l.diags = append(l.diags, diag.Diagnostic{File: p, Msg: markdownFolder(d.Name())})
			return fs.SkipDir
		case d.IsDir():
		case strings.HasSuffix(p, ".md"):
			l.files = append(l.files, p)
		default:
			if markdownName(d.Name()) {
				l.diags = append(l.diags, diag.Diagnostic{File: p, Msg: markdownFile(d.Name())})
			}
			l.resources = append(l.resources, p)
		}
		return nil
	})
	var names []diag.Diagnostic
	names, l.misnamed = checkNames(l.files, l.resources)
	l.diags = append(l.diags, names...)
	return l
}

func parseListed(l listing, parse parser) (*Set, []diag.Diagnostic) {
	items, broken, diags := parseAll(l.files, parse)
	diags = append(diags, duplicatePaths(items, l.misnamed)...)
	diags = append(diags, takenByPages(items, l.resources)...)
	diags = append(diags, aliasCollisions(items, l.resources)...)
	diags = append(diags, l.diags...)
	diag.Sort(diags)
	return &Set{Items: items, Resources: l.resources, Broken: broken, Unreadable: l.unread}, diags
}

// hidden files are editor and system leftovers: .DS_Store, foo.md~, #foo.md#, ~$附件.docx.
func hidden(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "#") || strings.HasSuffix(name, "~") || strings.HasPrefix(name, "_") ||
		strings.HasPrefix(name, "~$") // a Word or Excel lock file beside an open attachment
}

// parser reads one file: the item, or nil and as much of it as could be
// read (broken) when it has errors, and its diagnostics.
type parser func(file string) (it, broken *Item, ds []diag.Diagnostic)

func readFile(fsys fs.FS, site *config.Site, reserved *Addresses, file string) (*Item, *Item, []diag.Diagnostic) {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, stub(file), []diag.Diagnostic{{File: file, Msg: sitefs.Unreadable(file, false, err)}}
	}
	return parsed(site, reserved, file, data)
}

// parsed parses data and sorts the result into an item or a broken one.
func parsed(site *config.Site, reserved *Addresses, file string, data []byte) (*Item, *Item, []diag.Diagnostic) {
	it, ds := Parse(site, reserved, file, data)
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

// duplicatePaths reports items that would write the same page, unless
// one of them has a name reported already (misnamed: Wang.md beside
// wang.md), whose message says so.
func duplicatePaths(items []*Item, misnamed map[string]bool) []diag.Diagnostic {
	first := map[string]*Item{}
	var diags []diag.Diagnostic
	for _, it := range items {
		key := strings.ToLower(it.Path) // case-insensitive file systems would merge them too
		if prev, dup := first[key]; dup {
			if within(it.File, misnamed) || within(prev.File, misnamed) {
				continue
			}
			diags = append(diags, diag.Diagnostic{File: it.File, Line: 1,
				Msg: "this item would be written to /" + it.Path + ", the same address as " + prev.File + "; rename one of the files or give one a different slug"})
			continue
		}
		first[key] = it
	}
	return diags
}

// takenByPages reports files under content/ that would be published where
// gongkai writes a page: an item's (cadre/wang/index.html beside
// cadre/wang/index.md), the home page, or the site's generated files.
func takenByPages(items []*Item, resources []string) []diag.Diagnostic {
	pages := map[string]string{"index.html": "the home page", "404.html": "the page for addresses that are not found",
		"index.json": "the list of items", "feed.xml": "the feed", "sitemap.xml": "the sitemap"}
	for _, it := range items {
		pages[strings.ToLower(it.Path+"index.html")] = "the page of " + it.File
	}
	var diags []diag.Diagnostic
	for _, r := range resources {
		if whose, ok := pages[strings.ToLower(ResourcePath(r))]; ok {
			diags = append(diags, diag.Diagnostic{File: r, Msg: fmt.Sprintf(
				"this file would be published at /%s, where gongkai writes %s; rename the file", ResourcePath(r), whose)})
		}
	}
	return diags
}

// within reports whether file, or a folder it is in, is in set.
func within(file string, set map[string]bool) bool {
	for p := file; p != Dir && p != "."; p = path.Dir(p) {
		if set[p] {
			return true
		}
	}
	return false
}

// ResourcePath is where a resource file is copied in the output.
func ResourcePath(file string) string {
	return path.Clean(strings.TrimPrefix(file, Dir+"/"))
}
