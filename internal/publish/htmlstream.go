package publish

import (
	"bytes"
	"fmt"
	"io"
	"path"

	"github.com/tdewolff/parse/v2/buffer"
)

// Minified streams. A page as large as the site (the catalog, a row for
// every item outside the catalog) is minified and written to disk piece
// by piece as its template writes it, so a build never holds it whole,
// nor its minified copy. The page is cut only before a block element's
// start tag in HTML text (scan.go), where a plain run may be cut
// (plain.go) and a fragment begins (fragments.go): each piece is
// minified as it would be in the whole page. Where the scan stops (an
// element the minifier treats apart, such as an svg), no later cut is
// made and the rest of the page is minified at once.
// TestFragmentsKeepSitesAsMinifiedWhole cuts every page of the example site
// before every block start tag and compares.

// cutAt is how much of a streamed page is held before the part of it up
// to its last cut is minified and written.
const cutAt = 64 << 10

// WriteMinifiedStream writes what write writes, minified by the extension
// of name, piece by piece for HTML (above); a memory writer, or a file
// of another type, is minified whole, as Write would.
func (w *Writer) WriteMinifiedStream(name, who string, write func(io.Writer) error) error {
	if w.mem != nil || mediaTypes[path.Ext(name)] != "text/html" {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			return err
		}
		return w.Write(name, b.Bytes(), who)
	}
	return w.WriteStream(name, who, func(out io.Writer) error {
		c := &htmlCutter{w: w, name: name, out: out, next: cutAt}
		if err := write(c); err != nil {
			return err
		}
		return c.flush(len(c.buf))
	})
}

// htmlCutter minifies what is written to it, up to its last cut, each
// time it holds next bytes.
type htmlCutter struct {
	w    *Writer
	name string
	out  io.Writer
	buf  []byte
	min  []byte // the minified part, reused
	next int    // the size at which to cut again
	err  error
}

func (c *htmlCutter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	c.buf = append(c.buf, p...)
	if len(c.buf) >= c.next {
		if at := lastCut(c.buf); at > 0 {
			c.err = c.flush(at)
		}
		// held again at least as much as is left, so that a page that
		// cannot be cut is not scanned again at every write
		c.next = max(cutAt, 2*len(c.buf))
	}
	return len(p), c.err
}

// flush minifies and writes the first n bytes held, and keeps the rest.
func (c *htmlCutter) flush(n int) error {
	out := buffer.NewWriter(c.min[:0])
	if err := c.w.minifyHTML(out, c.buf[:n]); err != nil {
		return fmt.Errorf("minifying %s: %w", c.name, err)
	}
	c.min = out.Bytes()
	if _, err := c.out.Write(c.min); err != nil {
		return err
	}
	c.buf = c.buf[:copy(c.buf, c.buf[n:])]
	return nil
}

// lastCut is the start of the last block start tag in HTML text of
// data, read from its start in HTML text, after its first byte; 0 for
// none.
func lastCut(data []byte) int {
	s := scanner{data: data}
	last := 0
	for {
		at, name, ok := s.next()
		if !ok {
			return last
		}
		if at > 0 && block(name) {
			last = at
		}
	}
}
