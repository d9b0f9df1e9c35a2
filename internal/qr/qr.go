// Package qr draws QR codes as SVG, so a code printed on an A0 poster or
// shown on a 4K screen stays sharp. Encoding is done by skip2/go-qrcode; the
// drawing is ours: one <path> of unit squares with a four-module quiet zone,
// which minifies small and scales to any size.
package qr

import (
	"fmt"
	"html/template"
	"strings"
	"sync"

	qrcode "github.com/skip2/go-qrcode"
)

// SVG returns an SVG drawing of a QR code for text, with error correction
// level M (15%: survives a scratch or a pin through the poster). label is
// the accessible name of the image. The SVG has a viewBox and no fixed
// size: the page's CSS sizes it.
func SVG(text, label string) (template.HTML, error) {
	key := [2]string{text, label}
	if svg, ok := drawn.get(key); ok {
		return svg, nil
	}
	svg, err := draw(text, label)
	if err == nil {
		drawn.put(key, svg)
	}
	return svg, err
}

// drawn remembers the codes drawn: a build draws one item's code for every
// board and screen that shows it, and serve draws the same codes again
// after every save. Encoding a code costs about as much as rendering a
// page; a code depends on its text and label only.
var drawn = memo[[2]string, template.HTML]{m: map[[2]string]template.HTML{}, max: maxCodes}

// encoded remembers the modules of the codes encoded, by text: boards and
// kiosks label one address differently ("扫码查看：", "扫码查看全文："),
// and encoding is most of drawing. The modules are shared: read only.
// Only the codes of one build's boards and kiosks need to be kept (some
// 2 KB each), so fewer are.
var encoded = memo[string, [][]bool]{m: map[string][][]bool{}, max: maxCodes / 4}

// memo is a map that forgets everything when it holds max entries, so a
// huge site does not keep every code of every build.
type memo[K comparable, V any] struct {
	mu  sync.Mutex
	m   map[K]V
	max int
}

const maxCodes = 4096

func (c *memo[K, V]) get(key K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[key]
	return v, ok
}

func (c *memo[K, V]) put(key K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[key] = v
}

// modules are the modules of the code for text, encoded once (encoded).
func modules(text string) ([][]bool, error) {
	if bits, ok := encoded.get(text); ok {
		return bits, nil
	}
	code, err := qrcode.New(text, qrcode.Medium)
	if err != nil {
		return nil, fmt.Errorf("QR code for %q: %w", text, err)
	}
	code.DisableBorder = true
	bits := code.Bitmap()
	encoded.put(text, bits)
	return bits, nil
}

func draw(text, label string) (template.HTML, error) {
	bits, err := modules(text)
	if err != nil {
		return "", err
	}
	const quiet = 4
	n := len(bits) + 2*quiet
	var path strings.Builder
	for y, row := range bits {
		for x := 0; x < len(row); x++ {
			if !row[x] {
				continue
			}
			run := 1
			for x+run < len(row) && row[x+run] {
				run++
			}
			fmt.Fprintf(&path, "M%d %dh%dv1h-%dz", x+quiet, y+quiet, run, run)
			x += run - 1
		}
	}
	return template.HTML(fmt.Sprintf(
		`<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="img" aria-label="%s" shape-rendering="crispEdges"><rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="%s"/></svg>`,
		n, n, template.HTMLEscapeString(label), n, n, path.String())), nil
}

// Matrix returns the modules of the code for text, true for dark, without
// the quiet zone, for tests and for renderers that draw it themselves.
func Matrix(text string) ([][]bool, error) {
	code, err := qrcode.New(text, qrcode.Medium)
	if err != nil {
		return nil, err
	}
	code.DisableBorder = true
	return code.Bitmap(), nil
}
