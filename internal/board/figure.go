package board

import (
	"math"
	"strconv"
	"strings"
)

// figure is a drawing with a known aspect ratio: an inline <svg> with a
// viewBox (the flowcharts), a <figure> holding one, or an image with width
// and height. It is scaled to the column's width, never split, and when it
// does not fit what is left of a column it moves to the next one; a drawing
// taller than a whole column is scaled down to fit it.
type figure struct {
	s       sizer
	ratio   float64 // height / width
	units   float64 // the drawing's own width (viewBox units), 0 when unknown
	minText float64 // its smallest font-size in those units, 0 when it has no text or it is not known
	body    string  // the drawing's HTML
	caption *para
}

// newFigure recognises a drawing in n, or returns nil.
func (bl *builder) newFigure(s sizer, n *node) *figure {
	var drawing, caption *node
	switch n.Tag {
	case "svg", "img":
		drawing = n
	case "figure", "p", "div":
		for _, k := range n.Kids {
			switch {
			case k.Tag == "svg" || k.Tag == "img":
				if drawing != nil {
					return nil
				}
				drawing = k
			case k.Tag == "figcaption":
				caption = k
			case k.Tag == "" && strings.TrimSpace(k.unescaped()) == "":
			default:
				return nil
			}
		}
	}
	if drawing == nil {
		return nil
	}
	ratio, units := aspect(drawing)
	if ratio == 0 {
		if drawing.Tag == "svg" {
			return nil
		}
		ratio = 0.75 // an image of unknown size is shown 4:3, letterboxed
	}
	f := &figure{s: s, ratio: ratio, units: units, body: render([]*node{drawing})}
	if caption != nil {
		f.caption = newPara(sizer{g: s.g, width: s.width, maxH: s.maxH}, "<figcaption>", "figcaption", caption.Kids, s.g.Small, false)
	}
	return f
}

// aspect is height/width of an svg (from its viewBox, else its width and
// height) or an img (from its width and height), and the drawing's width in
// its own units; 0 when unknown.
func aspect(n *node) (ratio, width float64) {
	if vb := strings.Fields(strings.ReplaceAll(n.attr("viewbox"), ",", " ")); len(vb) == 4 {
		w, _ := strconv.ParseFloat(vb[2], 64)
		h, _ := strconv.ParseFloat(vb[3], 64)
		if w > 0 && h > 0 {
			return h / w, w
		}
	}
	w, _ := strconv.ParseFloat(strings.TrimSuffix(n.attr("width"), "px"), 64)
	h, _ := strconv.ParseFloat(strings.TrimSuffix(n.attr("height"), "px"), 64)
	if w > 0 && h > 0 {
		return h / w, w
	}
	return 0, 0
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
	pc := &Piece{Kind: "figure", Width: num(math.Floor(w*1000) / 1000), Height: num(math.Floor(h*1000) / 1000), Drawing: safeHTML(f.body)}
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

func newPre(s sizer, n *node) *pre {
	t := strings.TrimSuffix(text(n.Kids), "\n")
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
