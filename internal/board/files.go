package board

import (
	"fmt"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/layout"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/output"
	"github.com/gongkai/gongkai/internal/page"
)

// Files lists the sheet page of every board and the print room's index,
// unrendered (see package output). A board's page shows the bodies of the
// items it carries; the index shows no body, but its sheet counts and type
// sizes come from every board's layout, so it lists every board's items.
//
// A board sees the site as its scope does (model.Site.View): in the
// internal edition a public board is the public build's, byte for byte.
//
// Each board is laid out once per build, through memo, for its page and the
// index alike. `gongkai serve` keeps the layouts between builds, so after a
// save only the boards carrying the saved item are laid out again, even
// for the index.
func Files(site *model.Site, tpl *layout.Set, memo output.Memo) []output.File {
	return Channel{}.files(site, tpl, memo)
}

// files are Files as the channel c makes them: with links to the PDFs when
// c.PDF, and the boards as laid out handed to c.Laid.
func (c Channel) files(site *model.Site, tpl *layout.Set, memo output.Memo) []output.File {
	cbs := site.Boards()
	shows := make([][]*model.Item, len(cbs))
	var all []*model.Item
	seen := map[*model.Item]bool{}
	for i, cb := range cbs {
		shows[i] = Items(site.View(cb.Scope), cb)
		for _, it := range shows[i] {
			if !seen[it] {
				seen[it] = true
				all = append(all, it)
			}
		}
	}
	laid := func(i int) (*Board, error) {
		cb := cbs[i]
		view := site.View(cb.Scope)
		v, err := memo.Value(name(cb), shows[i], func() (any, error) {
			b, err := layoutBoard(view, tpl, cb, shows[i])
			if err != nil {
				return nil, err
			}
			kept := *b
			kept.Site = nil // kept past this build: see output.Memo
			return &kept, nil
		})
		if err != nil {
			return nil, err
		}
		b := *v.(*Board)
		b.Site, b.PDFs = view, c.PDF
		if c.PDF {
			b.Tiles = tilesPDF(cb, c.Tile)
		}
		return &b, nil
	}
	files := make([]output.File, 0, len(cbs)+1)
	for i, cb := range cbs {
		files = append(files, output.File{Path: fmt.Sprintf("boards/%02d/index.html", cb.Number), Who: name(cb), Shows: shows[i], Layout: "board",
			Render: func() ([]byte, error) {
				b, err := laid(i)
				if err != nil {
					return nil, err
				}
				html, err := tpl.Render("board", b)
				if err != nil {
					return nil, fmt.Errorf("rendering %s: %w", name(cb), err)
				}
				return html, nil
			}})
	}
	return append(files, output.File{Path: "boards/index.html", Who: "boards index", Shows: all, Layout: "boards", Gathers: true, Render: func() ([]byte, error) {
		boards := make([]*Board, len(cbs))
		for i := range cbs {
			b, err := laid(i)
			if err != nil {
				return nil, err
			}
			boards[i] = b
		}
		if c.Laid != nil {
			c.Laid(boards)
		}
		page := &BoardsPage{Page: page.Page{Site: site, Kind: "boards", Title: "公开栏打印", Path: "boards/", Now: site.Now,
			Crumbs: []page.Crumb{{Title: "公开栏打印", Path: "boards/"}}}, Boards: boards, PDF: c.PDF}
		html, err := tpl.Render("boards", page)
		if err != nil {
			return nil, fmt.Errorf("rendering the boards index: %w", err)
		}
		return html, nil
	}})
}

// BoardsPage is the print room's index (boards.html): every board of the
// build, laid out. It is opened from disk as well as over HTTP: its links
// are relative (Link).
type BoardsPage struct {
	page.Page
	Boards []*Board
	PDF    bool // the build prints PDFs (--pdf): the index links to them
}

// Link is the address of an item's page relative to the index:
// "../cadre/wang/index.html", which works from disk and over HTTP.
func (p *BoardsPage) Link(it *model.Item) string {
	rel := strings.TrimPrefix(it.URL, p.Site.BasePath)
	if rel == "" || strings.HasSuffix(rel, "/") {
		rel += "index.html"
	}
	return "../" + rel
}

// name names a board in messages: "board 5".
func name(cb *config.Board) string { return fmt.Sprintf("board %d", cb.Number) }
