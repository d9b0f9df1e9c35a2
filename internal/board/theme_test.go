package board_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongkai/gongkai/internal/build"
)

// ownPowers is a site's own power list for its boards: a title and a
// note a row, and the table's one header.
const ownPowers = `<table><thead><tr><th>本县职权一览</th></tr></thead><tbody>
{{- range .Rows -}}<tr data-id="{{.ID}}"><td><b>{{.Title}}</b>（{{.Holder}}，{{.Steps}}个环节）</td></tr>{{- end -}}
</tbody></table>`

// TestSiteRestylesThePowerListOnItsBoards: a site that writes its own
// layouts/partials/board-powers.html changes the 职权目录 on its board
// sheets, and nothing else: the website's power pages are the theme's.
func TestSiteRestylesThePowerListOnItsBoards(t *testing.T) {
	plain := built(t, "example")
	dest := filepath.Join(t.TempDir(), "public")
	fsys := overlay{base: os.DirFS("../.."), files: fstest.MapFS{"layouts/partials/board-powers.html": {Data: []byte(ownPowers)}}}
	if _, err := build.Run(build.Options{SiteDir: "../..", FS: fsys, Dest: dest, Now: now}); err != nil {
		t.Fatal(err)
	}
	read := func(dir, file string) string {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	withList := 0
	for _, b := range plain.boards {
		before, after := read(filepath.Join(tempRoot, "example", "public"), b.Path()+"index.html"), read(dest, b.Path()+"index.html")
		if !strings.Contains(before, "<th>扫码查看</th>") {
			if before != after {
				t.Errorf("board %s carries no power list, yet its sheets changed", b.NN)
			}
			continue
		}
		withList++
		if !strings.Contains(after, "<th>本县职权一览</th>") || !strings.Contains(after, "个环节）</td>") || strings.Contains(after, "<th>扫码查看</th>") {
			t.Errorf("board %s does not show the site's power list", b.NN)
		}
	}
	if withList == 0 {
		t.Fatal("no board of the example carries the power list")
	}
	for _, page := range []string{"powers/index.html", "index.html"} {
		if read(filepath.Join(tempRoot, "example", "public"), page) != read(dest, page) {
			t.Errorf("%s changed with the board's power list", page)
		}
	}
}
