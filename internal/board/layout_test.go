package board_test

import (
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/page"
)

func boardNo(t *testing.T, boards []*board.Board, n int) *board.Board {
	t.Helper()
	for _, b := range boards {
		if b.Config.Number == n {
			return b
		}
	}
	t.Fatalf("no board %d", n)
	return nil
}

// render renders a board's sheet page as the build does, before minifying.
func render(t *testing.T, s *site, b *board.Board) string {
	t.Helper()
	fsys := fixture(t)
	tpl, diags := layout.Load(fsys, s.res.Site.Config.Theme, page.Funcs(s.res.Site))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	out, err := tpl.Render("board", b)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestLongItemContinuesOnTheNextSheet: an item longer than a sheet goes on
// over the following sheets, each opening with its title again (续) and its
// QR code, so a sheet posted alone still says what it continues.
func TestLongItemContinuesOnTheNextSheet(t *testing.T) {
	s := built(t, "fixture")
	b := boardNo(t, s.boards, 1)
	if len(b.Sheets) < 3 {
		t.Fatalf("the long notice takes %d sheets of A4; want it to continue over several", len(b.Sheets))
	}
	for _, sh := range b.Sheets[1:] {
		first := sh.Columns[0].Parts[0]
		if first.Kind != "cont" || !first.Full || first.Entry.ID != "cadre/wang" {
			t.Errorf("sheet %d opens with %s %v, want the notice's full header continued", sh.Number, first.Kind, first.Full)
		}
	}
	pages := strings.Split(render(t, s, b), `<section class="sheet-page"`)[1:]
	for i, p := range pages {
		if !strings.Contains(p, `class="qr"`) {
			t.Errorf("sheet %d has no QR code", i+1)
		}
		if i > 0 && !strings.Contains(p, "关于王某某等同志任前公示的公告（续）") {
			t.Errorf("sheet %d does not repeat the title with 续", i+1)
		}
		if !strings.Contains(p, "公示期：11月23日至11月27日") {
			t.Errorf("sheet %d does not show the publicity window", i+1)
		}
		if want := "共 " + strconv.Itoa(len(pages)) + " 张"; !strings.Contains(p, "第 "+strconv.Itoa(i+1)+" 张 / "+want) {
			t.Errorf("sheet %d is not numbered 第 %d 张 / %s", i+1, i+1, want)
		}
	}
}

var (
	tags  = regexp.MustCompile(`<[^>]*>`)
	thead = regexp.MustCompile(`(?s)<thead>.*?</thead>`)
)

// runes is the multiset of visible characters of HTML, without table
// headers (which a continued table repeats on purpose).
func runes(h string) map[rune]int {
	m := map[rune]int{}
	for _, r := range html.UnescapeString(tags.ReplaceAllString(thead.ReplaceAllString(h, ""), "")) {
		if r > ' ' {
			m[r]++
		}
	}
	return m
}

// TestNothingLostNorRepeated: across a board's sheets, every character of
// every item's body appears exactly as often as in the body.
func TestNothingLostNorRepeated(t *testing.T) {
	for _, name := range []string{"fixture", "example"} {
		s := built(t, name)
		for _, b := range s.boards {
			got := map[string]string{}
			for _, sh := range b.Sheets {
				var cur string
				for _, c := range sh.Columns {
					for _, p := range c.Parts {
						if p.Entry != nil {
							cur = p.Entry.ID
						}
						if p.Kind == "block" {
							got[cur] += board.PartHTML(s.tpl, p)
						}
					}
				}
			}
			for _, e := range b.Entries {
				want := runes(strings.Join(board.ExtraTables(s.tpl, e.Item), "") + string(e.Doc.HTML))
				have := runes(withoutCharts(t, e, got[e.ID]))
				if !mapsEqual(want, have) {
					t.Errorf("%s board %d: %s differs on its sheets: %s", name, b.Config.Number, e.ID, diffRunes(want, have))
				}
			}
		}
	}
}

// withoutCharts takes a power's flowchart out of its sheets' HTML, after
// checking it is there exactly once: its text is the steps' (tested in
// package flowchart), rewrapped and with connector letters.
func withoutCharts(t *testing.T, e *board.Entry, h string) string {
	n := len(chartSVG.FindAllString(h, -1))
	if want := map[bool]int{true: 1, false: 0}[e.Chart != nil]; n != want {
		t.Errorf("%s: %d flowcharts on its sheets, want %d", e.ID, n, want)
	}
	h = chartSVG.ReplaceAllString(h, "")
	return strings.NewReplacer(board.ChartCaption, "", board.ConnectorCaption, "").Replace(h)
}

var chartSVG = regexp.MustCompile(`(?s)<svg[^>]*class="flowchart".*?</svg>`)

func mapsEqual(a, b map[rune]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func diffRunes(want, have map[rune]int) string {
	var out []string
	for r, n := range want {
		if have[r] != n {
			out = append(out, string(r)+":"+strconv.Itoa(n)+"→"+strconv.Itoa(have[r]))
		}
	}
	for r, n := range have {
		if _, ok := want[r]; !ok {
			out = append(out, string(r)+":0→"+strconv.Itoa(n))
		}
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

var pt = regexp.MustCompile(`--([a-z]+):([0-9.]+)pt`)

// TestMinimumTypeSize: no type on any sheet is set below the board's
// min_font, even when a board is set smaller to save a sheet.
func TestMinimumTypeSize(t *testing.T) {
	for _, name := range []string{"fixture", "example"} {
		for _, b := range built(t, name).boards {
			for _, m := range pt.FindAllStringSubmatch(string(b.Style), -1) {
				if v := atof(m[2]); v < b.Config.MinFont {
					t.Errorf("%s board %d: --%s is %vpt, below min_font %v", name, b.Config.Number, m[1], v, b.Config.MinFont)
				}
			}
		}
	}
	b := boardNo(t, built(t, "fixture").boards, 1)
	if !strings.Contains(string(b.Style), "--body:16pt") {
		t.Errorf("A4 board with min_font = 16: body is not 16pt: %s", b.Style)
	}
}

func atof(s string) float64 {
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

// TestOnlyItemsInForceOnBoards: ended, internal, draft and future items
// never reach a sheet, even when a board lists them by id.
func TestOnlyItemsInForceOnBoards(t *testing.T) {
	s := built(t, "fixture")
	for _, b := range s.boards {
		page := render(t, s, b)
		for _, mark := range []string{"ENDED", "INTERNAL", "DRAFT", "FUTURE"} {
			if strings.Contains(page, mark) {
				t.Errorf("board %d shows %s", b.Config.Number, mark)
			}
		}
	}
	if got := boardNo(t, s.boards, 1).Entries; len(got) != 1 || got[0].ID != "cadre/wang" {
		t.Errorf("board 1 carries %d items, want only cadre/wang", len(got))
	}
}

// TestEmptyBoardSaysSo: a board with nothing in force prints one sheet
// that says so, with its header and footer.
func TestEmptyBoardSaysSo(t *testing.T) {
	s := built(t, "fixture")
	b := boardNo(t, s.boards, 12)
	if len(b.Sheets) != 1 || b.Sheets[0].Columns[0].Parts[0].Kind != "empty" {
		t.Fatalf("empty board: %d sheets", len(b.Sheets))
	}
	if page := render(t, s, b); !strings.Contains(page, "暂无在公开期内的内容") || !strings.Contains(page, "0000-1234567") {
		t.Error("the empty sheet does not say so, or lacks the feedback phone")
	}
}

// TestSameInputSameSheets: laying out and rendering twice gives the same
// bytes.
func TestSameInputSameSheets(t *testing.T) {
	s := built(t, "fixture")
	again, err := board.Layout(s.res.Site, s.tpl)
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range s.boards {
		if render(t, s, b) != render(t, s, again[i]) {
			t.Errorf("board %d renders differently the second time", b.Config.Number)
		}
	}
}

// TestLastSheetColumnsBalanced: on a board of several columns, the last
// sheet's columns end near level, not one full and the next empty.
func TestLastSheetColumnsBalanced(t *testing.T) {
	for _, name := range []string{"fixture", "example"} {
		for _, b := range built(t, name).boards {
			if b.Config.Columns < 2 || len(b.Entries) == 0 {
				continue
			}
			last := b.Sheets[len(b.Sheets)-1]
			most, least := 0.0, 1e9
			for _, c := range last.Columns {
				most, least = max(most, c.Used), min(least, c.Used)
			}
			if least == 0 || most-least > most/2 {
				t.Errorf("%s board %d: last sheet's columns hold %.0f to %.0f mm", name, b.Config.Number, least, most)
			}
		}
	}
}
