package board_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/model"
)

var rowID = regexp.MustCompile(`<tr data-id="([^"]*)"`)

// TestListsCarryEachOnce: across the sheets of a board with lists, every
// power in force (职权目录) and every risk point of an item in force (廉政
// 风险点) is a row exactly once, whatever the columns and sheets its tables
// are split across; nothing else is.
func TestListsCarryEachOnce(t *testing.T) {
	for _, name := range []string{"fixture", "example"} {
		s := built(t, name)
		site := s.res.Site
		boards := 0
		for _, b := range s.boards {
			if len(b.Config.Lists) == 0 {
				continue
			}
			boards++
			var want []string
			for _, l := range b.Config.Lists {
				want = append(want, listIDs(site, l)...)
			}
			seen := map[string]int{}
			for _, sh := range b.Sheets {
				for _, c := range sh.Columns {
					for _, p := range c.Parts {
						if p.Kind != "block" {
							continue
						}
						for _, m := range rowID.FindAllStringSubmatch(board.PartHTML(s.tpl, p), -1) {
							seen[m[1]]++
						}
					}
				}
			}
			for _, id := range want {
				if seen[id] != 1 {
					t.Errorf("%s board %d: %s is on its sheets %d times, want once", name, b.Config.Number, id, seen[id])
				}
				delete(seen, id)
			}
			for id, n := range seen {
				t.Errorf("%s board %d: %s is on its sheets %d times; it is not in force on boards", name, b.Config.Number, id, n)
			}
			if len(want) < 4 {
				t.Errorf("%s board %d: its lists hold %d rows; the test proves little", name, b.Config.Number, len(want))
			}
		}
		if boards == 0 {
			t.Errorf("%s: no board carries lists", name)
		}
	}
}

// listIDs is what list l must show, worked out from the model here rather
// than by the code under test: powers and risk points of items in force on
// boards.
func listIDs(site *model.Site, l string) []string {
	onBoards := func(it *model.Item) bool { return it.Active() && it.HasChannel("board") }
	var out []string
	switch l {
	case config.ListPowers:
		for _, p := range site.Powers {
			if onBoards(p) {
				out = append(out, p.ID)
			}
		}
	case config.ListRisks:
		for _, r := range site.Risks {
			if onBoards(r.Item) {
				out = append(out, r.ID)
			}
		}
	}
	return out
}

// TestListsShowOnlyWhatIsInForce: the fixture's lists leave out internal,
// draft, future and withdrawn powers and risk points, and tell each power
// by its holder, legal basis and QR code.
func TestListsShowOnlyWhatIsInForce(t *testing.T) {
	s := built(t, "fixture")
	b := boardNo(t, s.boards, 5)
	page := render(t, s, b)
	for _, mark := range []string{"INTERNAL", "DRAFT", "FUTURE", "WITHDRAWN"} {
		if strings.Contains(page, mark) {
			t.Errorf("board 5 shows %s", mark)
		}
	}
	for _, want := range []string{"县委组织部", "《中华人民共和国预算法》第六十一条", `aria-label="扫码查看：财政资金拨付流程"`, "▲高风险"} {
		if !strings.Contains(page, want) {
			t.Errorf("board 5 does not show %q", want)
		}
	}
	if got := len(b.Lists); got != 2 || !slices.Equal([]string{b.Lists[0].List, b.Lists[1].List}, []string{"powers", "risks"}) {
		t.Errorf("board 5 lists: %d, want powers then risks", got)
	}
}
