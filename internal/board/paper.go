package board

import (
	"fmt"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/model"
)

// A column must hold at least an item's header (a one-line title, its
// details and the QR code) and a few lines of text, and be wide enough for
// a short line of type; less, and nothing can be laid out on the sheet.
const (
	minColumnLines = 3  // lines of body type under a header
	minColumnEms   = 10 // characters of body type across a column
)

// CheckPaper reports boards whose paper is too small for what a sheet
// carries before any item (header, footer, margins) at the board's type
// size, or whose columns are too narrow for a line of type, at the line
// of site.toml that sets the paper, with a paper or column count that
// fits. build.Load runs it, so a board that cannot be laid out is an error
// of site.toml, told before any layout is tried.
func CheckPaper(site *model.Site) []diag.Diagnostic {
	var out []diag.Diagnostic
	for i := range site.Config.Boards {
		cb := &site.Config.Boards[i]
		msg := paperProblem(site, cb)
		if msg == "" {
			continue
		}
		line := site.Config.Meta.Line(fmt.Sprintf("boards[%d].paper", cb.Index))
		out = append(out, diag.Diagnostic{File: config.File, Line: line, Msg: msg})
	}
	return out
}

// sheet is the geometry of cb's sheets as the layout makes it, at the
// paper's type size, and the height and width a column needs at least.
func sheet(site *model.Site, cb *config.Board) (g *geometry, needH, needW float64) {
	date := site.Now.Chinese()
	kicker := fmt.Sprintf("%s · 第%d号公开栏", site.Config.County, cb.Number)
	g = newGeometry(cb, bands{Kicker: kicker, Footer: footerFields(cb, footer(site))}, 1, 0)
	e := &Entry{Title: "关于某某同志任前公示的公告", Meta: date, Window: "公示期：" + date + "至" + date}
	needH = g.headerHeight(e, false, true, false) + minColumnLines*g.Body.line()
	return g, needH, minColumnEms * g.Body.mm()
}

func paperProblem(site *model.Site, cb *config.Board) string {
	g, needH, needW := sheet(site, cb)
	if g.ColW < needW {
		cols := fmt.Sprintf("its %d columns on paper %q would each be", g.Columns, cb.Paper)
		if g.Columns == 1 {
			cols = fmt.Sprintf("its column on paper %q would be", cb.Paper)
		}
		return fmt.Sprintf("%s: %s %s wide, too narrow for a line of its %gpt type (at least %.0f mm); %s",
			name(cb), cols, size(g.ColW), g.Body.Pt, needW, widerAdvice(site, cb, g.Columns))
	}
	if g.ColH < needH {
		return fmt.Sprintf("%s: paper %q is too small for this board: its header, footer and margins leave %s for items, and a column needs at least %.0f mm (an item's title, QR code and a few lines); %s",
			name(cb), cb.Paper, size(g.ColH), needH, largerPaper(site, cb))
	}
	return ""
}

// size says how much room is left, never a negative size.
func size(mm float64) string {
	if mm < 1 {
		return "nothing"
	}
	return fmt.Sprintf("only %.0f mm", mm)
}

// paperSizes are the sizes suggested, smallest first.
var paperSizes = []string{"A4", "A3", "A2", "A1", "A0"}

// largerPaper names the smallest standard paper on which the board fits.
func largerPaper(site *model.Site, cb *config.Board) string {
	for _, p := range paperSizes {
		if b, ok := withPaper(cb, p); ok && paperProblem(site, b) == "" {
			return fmt.Sprintf("write a larger paper, such as paper = %q", p)
		}
	}
	return "write a larger paper, such as paper = \"A0\", and a smaller min_font"
}

// widerAdvice suggests fewer columns, or a larger paper.
func widerAdvice(site *model.Site, cb *config.Board, cols int) string {
	for n := cols - 1; n >= 1; n-- {
		b := *cb
		b.Columns = n
		if paperProblem(site, &b) == "" {
			return fmt.Sprintf("write columns = %d", n)
		}
	}
	return largerPaper(site, cb)
}

// withPaper is cb on paper p, or false when p is not larger than cb's own.
func withPaper(cb *config.Board, p string) (*config.Board, bool) {
	w, h, err := config.ParsePaper(p)
	if err != nil {
		return nil, false
	}
	if cb.Orientation == "landscape" {
		w, h = h, w
	}
	if w*h <= cb.Width*cb.Height {
		return nil, false
	}
	b := *cb
	b.Paper, b.Width, b.Height = p, w, h
	return &b, true
}
