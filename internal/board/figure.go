package board

import (
	"math"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/flowchart"
	"github.com/gongkai/gongkai/internal/markdown"
)

// figure is a drawing with a known aspect ratio: an inline <svg> with a
// viewBox (the flowcharts), a <figure> holding one, or an image with width
// and height. It is scaled to the column's width, never split, and when it
// does not fit what is left of a column it moves to the next one; a drawing
// taller than a whole column is scaled down to fit it.
type figure struct {
	s       sizer
	ratio   float64            // height / width
	units   float64            // the drawing's own width (viewBox units), 0 when unknown
	minText float64            // its smallest font-size in those units, 0 when it has no text or it is not known
	body    string             // the drawing's HTML
	chart   *flowchart.Layout  // or a flowchart, drawn (body) only in the layout kept (pieces)
	drawing *flowchart.Drawing // the power's, which gave chart and draws it
	caption *para
}

// newFigure is the figure of a block that is a drawing, or nil: a figure
// (its drawing and its caption), a drawing of a known size, or a
// paragraph holding only a picture, shown 4:3 (letterboxed) as its size
// is not known.
func (bl *builder) newFigure(s sizer, b markdown.Block) *figure {
	var caption *markdown.Block
	if b.Kind == "figure" {
		drawing := -1
		for i, k := range b.Kids {
			switch k.Kind {
			case "figcaption":
				caption = &b.Kids[i]
			default:
				drawing = i
			}
		}
		if drawing < 0 {
			return nil
		}
		b = b.Kids[drawing]
	}
	f := &figure{s: s}
	switch {
	case b.Width > 0 && b.Height > 0:
		f.ratio, f.units, f.body = b.Height/b.Width, b.Width, strings.TrimRight(string(b.HTML), "\n")
	case b.Kind == "p" && b.Para != nil:
		img, ok := picture(b.Para)
		if !ok {
			return nil
		}
		f.ratio, f.body = 0.75, img.HTML
	default:
		return nil
	}
	if caption != nil && caption.Para != nil {
		f.caption = newPara(sizer{g: s.g, width: s.width, maxH: s.maxH}, "figcaption", "", "", caption.Para, s.g.Small, false)
	}
	return f
}

// picture is the one picture a paragraph holds, when it holds nothing
// else but white space.
func picture(p *flow.Para) (flow.Run, bool) {
	var img flow.Run
	n := 0
	for _, r := range p.Runs {
		switch {
		case r.Image:
			img, n = r, n+1
		case r.Atomic || strings.TrimSpace(r.Text) != "":
			return img, false
		}
	}
	return img, n == 1
}

// textPt is the size in points the drawing's smallest text prints at, or
// 0 when that is unknown.
func (f *figure) textPt() float64 {
	if f.units == 0 || f.minText == 0 {
		return 0
	}
	w, _ := f.size()
	return f.minText * w / f.units / ptMM
}

// size is the drawing's box in mm: the column's width, or less when that
// would make it taller than a column.
func (f *figure) size() (w, h float64) {
	w, h = f.s.width, f.s.width*f.ratio
	limit := f.s.maxH - f.s.gap - f.captionH()
	if h > limit {
		h = limit
		w = h / f.ratio
	}
	return w, h
}

func (f *figure) captionH() float64 {
	if f.caption == nil {
		return 0
	}
	return f.caption.height()
}

func (f *figure) height() float64 {
	_, h := f.size()
	return h + f.captionH() + f.s.gap
}

func (f *figure) minHeight() float64                { return f.height() }
func (f *figure) keepWithNext() bool                { return false }
func (f *figure) split(room float64) (block, block) { return splitWhole(f, room) }

// piece is the drawing in its box, and its caption.
func (f *figure) piece() *Piece {
	w, h := f.size()
	body := f.body
	if f.chart != nil {
		body = string(f.drawing.SVG(f.chart))
	}
	pc := &Piece{Kind: "figure", Width: num(math.Floor(w*1000) / 1000), Height: num(math.Floor(h*1000) / 1000), Drawing: safeHTML(body)}
	if f.caption != nil {
		pc.Caption = safeHTML(f.caption.inline())
	}
	return pc
}

func (f *figure) text() string {
	if f.caption == nil {
		return ""
	}
	return f.caption.text()
}

// pre is preformatted text: it splits between its lines. A part that
// continues in the next column is a slice of the block's lines, whose rows
// were counted once for the whole block.
type pre struct {
	s     sizer
	f     font
	lines []string // source lines
	sums  []int    // sums[i]: the rows of the block's first i lines
	base  int      // index of lines[0] among them
}

func newPre(s sizer, code string) *pre {
	t := strings.Trim(code, "\n")
	p := &pre{s: s, f: s.g.Code, lines: strings.Split(t, "\n")}
	p.sums = make([]int, len(p.lines)+1)
	for i, l := range p.lines {
		p.sums[i+1] = p.sums[i] + countLines(l, p.f.ems(p.s.width-2*p.pad())-slack)
	}
	return p
}

func (p *pre) pad() float64 { return p.f.mm() * 0.5 }

// rows is the rows of the part's first k lines.
func (p *pre) rows(k int) int { return p.sums[p.base+k] - p.sums[p.base] }

func (p *pre) height() float64 {
	return float64(p.rows(len(p.lines)))*p.f.line() + 2*p.pad() + p.s.gap
}

func (p *pre) minHeight() float64 {
	return float64(min(2, p.rows(len(p.lines))))*p.f.line() + 2*p.pad() + p.s.gap
}
func (p *pre) keepWithNext() bool { return false }

func (p *pre) split(room float64) (block, block) {
	if p.height() <= room {
		return p, nil
	}
	k := 0
	for k < len(p.lines) && float64(p.rows(k+1))*p.f.line()+2*p.pad()+p.s.gap <= room {
		k++
	}
	if k == 0 {
		return nil, p
	}
	return &pre{s: p.s, f: p.f, lines: p.lines[:k], sums: p.sums, base: p.base},
		&pre{s: p.s, f: p.f, lines: p.lines[k:], sums: p.sums, base: p.base + k}
}

func (p *pre) piece() *Piece { return &Piece{Kind: "pre", Code: strings.Join(p.lines, "\n")} }

func (p *pre) text() string { return strings.Join(p.lines, "\n") }
