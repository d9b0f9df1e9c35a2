package output

import (
	"io"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/publish"
)

// File is one output file of a channel, not yet rendered.
type File struct {
	Path  string        // slash-separated path in the output: "cadre/wang/index.html"
	Who   string        // the source named in messages: "content/cadre/wang.md", "page /archive/"
	Shows []*model.Item // the items whose bodies the file shows
	All   bool          // the file may show the body of any item (home, indexes)
	// Lists are the items whose display fields (title, number, summary)
	// the file shows besides those of Shows, such as the rows of a list
	// page; the items these lead to (an item's SupersededBy, a risk's
	// power) are counted in. nil: the file may show any item's.
	Lists []*model.Item
	Raw   bool // written as it is, not minified (images, PDFs)
	// Late asks serve to render the file after the channel's others, with
	// the Late channels: a file as large as the site (the catalog,
	// index.json), which every title edit renders anew, so that the pages
	// of the edit reach the browser first. A full build ignores it.
	Late   bool
	Aside  bool   // written beside a page (a kiosk's manifest): not counted as a page
	Layout string // the layout kind it is rendered with ("catalog"): one the site overrides may show any body
	// Gathers is true of a file made of what other files of its channel
	// make (a kiosk's manifest of its page, the boards' index of every
	// board's layout): a build renders it after the others, so that no
	// worker waits for a layout another is making.
	Gathers bool
	// Page is the item this file is the page of, the one file of the
	// built-in theme that shows its body's HTML: a build writes it as soon
	// as the body is rendered (build.streamBodies). nil for any other file.
	Page   *model.Item
	Render func() ([]byte, error)
	// Sum, when set, fingerprints the file's content itself (with the
	// site.toml, layouts and the rest every file depends on): serve renders
	// it anew only when Sum changes, whatever it shows or lists. It is
	// called before Render, by one goroutine, for the files of a channel in
	// their order. A full build never calls it.
	Sum func() uint64
	// Stream, when set, writes what Render returns piece by piece, for a
	// file as large as the site (index.json, the catalog): a build writes
	// it to disk as it is made instead of holding it whole (WriteOne),
	// minified piece by piece unless Raw (publish.WriteMinifiedStream).
	Stream func(io.Writer) error
}

// Write renders every file in parallel and writes it through w. It returns
// the number of files written, or the error of the first file (in list
// order) that failed, so the message does not depend on scheduling.
func Write(files []File, w *publish.Writer) (int, error) {
	errs := make([]error, len(files))
	Each(len(files), func(i int) { errs[i] = WriteOne(files[i], w) })
	for _, err := range errs {
		if err != nil {
			return 0, err
		}
	}
	return len(files), nil
}

// WriteOne renders one file and writes it through w. A crash while
// rendering is returned as a *Panic naming the file, so a running
// `gongkai serve` survives it.
func WriteOne(f File, w *publish.Writer) error {
	return Safely(f.Who+": "+f.Path, func() error {
		switch {
		case f.Stream != nil && f.Raw:
			return w.WriteStream(f.Path, f.Who, f.Stream)
		case f.Stream != nil:
			return w.WriteMinifiedStream(f.Path, f.Who, f.Stream)
		}
		data, err := f.Render()
		if err != nil {
			return err
		}
		if f.Raw {
			return w.WriteRaw(f.Path, data, f.Who)
		}
		return w.Write(f.Path, data, f.Who)
	})
}

// Each calls fn(0) … fn(n-1) on every CPU and returns when all have
// returned. fn must write its result to its own slot.
func Each(n int, fn func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				fn(i)
			}
		})
	}
	wg.Wait()
}
