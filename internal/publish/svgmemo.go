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
func minifySVG(m *minify.M, w io.Writer, r io.Reader, params map[string]string) error {
	src, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	key := svgKey{inline: params["inline"] == "1", src: string(src)}
	if out, ok := minifiedSVG.get(key); ok {
		_, err := w.Write(out)
		return err
	}
	var buf bytes.Buffer
	if err := svg.Minify(m, &buf, bytes.NewReader(src), params); err != nil {
		return err
	}
	minifiedSVG.put(key, buf.Bytes())
	_, err = w.Write(buf.Bytes())
	return err
}

type svgKey struct {
	inline bool
	src    string
}

// minifiedSVG are the drawings minified so far, up to maxSVGBytes of
// drawings and results; then it forgets them all and starts again.
var minifiedSVG = svgMemo{m: map[svgKey][]byte{}}

const maxSVGBytes = 32 << 20

type svgMemo struct {
	mu    sync.Mutex
	m     map[svgKey][]byte
	bytes int
}

func (c *svgMemo) get(k svgKey) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	out, ok := c.m[k]
	return out, ok
}

func (c *svgMemo) put(k svgKey, out []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bytes+len(k.src)+len(out) > maxSVGBytes {
		clear(c.m)
		c.bytes = 0
	}
	c.m[k] = out
	c.bytes += len(k.src) + len(out)
}
