package publish

import (
	"bytes"
	"io"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/svg"
)

// minifySVG is svg.Minify, remembering what it made. The same drawings (an
// item's QR code, a power's flowchart) are inlined in many pages of a
// build, and again at every build of serve; minifying their path data was
// about a tenth of a build. The result depends only on the drawing and on
// whether it is inline, and the minifier is configured once (newMinifier).
// A drawing found is neither copied nor allocated for: the HTML minifier
// hands over its own bytes (read, never kept).
func minifySVG(m *minify.M, w io.Writer, r io.Reader, params map[string]string) error {
	src, err := readAll(r)
	if err != nil {
		return err
	}
	inline := params["inline"] == "1"
	if out, ok := minifiedSVG.get(inline, src); ok {
		_, err := w.Write(out)
		return err
	}
	var buf bytes.Buffer
	if err := svg.Minify(m, &buf, bytes.NewReader(src), params); err != nil {
		return err
	}
	minifiedSVG.put(inline, string(src), buf.Bytes())
	_, err = w.Write(buf.Bytes())
	return err
}

// readAll is what r holds: its own bytes when it has them (the HTML
// minifier's readers), else a copy.
func readAll(r io.Reader) ([]byte, error) {
	if b, ok := r.(interface{ Bytes() []byte }); ok {
		return b.Bytes(), nil
	}
	return io.ReadAll(r)
}

// minifiedSVG are the drawings minified so far, up to maxSVGBytes of
// drawings and results; then it forgets them all and starts again.
var minifiedSVG = newSVGMemo()

const maxSVGBytes = 32 << 20

type svgMemo struct {
	mu    sync.RWMutex
	m     [2]map[string][]byte // not inline, inline: drawing -> minified
	bytes int
}

func newSVGMemo() *svgMemo { return &svgMemo{m: [2]map[string][]byte{{}, {}}} }

func (c *svgMemo) get(inline bool, src []byte) ([]byte, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out, ok := c.m[b2i(inline)][string(src)]
	return out, ok
}

func (c *svgMemo) put(inline bool, src string, out []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bytes+len(src)+len(out) > maxSVGBytes {
		clear(c.m[0])
		clear(c.m[1])
		c.bytes = 0
	}
	c.m[b2i(inline)][src] = out
	c.bytes += len(src) + len(out)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
