package kiosk

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/textfit/textfittest"
)

var update = flag.Bool("update", false, "rewrite testdata/long/*.txt from the current output")

// TestLongBodiesSlideAsBefore cuts long bodies (textfittest.Bodies) into
// pages at a display's size and in a narrow column and compares every page
// with testdata/long/, written by the layout before it was made linear:
// the rewrite changed the cost of cutting, not one byte of the result.
// go test ./internal/kiosk -run TestLongBodiesSlideAsBefore -update
// rewrites the files; review the diff.
func TestLongBodiesSlideAsBefore(t *testing.T) {
	md := markdown.New(markdown.Options{})
	sizes := map[string]Metrics{"display": {Width: 1363, Font: 40}, "narrow": {Width: 400, Font: 40}}
	for name, src := range textfittest.Bodies() {
		doc := md.Render([]byte(src), 1, nil)
		for size, m := range sizes {
			m.MaxHeight = 11*m.line() + m.gap()
			first, rest := m.MaxHeight+2*m.line(), m.MaxHeight
			pages := Paginate(Fit(doc.Blocks, m), func(i int) float64 { return map[bool]float64{true: first, false: rest}[i == 0] })
			var got bytes.Buffer
			for i, pg := range pages {
				fmt.Fprintf(&got, "== page %d: %.2f px, block %d\n%s\n", i+1, pg.Height, pg.First(), pg.HTML())
			}
			file := filepath.Join("testdata", "long", name+"-"+size+".txt")
			if *update {
				if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s differs: %s", file, firstDiff(got.Bytes(), want))
			}
		}
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := range min(len(g), len(w)) {
		if !bytes.Equal(g[i], w[i]) {
			return fmt.Sprintf("line %d:\n got: %.300s\nwant: %.300s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(g), len(w))
}
