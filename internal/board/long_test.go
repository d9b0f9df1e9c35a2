package board_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/textfit/textfittest"
)

// TestLongBodiesPaginateAsBefore lays out long bodies (textfittest.Bodies)
// on a board added to the example site for the test (A4, three narrow
// columns, a category of its own) and compares every part of every column
// with testdata/long/,
// written by the paginator before splitting was made linear: the rewrite
// changed the cost of splitting, not one byte of the result.
// go test ./internal/board -run TestLongBodiesPaginateAsBefore -update
// rewrites the files; review the diff.
func TestLongBodiesPaginateAsBefore(t *testing.T) {
	toml, err := os.ReadFile("../../site.toml")
	if err != nil {
		t.Fatal(err)
	}
	toml = append(toml, `
[[categories]]
key = "longtest"
label = "长正文"
group = "党务公开"
channel = ["web", "board"]

[[boards]]
number = 12
name = "窄栏"
location = "测试"
paper = "A4"
columns = 3
categories = ["longtest"]
`...)
	files := fstest.MapFS{"site.toml": {Data: toml}}
	bodies := textfittest.Bodies()
	var names []string
	for name := range bodies {
		names = append(names, name)
	}
	sort.Strings(names)
	// the example requires review (先审后发); the category is outside its catalog
	const reviewed = "reviewed_by = \"县委办公室 陈立新\"\nreviewed = 2026-11-02\ndecided_by = \"县委第15次常委会议 2026-11-01\"\n"
	for i, name := range names {
		for _, cat := range []string{"longtest"} {
			src := fmt.Sprintf("+++\ntitle = \"长正文 %s\"\ndate = 2026-11-%02d\ncategory = \"%s\"\nterm = \"periodic\"\nperiod = \"yearly\"\n%s+++\n\n%s",
				name, 10+i, cat, reviewed, bodies[name])
			files["content/"+cat+"/zz-"+name+".md"] = &fstest.MapFile{Data: []byte(src)}
		}
	}
	site, diags := build.Load(&build.Options{SiteDir: "../..", FS: overlay{base: os.DirFS("../.."), files: files}, Now: now})
	if site == nil {
		t.Fatalf("the site did not load: %v", diags)
	}
	for _, n := range []int{12} {
		cb := &site.Config.Boards[slices.IndexFunc(site.Config.Boards, func(b config.Board) bool { return b.Number == n })]
		tpl := theme(t, os.DirFS("../.."), site)
		b, err := board.LayoutBoard(site, tpl, cb, board.Items(site, cb))
		if err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		for _, sh := range b.Sheets {
			for c, col := range sh.Columns {
				fmt.Fprintf(&got, "== sheet %d/%d column %d: %.3f mm\n", sh.Number, sh.Total, c+1, col.Used)
				for _, p := range col.Parts {
					id := ""
					if p.Entry != nil {
						id = p.Entry.ID
					}
					h := p.Text
					if p.Kind == "block" {
						h = board.PartHTML(tpl, p)
					}
					fmt.Fprintf(&got, "-- %s %s %v %.3f %s\n%s\n", p.Kind, id, p.Full, p.H, p.Class, h)
				}
			}
		}
		file := filepath.Join("testdata", "long", fmt.Sprintf("board-%02d.txt", n))
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
