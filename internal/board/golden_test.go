package board_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/page"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.html from the current output")

// TestGoldenSheets compares the sheet page of every board of the fixture,
// and the print room's index, with testdata/golden/. The files are the
// template's output before minifying, so a change shows as a readable diff.
// go test ./internal/board -update rewrites them; review the diff.
func TestGoldenSheets(t *testing.T) {
	s := built(t, "fixture")
	tpl, diags := layout.Load(fixture(t), s.res.Site.Config.Theme, page.Funcs(s.res.Site))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	pages := map[string][]byte{}
	for _, b := range s.boards {
		out, err := tpl.Render("board", b)
		if err != nil {
			t.Fatal(err)
		}
		pages["board-"+b.NN+".html"] = out
	}
	index, err := tpl.Render("boards", &board.BoardsPage{Page: page.Page{Site: s.res.Site, Kind: "boards", Title: "公开栏打印", Path: "boards/", Now: s.res.Site.Now}, Boards: s.boards})
	if err != nil {
		t.Fatal(err)
	}
	pages["index.html"] = index
	for name, got := range pages {
		file := filepath.Join("testdata", "golden", name)
		if *update {
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(file, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v (run go test ./internal/board -update to create it)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the golden file; %s", file, firstDiff(got, want))
		}
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for i := range min(len(g), len(w)) {
		if !bytes.Equal(g[i], w[i]) {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + clip(g[i]) + "\nwant: " + clip(w[i])
		}
	}
	return "lengths differ: " + strconv.Itoa(len(g)) + " lines, want " + strconv.Itoa(len(w))
}

func clip(b []byte) string {
	if len(b) > 200 {
		return string(b[:200]) + "…"
	}
	return string(b)
}
