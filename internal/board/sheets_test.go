package board_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/board"
	"github.com/gongkai/gongkai/internal/build"
	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
)

// TestSheetsDoNotChangeByThemselves builds the fixture on a day and on the
// next, when nothing enters or leaves a board, and requires every sheet
// page byte for byte the same: a sheet's date is the newest date of what
// it shows (never --now), and so is everything else on it. The index
// differs only in its 数据更新于 line.
func TestSheetsDoNotChangeByThemselves(t *testing.T) {
	s := built(t, "fixture")
	day := quietDay(t, s.res.Site)
	a, b := buildOn(t, day), buildOn(t, day.AddDays(1))
	pages, err := filepath.Glob(filepath.Join(a, "boards", "*", "index.html"))
	if err != nil || len(pages) < 5 {
		t.Fatalf("%d sheet pages (%v)", len(pages), err)
	}
	for _, p := range pages {
		rel, _ := filepath.Rel(a, p)
		if got, want := read(t, filepath.Join(b, rel)), read(t, p); got != want {
			t.Errorf("%s changed from %s to %s with nothing entering or leaving", rel, day, day.AddDays(1))
		}
	}
	stamp := regexp.MustCompile(`数据更新于 \d+年\d+月\d+日`)
	ia, ib := read(t, filepath.Join(a, "boards", "index.html")), read(t, filepath.Join(b, "boards", "index.html"))
	if ia == ib || stamp.ReplaceAllString(ia, "") != stamp.ReplaceAllString(ib, "") {
		t.Errorf("the index should differ only in its 数据更新于 line")
	}
}

// quietDay is a day after which the fixture's boards do not change for
// two days (model.Changes).
func quietDay(t *testing.T, site *model.Site) calendar.Day {
	changed := map[calendar.Day]bool{}
	for _, c := range model.Changes(site, site.Now, site.Now.AddDays(60)) {
		changed[c.Day] = true
	}
	for d := site.Now; d.Before(site.Now.AddDays(58)); d = d.AddDays(1) {
		if !changed[d.AddDays(1)] && d != site.Now {
			return d
		}
	}
	t.Fatal("no quiet day in 60 days")
	return calendar.Day{}
}

func buildOn(t *testing.T, day calendar.Day) string {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := build.Run(build.Options{SiteDir: ".", FS: fixture(t), Dest: dest, Now: day}); err != nil {
		t.Fatal(err)
	}
	return dest
}

func read(t *testing.T, file string) string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestSheetStamps: each sheet's date is the newest date of the items it
// shows, not --now; its take-down day the first last day of its notices'
// windows; its fingerprint 8 hex digits, printed in its footer, different
// for sheets that show different things.
func TestSheetStamps(t *testing.T) {
	s := built(t, "fixture")
	seen := map[string]string{}
	for _, b := range s.boards {
		page := read(t, filepath.Join(s.res.Dest, b.Path(), "index.html"))
		for _, sh := range b.Sheets {
			where := "board " + b.NN + " sheet " + string(rune('0'+sh.Number))
			if !regexp.MustCompile(`^[0-9a-f]{8}$`).MatchString(sh.Print) {
				t.Errorf("%s: fingerprint %q", where, sh.Print)
			}
			if other, ok := seen[sh.Print]; ok {
				t.Errorf("%s has the fingerprint of %s", where, other)
			}
			seen[sh.Print] = where
			if !strings.Contains(page, "内容码 "+sh.Print) {
				t.Errorf("%s: its footer does not print its fingerprint %s", where, sh.Print)
			}
			newest, until := calendar.Day{}, calendar.Day{}
			for _, c := range sh.Columns {
				for _, p := range c.Parts {
					if p.Entry == nil || p.Entry.Item == nil {
						continue
					}
					it := p.Entry.Item
					for _, d := range []calendar.Day{it.Date, it.Updated} {
						if d.After(newest) {
							newest = d
						}
					}
					if p.Entry.Window != "" && (until.IsZero() || p.Entry.End.Before(until)) {
						until = p.Entry.End
					}
				}
			}
			if len(b.Lists) == 0 && sh.Day != newest {
				t.Errorf("%s: dated %s, want its newest item's %s", where, sh.Day, newest)
			}
			if sh.Day == s.res.Site.Now && newest != s.res.Site.Now {
				t.Errorf("%s: dated --now", where)
			}
			if sh.UntilDay != until {
				t.Errorf("%s: take down on %s, want %s", where, sh.UntilDay, until)
			}
			if sh.Date != "" && !strings.Contains(page, "公开日期：<b>"+sh.Date+"</b>") || sh.Date == "" && strings.Contains(page, "公开日期") {
				t.Errorf("%s: the footer does not say 公开日期：%s", where, sh.Date)
			}
		}
		if !strings.Contains(page, "第"+strings.TrimLeft(b.NN, "0")+"号公开栏：<b>"+b.Config.Location) {
			t.Errorf("board %s: the footer does not give the board's number and location %q", b.NN, b.Config.Location)
		}
	}
}

// TestFingerprintFollowsContent: a sheet's fingerprint changes when what
// it shows changes, and only then.
func TestFingerprintFollowsContent(t *testing.T) {
	s := built(t, "fixture")
	again, err := board.Layout(s.res.Site, s.tpl)
	if err != nil {
		t.Fatal(err)
	}
	if board.Printed(again)[0] != board.Printed(s.boards)[0] {
		t.Errorf("laid out twice, the fingerprints differ")
	}
	cb := *s.boards[1].Config
	cb.Location += "西侧"
	moved, err := board.LayoutBoard(s.res.Site.View(cb.Scope), s.tpl, &cb, board.Items(s.res.Site, &cb))
	if err != nil {
		t.Fatal(err)
	}
	if moved.Sheets[0].Print == s.boards[1].Sheets[0].Print {
		t.Errorf("the board's location changed, its fingerprint did not")
	}
}

// TestPrintRoomLinksAreRelative: the print room's index and the sheet
// pages' own links (the stylesheet, the sheets, the index, the items'
// pages) are relative and lead to files the build wrote, so both work
// opened from disk as over HTTP; without --pdf neither links to a PDF or
// tells how to run gongkai. With PDFs, the links name the files PrintPDF
// writes.
func TestPrintRoomLinksAreRelative(t *testing.T) {
	s := built(t, "fixture")
	attr := regexp.MustCompile(`(?:href|src)="([^"]*)"`)
	check := func(page, html string) {
		for _, m := range attr.FindAllStringSubmatch(html, -1) {
			link := m[1]
			if strings.HasPrefix(link, "/") || strings.Contains(link, ":") {
				t.Errorf("%s links to %q: not relative", page, link)
				continue
			}
			target := filepath.Join(filepath.Dir(filepath.Join(s.res.Dest, page)), strings.SplitN(link, "?", 2)[0])
			if st, err := os.Stat(target); err != nil || st.IsDir() {
				t.Errorf("%s links to %q, which is not a file the build wrote", page, link)
			}
		}
		if strings.Contains(html, ".pdf") || strings.Contains(html, "PDF") || strings.Contains(html, "gongkai build") {
			t.Errorf("%s, built without --pdf, mentions PDFs or gongkai's commands", page)
		}
	}
	check("boards/index.html", read(t, filepath.Join(s.res.Dest, "boards", "index.html")))
	for _, b := range s.boards {
		page := b.Path() + "index.html"
		html := read(t, filepath.Join(s.res.Dest, page))
		head, _, _ := strings.Cut(html, "<main>") // the head and the toolbar: the sheets' bodies link to the website
		check(page, head)
	}
	files, err := board.Channel{PDF: true}.Files(s.res.Site, s.tpl, output.Once())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		html, err := f.Render()
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range s.boards {
			want := `href="` + b.PDF() + `"`
			if f.Path == "boards/index.html" {
				want = `href="` + b.NN + "/" + b.PDF() + `"`
			} else if f.Path != b.Path()+"index.html" {
				continue
			}
			if !strings.Contains(string(html), want) || b.PDF() != "board-"+b.NN+".pdf" {
				t.Errorf("%s with --pdf: no link %s to the PDF PrintPDF writes", f.Path, want)
			}
		}
	}
}

// TestPrintRoomLinksTheTiles: with --pdf --tile, the print room's index
// and each sheet page link to the tiles' PDF of exactly the boards whose
// sheets are larger than the tile paper (the ones PrintPDF cuts), and
// without --tile to none.
func TestPrintRoomLinksTheTiles(t *testing.T) {
	s := built(t, "fixture")
	for _, tile := range []string{"A3", ""} {
		files, err := board.Channel{PDF: true, Tile: tile}.Files(s.res.Site, s.tpl, output.Once())
		if err != nil {
			t.Fatal(err)
		}
		cut := 0
		for _, f := range files {
			html, err := f.Render()
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range s.boards {
				want := board.TilePDF(b.Config, "A3")
				link := `href="` + want + `"`
				if f.Path == "boards/index.html" {
					link = `href="` + b.NN + "/" + want + `"`
				} else if f.Path != b.Path()+"index.html" {
					continue
				}
				_, larger := board.PlanTiles(b.Config.Width, b.Config.Height, "A3")
				if larger && tile != "" {
					cut++
					if !strings.Contains(string(html), link) {
						t.Errorf("%s with --tile %s: no link %s to the tiles PDF", f.Path, tile, link)
					}
				} else if strings.Contains(string(html), want) {
					t.Errorf("%s with --tile %q: links to %s, which the build does not write", f.Path, tile, want)
				}
			}
		}
		if tile != "" && cut == 0 {
			t.Fatal("the fixture has no board larger than A3: the test proves nothing")
		}
	}
}
