package publish

import (
	"bytes"
	"strings"
	"testing"

	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/parse/v2/buffer"
)

// TestSVGMemo: a drawing minified again comes out as svg.Minify makes it,
// inline (inside HTML) or not, and the memo never holds more than
// maxSVGBytes.
func TestSVGMemo(t *testing.T) {
	const drawing = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10.000 10.000"> <path d="M 1.000 1.000 h 3.000 v 1.000 h -3.000 z"/> </svg>`
	m := newMinifier()
	for _, inline := range []bool{false, true} {
		params := map[string]string{}
		if inline {
			params["inline"] = "1"
		}
		var want bytes.Buffer
		if err := svg.Minify(m, &want, strings.NewReader(drawing), params); err != nil {
			t.Fatal(err)
		}
		if want.String() == drawing {
			t.Fatal("svg.Minify leaves the drawing as it is: the test proves nothing")
		}
		for range 2 {
			var got bytes.Buffer
			if err := minifySVG(m, &got, strings.NewReader(drawing), params); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("inline %v: %q, svg.Minify makes %q", inline, got.String(), want.String())
			}
		}
	}
	c := newSVGMemo()
	big := make([]byte, maxSVGBytes/3)
	for i := range 4 {
		c.put(i%2 == 1, strings.Repeat("x", i+1), big)
		if c.bytes > maxSVGBytes {
			t.Fatalf("the memo holds %d bytes, more than %d", c.bytes, maxSVGBytes)
		}
	}
	if _, ok := c.get(true, []byte("xxxx")); !ok {
		t.Error("the last drawing put is not kept")
	}
	if _, ok := c.get(false, []byte("xxxx")); ok {
		t.Error("a drawing put inline is found not inline")
	}
}

// TestSVGFoundAllocatesNothing: a drawing the HTML minifier meets again
// (a QR code, a flowchart on many pages) is looked up in the bytes the
// minifier holds, without copying them.
func TestSVGFoundAllocatesNothing(t *testing.T) {
	const drawing = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10.000 10.000"><path d="M 1.000 1.000 h 3.000 v 1.000 h -3.000 z"/></svg>`
	m := newMinifier()
	params := map[string]string{"inline": "1"}
	var out bytes.Buffer
	out.Grow(1 << 10)
	if err := minifySVG(m, &out, buffer.NewReader([]byte(drawing)), params); err != nil {
		t.Fatal(err)
	}
	r := buffer.NewReader([]byte(drawing))
	allocs := testing.AllocsPerRun(50, func() {
		out.Reset()
		r.Reset()
		if err := minifySVG(m, &out, r, params); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 0 {
		t.Errorf("minifying a drawing met before allocates %v times, want 0", allocs)
	}
}
