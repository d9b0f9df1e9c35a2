package board

import (
	"fmt"
	"html/template"
	"math"
	"strings"

	"github.com/gongkai/gongkai/internal/config"
	"github.com/gongkai/gongkai/internal/textfit"
)

// ptMM is one typographic point in millimetres.
const ptMM = 25.4 / 72

// font is a type size with its line height.
type font struct {
	Pt   float64 // size in points
	Lead float64 // line height as a multiple of the size
}

// mm is the size in millimetres.
func (f font) mm() float64 { return f.Pt * ptMM }

// line is the height of one line in millimetres.
func (f font) line() float64 { return f.Pt * ptMM * f.Lead }

// ems is how many em of this font fit in w millimetres.
func (f font) ems(w float64) float64 { return w / f.mm() }

// lines is how many lines s takes in w millimetres of this font.
func (f font) lines(s string, w float64) int { return countLines(s, f.ems(w)) }

// geometry is one board's sheet: paper, margins, type sizes, the header,
// footer and column boxes, all in millimetres and points. Every length the
// stylesheet uses comes from here (as CSS custom properties), so the
// paginator's arithmetic and the browser's layout agree.
type geometry struct {
	W, H, Bleed float64 // trim size and bleed
	Margin      float64 // left and right margin of the trim
	Columns     int
	ColGap      float64
	ColW, ColH  float64 // one column's box
	BodyTop     float64 // from the trim's top edge to the columns

	Body, Small, Title, Head, Window, Name, Table, Code font

	Gap     float64 // space below each block of a column
	SubGap  float64 // space below nested blocks and list items
	Indent  float64 // list and quote indent
	QR      float64 // side of a QR code
	QRGap   float64 // between an item's title and its QR code
	SepGap  float64 // space above a rule between two items
	HeaderH float64 // header band
	FooterH float64 // footer band
	Counter float64 // width of "第 k 张 / 共 n 张"
	Pad     float64 // vertical padding of the bands

	CellPadX, CellPadY, Rule float64 // table cells

	board    string // "board 5", for messages
	squeezed bool   // a table laid out at this geometry breaks a word of a cell: its column is too narrow
}

// bodyPoints is the body size for a paper: it grows with the square root
// of the paper's area, so an A1 sheet gets about 22pt, an A0 31pt and an
// A2 16pt; never below the board's smallest body size (config.Board.MinBody:
// legible from its distance, and min_font).
func bodyPoints(b *config.Board) float64 {
	return math.Max(b.MinBody(), math.Round(math.Sqrt(b.Width*b.Height)/32))
}

// Lines hold about 25 to 40 characters of body type: shorter lines break
// every phrase, longer ones lose the reader's eye on the way back.
const (
	leastLineEms = 25
	mostLineEms  = 40
)

// columnsFor is the board's number of columns: its own columns, else the
// most (up to 4) whose lines hold at least leastLineEms characters of the
// paper's body type (bodyPoints), at least one. The count does not change
// with the type tried smaller to save a sheet.
func columnsFor(b *config.Board) int {
	if b.Columns > 0 {
		return b.Columns
	}
	em := bodyPoints(b) * ptMM
	usable := b.Width - 2*margin(b.Width, b.Height)
	for n := 4; n > 1; n-- {
		if (usable-float64(n-1)*columnGap(em))/float64(n) >= leastLineEms*em {
			return n
		}
	}
	return 1
}

// margin is the left and right margin of a w×h sheet.
func margin(w, h float64) float64 { return math.Max(10, math.Min(w, h)*0.04) }

// columnGap is the space between columns for a body type em mm wide.
func columnGap(em float64) float64 { return em * 2 }

// bands are the texts of the header and footer, whose lengths decide the
// bands' heights.
type bands struct {
	Kicker string  // the line above the board's name: county and number
	Footer []Field // the footer's fields (footerFields)
}

// newGeometry lays out a board's sheet; scale (at most 1) shrinks the type
// from the paper's size, never below the board's smallest body size
// (config.Board.MinBody); scale 0 is that size. Text an item's body holds
// (tables, code) is never below it either; the details under a title and
// the footer are never below min_font. cols is the number of columns, 0
// for the board's (columnsFor).
func newGeometry(b *config.Board, t bands, scale float64, cols int) *geometry {
	minBody := b.MinBody()
	body := math.Max(minBody, math.Round(bodyPoints(b)*scale*2)/2)
	least := func(pt float64) float64 { return math.Max(b.MinFont, math.Round(pt*2)/2) }
	legible := func(pt float64) float64 { return math.Max(minBody, math.Round(pt*2)/2) }
	if cols == 0 {
		cols = columnsFor(b)
	}
	g := &geometry{W: b.Width, H: b.Height, Bleed: b.Bleed, Columns: cols, board: name(b)}
	g.Body = font{body, 1.6}
	g.Small = font{least(body * 0.8), 1.45}
	g.Table = font{legible(body * 0.9), 1.45}
	g.Code = font{legible(body * 0.85), 1.45}
	g.Title = font{body * 1.4, 1.3}
	g.Head = font{body * 1.15, 1.4}
	g.Window = font{body * 1.25, 1.35}
	g.Name = font{body * 2.1, 1.2}
	g.Margin = margin(g.W, g.H)
	g.Gap = g.Body.line() * 0.5
	g.SubGap = g.Body.line() * 0.2
	g.Indent = g.Body.mm() * 2
	g.QR = math.Min(60, math.Max(22, g.Body.mm()*5))
	g.QRGap = g.Body.mm()
	g.SepGap = g.Body.line() * 0.6
	g.CellPadX, g.CellPadY, g.Rule = g.Table.mm()*cellPadEms, g.Table.mm()*0.3, 0.3
	g.Pad = g.Margin * 0.5
	g.ColGap = columnGap(g.Body.mm())
	named := g.W - 2*g.Margin - g.badge() - g.Margin
	g.HeaderH = 2*g.Pad + g.Small.line()*float64(g.Small.lines(t.Kicker, named)) + g.Name.line()*float64(g.Name.lines(b.Name, named))
	g.Counter = g.Small.mm() * textfit.Width("第 99 张 / 共 99 张")
	g.FooterH = 2*g.Pad + g.Small.line()*float64(max(2, len(footerLines(t.Footer, g.Small.ems(g.footerText())))))
	g.BodyTop = g.HeaderH + g.Margin*0.6
	g.ColW = (g.W - 2*g.Margin - float64(g.Columns-1)*g.ColGap) / float64(g.Columns)
	g.ColH = g.H - g.BodyTop - g.FooterH - g.Margin*0.6
	return g
}

// badge is the side of the square holding the board's number.
func (g *geometry) badge() float64 { return g.Small.line() + g.Name.line() }

// footerText is the width left for the footer's feedback lines.
func (g *geometry) footerText() float64 { return g.W - 2*g.Margin - g.Counter - g.Margin }

// style is the geometry as CSS custom properties for the sheet page.
func (g *geometry) style() template.CSS {
	var b strings.Builder
	mm := func(name string, v float64) { fmt.Fprintf(&b, "--%s:%smm;", name, num(v)) }
	pt := func(name string, f font) {
		fmt.Fprintf(&b, "--%s:%spt;--%s-lh:%s;", name, num(f.Pt), name, num(f.Lead))
	}
	mm("w", g.W)
	mm("h", g.H)
	mm("bleed", g.Bleed)
	mm("margin", g.Margin)
	mm("col-w", g.ColW)
	mm("col-h", g.ColH)
	mm("col-gap", g.ColGap)
	mm("body-top", g.BodyTop)
	mm("header-h", g.HeaderH)
	mm("footer-h", g.FooterH)
	mm("pad", g.Pad)
	mm("badge", g.badge())
	mm("counter", g.Counter)
	mm("gap", g.Gap)
	mm("sub-gap", g.SubGap)
	mm("indent", g.Indent)
	mm("qr", g.QR)
	mm("qr-gap", g.QRGap)
	mm("sep-gap", g.SepGap)
	mm("cell-x", g.CellPadX)
	mm("cell-y", g.CellPadY)
	mm("rule", g.Rule)
	for _, f := range []struct {
		n string
		f font
	}{{"body", g.Body}, {"small", g.Small}, {"table", g.Table}, {"code", g.Code}, {"title", g.Title}, {"head", g.Head}, {"window", g.Window}, {"name", g.Name}} {
		pt(f.n, f.f)
	}
	fmt.Fprintf(&b, "--columns:%d;--zoom:%s", g.Columns, num(previewZoom(g)))
	return template.CSS(b.String())
}

// previewZoom scales a sheet on screen to about 900 CSS pixels wide.
func previewZoom(g *geometry) float64 {
	px := (g.W + 2*g.Bleed) / 25.4 * 96
	return math.Min(1, math.Round(900/px*1000)/1000)
}

// num formats a length with at most three decimals, the same on every run.
func num(v float64) string {
	s := fmt.Sprintf("%.3f", v)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}

// countLines is the number of lines s takes at width em: textfit's lines,
// with a word wider than the line counted as the lines the browser breaks
// it into (the sheets set overflow-wrap: anywhere).
func countLines(s string, width float64) int {
	n := 0
	for _, l := range textfit.Wrap(s, width) {
		n += max(1, int(math.Ceil(textfit.Width(l)/width-1e-9)))
	}
	return n
}
