package board_test

import (
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/textfit/textfittest"
)

// BenchmarkLayoutExample lays out the example site's ten boards.
func BenchmarkLayoutExample(b *testing.B) {
	s := built(b, "example")
	for b.Loop() {
		if _, err := board.Layout(s.res.Site, s.tpl); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBoardLongBlocks lays out, as BenchmarkBoardLongParagraph does,
// the other blocks a long text is split inside: a table cell holding it,
// a list of many items, a table of many rows and a quote.
func BenchmarkBoardLongBlocks(b *testing.B) {
	kinds := map[string]func(chars int) string{
		"cell": func(chars int) string {
			return "| 项目 | 说明 |\n|---|---|\n| 甲 | " + strings.ReplaceAll(textfittest.Paragraph(chars), "\n", "") + " |\n"
		},
		"list":  func(chars int) string { return textfittest.List(chars) },
		"table": func(chars int) string { return textfittest.Table(chars) },
		"quote": func(chars int) string { return "> " + textfittest.Paragraph(chars) },
	}
	for _, kind := range []string{"cell", "list", "table", "quote"} {
		for _, chars := range []int{10000, 40000, 80000} {
			b.Run(fmt.Sprintf("%s/chars=%d", kind, chars), func(b *testing.B) {
				site, cb, it := longItemBoard(b, kinds[kind](chars))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := board.LayoutAt(site, cb, []*model.Item{it}); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(chars), "ns/char")
			})
		}
	}
}

// BenchmarkBoardLongParagraph lays out the board carrying one item whose
// body is a single paragraph of chars characters, at the paper's type size
// (whether a smaller one is tried depends on how full the last sheet is,
// which would hide the cost per character). Layout is linear in the text:
// ns/char stays flat as chars grows (bench/layout.sh prints the ratios).
func BenchmarkBoardLongParagraph(b *testing.B) {
	for _, chars := range []int{10000, 40000, 80000} {
		b.Run(fmt.Sprintf("chars=%d", chars), func(b *testing.B) {
			site, cb, it := longItemBoard(b, textfittest.Paragraph(chars))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := board.LayoutAt(site, cb, []*model.Item{it}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(chars), "ns/char")
		})
	}
}

// longItemBoard is the example site with goals/zz-long, an item in force
// whose body is body, and the board that carries it.
func longItemBoard(t testing.TB, body string) (*model.Site, *config.Board, *model.Item) {
	t.Helper()
	src := "+++\ntitle = \"长正文\"\ndate = 2026-11-01\ncategory = \"goals\"\nterm = \"periodic\"\nperiod = \"yearly\"\n+++\n\n" + body
	fsys := overlay{base: os.DirFS("../.."), files: fstest.MapFS{"content/goals/zz-long.md": {Data: []byte(src)}}}
	site, diags := build.Load(&build.Options{SiteDir: "../..", FS: fsys, Now: now})
	if site == nil {
		t.Fatalf("the site did not load: %v", diags)
	}
	for i := range site.Config.Boards {
		cb := &site.Config.Boards[i]
		for _, it := range board.Items(site, cb) {
			if it.ID == "goals/zz-long" {
				return site, cb, it
			}
		}
	}
	t.Fatalf("no board carries goals/zz-long: %v", diags)
	return nil, nil, nil
}

// overlay is a file system whose files replace or add to a base.
type overlay struct {
	base  fs.FS
	files fstest.MapFS
}

// Open opens name from the overlay when it has it, a file or a folder
// (so a layouts/ folder only the overlay has exists), else from base.
func (o overlay) Open(name string) (fs.File, error) {
	if f, err := o.files.Open(name); err == nil {
		return f, nil
	}
	return o.base.Open(name)
}

// ReadDir lists base and overlay together, so content.Load finds new files.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	out, _ := o.files.ReadDir(name)
	es, err := fs.ReadDir(o.base, name)
	if err != nil && len(out) == 0 {
		return nil, err
	}
	for _, e := range es {
		if !slices.ContainsFunc(out, func(x fs.DirEntry) bool { return x.Name() == e.Name() }) {
			out = append(out, e)
		}
	}
	return out, nil
}
