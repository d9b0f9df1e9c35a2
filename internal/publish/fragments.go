package publish

import (
	"bytes"
	"strings"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/parse/v2/buffer"
)

// Fragments. Layouts write the same pieces of HTML into many pages: the
// masthead and the footer into every page, an item's row into every list
// that shows it. Minifying every page whole minified them again on every
// page. A piece that layout.Set remembers (Remember) is minified once,
// and a page holding it is minified around it, its minified bytes put in
// its place. The page's bytes are the same as if minified whole, because
// of how the HTML minifier works:
//
//   - a fragment begins with a start tag and ends with an end tag of
//     block elements (blockStart): the minifier trims the white space
//     around block tags, as it trims it at the start and end of a
//     document, so what is before the fragment, what is after it and the
//     fragment itself are each minified as they would be in the page;
//   - a fragment is used only where the page is HTML text outside any
//     element whose content the minifier treats apart (pre, svg, script…:
//     scan.go), and only if it leaves the page there too (it holds no
//     such element left open).
//
// TestFragmentsMinifyAsWhole checks it on every page of the example site
// and of a synthetic one, and on pieces written to break it.

// minFragment is the smallest piece worth remembering, maxFragmentBytes
// what is kept (the fragments' minified bytes; a fragment itself is the
// layout's string) before it all is forgotten and started again.
// Fragments are looked up by their first headLen bytes; maxSameHead of
// them may begin alike (a list's rows differ in their first line).
const (
	minFragment      = 128
	maxFragmentBytes = 16 << 20
	headLen          = minFragment // bytes a fragment is looked up by
	maxSameHead      = 8           // fragments kept that begin alike, so that a look-up stays short
)

type fragment struct {
	raw  string // the layout's own string, not a copy
	once sync.Once
	min  []byte
	err  error
}

type fragmentMemo struct {
	mu    sync.RWMutex
	heads map[string][]*fragment // first headLen bytes -> fragments
	bytes int                    // of the fragments and what they were minified to
}

var fragments = &fragmentMemo{heads: map[string][]*fragment{}}

// Remember notes html, a piece that layouts write whole into many pages,
// so that it is minified once. Only a piece that is HTML text from start to
// end and begins and ends with a block element's tag, once white space
// around it and what is before its first block tag are trimmed, is kept;
// others are left to be minified with their pages.
func Remember(html string) { fragments.add(html) }

func (m *fragmentMemo) add(html string) {
	trimmed := fromBlock(strings.Trim(html, " \t\n\r\f"))
	if len(trimmed) < minFragment || m.known(trimmed) {
		return
	}
	if b := []byte(trimmed); !blockEnds(b) || !whole(b) {
		return
	}
	core := trimmed
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.bytes+len(core) > maxFragmentBytes {
		clear(m.heads)
		m.bytes = 0
	}
	head := core[:headLen]
	if len(m.heads[head]) >= maxSameHead {
		return
	}
	for _, f := range m.heads[head] {
		if f.raw == core {
			return
		}
	}
	m.heads[head] = append(m.heads[head], &fragment{raw: core})
	m.bytes += len(core) // what it is minified to, no longer
}

// fromBlock is html from its first start tag of a block element in HTML
// text, or "" if it has none: a piece that begins with inline tags (the
// masthead's hidden targets before its <header>) is remembered from
// there, and what is before is minified with its page. What the piece is
// found beside in a page does not matter: a fragment is minified alone
// wherever it begins with a block tag in HTML text (see above).
func fromBlock(html string) string {
	if len(html) < minFragment || html[0] == '<' && blockEnds([]byte(html)) {
		return html
	}
	s := scanner{data: []byte(html)}
	for {
		at, name, ok := s.next()
		if !ok {
			return ""
		}
		if block(name) {
			return html[at:]
		}
	}
}

// known reports whether the fragment s is remembered.
func (m *fragmentMemo) known(s string) bool {
	m.mu.RLock()
	defer m.mu.RUnlock()
	for _, f := range m.heads[s[:headLen]] {
		if f.raw == s {
			return true
		}
	}
	return false
}

// at returns the longest fragment that data holds at its start, or nil.
func (m *fragmentMemo) at(data []byte) *fragment {
	if len(data) < minFragment {
		return nil
	}
	m.mu.RLock()
	defer m.mu.RUnlock()
	var best *fragment
	for _, f := range m.heads[string(data[:headLen])] {
		if len(data) >= len(f.raw) && string(data[:len(f.raw)]) == f.raw && (best == nil || len(f.raw) > len(best.raw)) {
			best = f
		}
	}
	return best
}

// minified is the fragment minified by m, made once.
func (f *fragment) minified(m *minify.M) ([]byte, error) {
	f.once.Do(func() {
		// from a copy: the minifier rewrites what it reads in place
		out := buffer.NewWriter(make([]byte, 0, len(f.raw)))
		f.err = m.MinifyMimetype(htmlType, out, buffer.NewReader([]byte(f.raw)), nil)
		f.min = out.Bytes()
	})
	return f.min, f.err
}

// blockEnds reports whether b begins with a start tag and ends with an
// end tag of block elements around which the minifier trims white space.
func blockEnds(b []byte) bool {
	if b[0] != '<' || !letter(b[1]) {
		return false
	}
	name, _, ok := tagAt(b, 1)
	if !ok || !block(name) {
		return false
	}
	open := bytes.LastIndex(b, []byte("</"))
	if open < 0 || b[len(b)-1] != '>' {
		return false
	}
	end := bytes.ToLower(b[open+2 : len(b)-1])
	return block(end)
}

// whole reports whether b, read from HTML text, is HTML text to its end
// (scan.go).
func whole(b []byte) bool {
	s := scanner{data: b}
	for {
		if _, _, ok := s.next(); !ok {
			return !s.stopped
		}
	}
}

// block are the elements the minifier trims white space around, and
// leaves nothing else to depend on what comes before or after them.
func block(name []byte) bool {
	switch string(name) {
	case "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt",
		"fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
		"header", "hgroup", "hr", "legend", "li", "main", "menu", "nav", "ol", "p", "section",
		"summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul":
		return true
	}
	return false
}

// minifyHTML minifies the page data into out: the fragments it holds in
// HTML text from their memo, its plain runs (plain.go) by trimming their
// white space, the rest by the minifier.
func (w *Writer) minifyHTML(out *buffer.Writer, data []byte) error {
	s := scanner{data: data}
	done := 0
	for {
		at, name, ok := s.next()
		if !ok {
			break
		}
		if !block(name) {
			continue
		}
		f := fragments.at(data[at:])
		if f == nil {
			if end := plainRun(data, at); end-at >= minPlain {
				if err := w.minifyPart(out, data[done:at]); err != nil {
					return err
				}
				writePlain(out, data[at:end])
				done, s.pos = end, end
			}
			continue
		}
		small, err := f.minified(w.m)
		if err != nil {
			return err
		}
		if err := w.minifyPart(out, data[done:at]); err != nil {
			return err
		}
		out.Write(small)
		done = at + len(f.raw)
		s.pos = done
	}
	return w.minifyPart(out, data[done:])
}

var htmlType = []byte("text/html")

// minifyPart minifies a part of a page between fragments. White space
// alone, between two blocks, is minified to nothing.
func (w *Writer) minifyPart(out *buffer.Writer, part []byte) error {
	if len(bytes.Trim(part, " \t\n\r\f")) == 0 {
		return nil
	}
	return w.m.MinifyMimetype(htmlType, out, buffer.NewReader(part), nil)
}

// Forget lets go of every fragment and drawing remembered so far, as if
// no page had been minified in this process. The memos outlive a build
// (serve's next build finds them), so what a build holds is measured from
// none (internal/build's TestMemoryPerItem).
func Forget() {
	fragments.mu.Lock()
	clear(fragments.heads)
	fragments.bytes = 0
	fragments.mu.Unlock()
	minifiedSVG.mu.Lock()
	minifiedSVG.m = [2]map[string][]byte{{}, {}}
	minifiedSVG.bytes = 0
	minifiedSVG.mu.Unlock()
}
