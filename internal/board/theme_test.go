package board_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/browser/browsertest"
	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
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
		before, after := read(filepath.Join(browsertest.TempRoot(), "example", "public"), b.Path()+"index.html"), read(dest, b.Path()+"index.html")
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
		if read(filepath.Join(browsertest.TempRoot(), "example", "public"), page) != read(dest, page) {
			t.Errorf("%s changed with the board's power list", page)
		}
	}
}

// TestStagesOnSheets: a decision's stages with a hearing and a vote read
// on a sheet as they always have: dates, summary, hearing, vote, outcome,
// each closed by 。.
func TestStagesOnSheets(t *testing.T) {
	s := built(t, "fixture")
	d := func(m, day int) calendar.Day { return calendar.Date(2026, time.Month(m), day) }
	it := &model.Item{Item: &content.Item{}, Timeline: []model.TimelineStage{
		{Label: "征求意见", State: model.StageDone, Stage: &content.Stage{Start: d(10, 1), End: d(10, 15), Summary: "收到意见12条。",
			Hearing: d(10, 10), HearingPlace: "县政府三楼会议室"}},
		{Label: "集体讨论决定", State: model.StageDone, Stage: &content.Stage{Start: d(10, 20), End: d(10, 20),
			Vote: &content.Vote{For: 9, Abstain: 1}, Outcome: "同意实施<方案>"}},
		{Label: "公布", State: model.StagePending},
	}}
	want := fmt.Sprintf(`<ol class="stages"><li><b>征求意见</b>（%s）%s至%s。收到意见12条。听证会：%s，县政府三楼会议室。</li>`+
		`<li><b>集体讨论决定</b>（%s）%s。表决：赞成9票，反对0票，弃权1票，表决通过。同意实施&lt;方案&gt;。</li><li><b>公布</b>（%s）</li></ol>`,
		model.StageDone.Label(), d(10, 1).Chinese(), d(10, 15).Chinese(), d(10, 10).Chinese(),
		model.StageDone.Label(), d(10, 20).Chinese(), model.StagePending.Label())
	if got := strings.Join(board.ExtraTables(s.tpl, it), ""); got != want {
		t.Errorf("stages:\n got %s\nwant %s", got, want)
	}
}

// TestSiteRestylesBodiesOnItsSheets: a site that writes its own
// layouts/partials/board-block.html changes how the paragraphs and the
// list items of bodies print on its sheets, continued ones included, and
// the board lays them out as before.
func TestSiteRestylesBodiesOnItsSheets(t *testing.T) {
	s := built(t, "fixture")
	own, err := os.ReadFile("../../themes/default/layouts/partials/board-block.html")
	if err != nil {
		t.Fatal(err)
	}
	restyled := strings.NewReplacer(
		`{{if .Cont}}<p class="cont">{{else}}{{.Open}}{{end}}{{.Inline}}</p>`, `<p class="para{{if .Cont}} cont{{end}}">{{.Inline}}</p>`,
		`{{if .Cont}}<li class="cont">{{else}}{{.Open}}{{end}}`, `<li class="item{{if .Cont}} cont{{end}}">`,
	).Replace(string(own))
	if restyled == string(own) {
		t.Fatal("the theme's partials/board-block.html no longer writes paragraphs and list items as this test expects")
	}
	fsys := fixture(t)
	fsys["layouts/partials/board-block.html"] = &fstest.MapFile{Data: []byte(restyled)}
	tpl := theme(t, fsys, s.res.Site)
	boards, err := board.Layout(s.res.Site, tpl)
	if err != nil {
		t.Fatal(err)
	}
	var before, after strings.Builder
	for i, b := range boards {
		for _, set := range []struct {
			tpl *layout.Set
			b   *board.Board
			out *strings.Builder
		}{{s.tpl, s.boards[i], &before}, {tpl, b, &after}} {
			h, err := set.tpl.Render("board", set.b)
			if err != nil {
				t.Fatal(err)
			}
			set.out.Write(h)
		}
	}
	a := after.String()
	for _, want := range []string{`<p class="para">`, `<p class="para cont">`, `<li class="item">`, `<li class="item cont">`} {
		if !strings.Contains(a, want) {
			t.Errorf("the sheets do not show the site's %s", want)
		}
	}
	if strings.Contains(a, `<p class="cont">`) || strings.Contains(a, `<li class="cont">`) {
		t.Error("the sheets still show the theme's continued paragraphs or list items")
	}
	if n, m := strings.Count(before.String(), `data-h="`), strings.Count(a, `data-h="`); n != m {
		t.Errorf("the site's partial changed the layout: %d parts before, %d after", n, m)
	}
}
