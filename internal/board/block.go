package board

import (
	"html/template"
	"math"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/textfit"
)

// block is a piece of an item's body that the paginator places in a column.
// Every kind knows its height at the column's width, including the space
// below it, and how to split itself so that a head fits a given room.
type block interface {
	height() float64
	// minHeight is the height of the smallest head split can make: what
	// must fit below a heading (or an item's title) for it to stay there.
	minHeight() float64
	// split returns a head no taller than room and the rest. head is nil
	// when nothing of the block fits; tail is nil when all of it does.
	split(room float64) (head, tail block)
	piece() *Piece // what partials/board-block.html writes
	text() string  // plain text, for tests that nothing is lost or repeated
	keepWithNext() bool
}

// sizer measures blocks for one width of one board.
type sizer struct {
	g     *geometry
	width float64 // mm available to the block
	gap   float64 // space below the block: the block gap at the top level, the sub gap inside
	maxH  float64 // the tallest a block may be: an empty column below a continued title
	top   bool    // a block of the column itself, not nested in a list or quote
}

// sum adds the heights of n parts to start, in order, while that stays
// below what any room is compared with (two columns); past that, rest(i)
// estimates the heights of parts i and after from sums made once, so a
// block split again and again never adds up all it still holds: a height
// that large is only ever found too tall.
func (s sizer) sum(start float64, n int, height func(i int) float64, rest func(i int) float64) float64 {
	h := start
	for i := range n {
		if h > 2*s.g.ColH {
			return h + rest(i)
		}
		h += height(i)
	}
	return h
}

func (s sizer) nested(indent float64) sizer {
	return sizer{g: s.g, width: s.width - indent, gap: s.g.SubGap, maxH: s.maxH}
}

// para is inline content: a paragraph, a heading, the text of a list item
// or a cell, a caption. It splits between lines.
//
// A paragraph that continues in the next column keeps the lines textfit
// wrapped for the whole (flow) and its runs (in): a part is the text
// [lo, hi) of the whole, so a paragraph split n times costs its length,
// not n times it.
type para struct {
	s      sizer
	kind   string // the piece: p, h (a heading), text (no element), figcaption
	tag    string // the element, for the stylesheet: p, h2…; "" for text
	open   string // the start tag as written: "<p>", "<h2 id=…>"
	close  string // the end tag as written, for a heading
	in     *inline
	lo, hi int // the part's text in in.text
	f      font
	indent bool // first line indented two characters (Chinese paragraphs)
	keep   bool // a heading: never split, never left at the foot of a column
	cont   bool // a continuation: no indent
	flow   *textfit.Flow
	shift  int // where in.text[0] is in the flow's text: the flow's text of byte i of in.text is i+shift
	start  int // where the part begins in the flow's text (its indent included)
	rows   int // lineCount + 1; 0 until known
}

// newPara is the whole of inline content fp, written in a piece of kind.
func newPara(s sizer, kind, open, close string, fp *flow.Para, f font, indent bool) *para {
	in := newInline(fp)
	return in.part(&para{s: s, kind: kind, open: open, close: strings.TrimRight(close, "\n"), in: in, f: f, indent: indent}, 0, len(in.text))
}

// part is text [lo, hi) of the runs as a paragraph like p, wrapped anew.
func (in *inline) part(p *para, lo, hi int) *para {
	q := *p
	q.in, q.lo, q.hi, q.rows, q.start = in, lo, hi, 0, 0
	t := in.text[lo:hi]
	q.shift = -lo
	if q.indent {
		t, q.shift = indentText+t, len(indentText)-lo
	}
	q.flow = textfit.NewFlow(t, q.width(), q.lineRows)
	return &q
}

// indentText is the indent of a paragraph's first line.
const indentText = "\u3000\u3000"

// slack is how much narrower than the column (in em) text is wrapped, so a
// line the browser breaks one character earlier than textfit (a font's
// wider digit, a quotation mark it will not leave alone) does not add a
// line the paginator did not count.
const slack = 0.2

// width is the width text is wrapped at, in em.
func (p *para) width() float64 { return p.f.ems(p.s.width) - slack }

// from is where the part begins in the flow's text.
func (p *para) from() int { return p.start }

// wrapText is the text the part is wrapped as: its text, with the indent
// on a first line.
func (p *para) wrapText() string { return p.flow.Text()[p.from():] }

func (p *para) lineCount() int {
	if p.rows == 0 {
		p.rows = 1 + p.flow.From(p.from()).Rows() - lastBreak(p.flow.Text())
	}
	return p.rows - 1
}

// lastBreak is 1 when text ends with a line break (a <br> that a split
// left at the end of a head, and white space): textfit wraps an empty line
// after it, the browser sets none after a block's last <br>.
func lastBreak(text string) int {
	if strings.HasSuffix(strings.TrimRight(text, " "), "\n") {
		return 1
	}
	return 0
}

// lineRows is how many lines the browser sets a wrapped line in: one, or
// more for a word wider than the column.
func (p *para) lineRows(line string) int {
	return max(1, int(math.Ceil(textfit.Width(line)/p.width()-1e-9)))
}

func (p *para) height() float64 { return float64(p.lineCount())*p.f.line() + p.s.gap }

func (p *para) minHeight() float64 {
	if p.keep {
		return p.height()
	}
	return float64(min(2, p.lineCount()))*p.f.line() + p.s.gap
}

func (p *para) keepWithNext() bool { return p.keep }

// split keeps at least two lines on each side (no widows or orphans); a
// paragraph too short for that moves whole. It breaks between the lines
// textfit wrapped; a word longer than a line counts as the lines the
// browser will break it into.
func (p *para) split(room float64) (block, block) {
	if p.height() <= room {
		return p, nil
	}
	if p.keep {
		return nil, p
	}
	n, k := p.lineCount(), int((room-p.s.gap+1e-6)/p.f.line())
	const least = 2
	rows, end := 0, p.from() // the rows of the lines kept, and where they end
	for l := range p.flow.From(p.from()).Lines() {
		if rows+l.Rows > k || n-rows-l.Rows < least {
			break
		}
		rows, end = rows+l.Rows, l.End
	}
	if rows < least {
		return nil, p
	}
	next := p.breakAt(end)
	if next <= p.lo || next >= p.hi {
		return nil, p
	}
	head := p.in.part(p, p.lo, next)
	if head.height() > room {
		return nil, p
	}
	return head, p.rest(next)
}

// breakAt is where the part's next line begins, in its text, when its
// lines end at byte end of the flow's text: after the spaces and line
// breaks there.
func (p *para) breakAt(end int) int {
	text := p.wrapText()
	_, at := breakAfter(text, nonBreak(text[:end-p.from()]))
	return p.from() + at - p.shift
}

// lineEnd is where the part's k-th line ends in the flow's text, when it
// has more than k lines.
func (p *para) lineEnd(k int) (end int, ok bool) {
	n := 0
	for l := range p.flow.From(p.from()).Lines() {
		if n == k {
			return end, true
		}
		end, n = l.End, n+1
	}
	return end, false
}

// rest is the part from byte next of the text on: a continuation, which
// measures and splits itself on the lines wrapped for the whole.
func (p *para) rest(next int) *para {
	q := *p
	q.lo, q.cont, q.indent, q.rows, q.start = next, true, false, 0, next+p.shift
	return &q
}

// empty is the paragraph with nothing left.
func (p *para) empty() *para { return p.rest(p.hi) }

// piece is the part as placed: a paragraph (a continuation is not
// indented), a heading, or the bare text of a list item or a cell.
func (p *para) piece() *Piece {
	return &Piece{Kind: p.kind, Cont: p.cont, Open: tag(p.open), Close: tag(p.close), Inline: safeHTML(p.inline())}
}

// inline is the part's content as HTML, as package flow writes its runs.
func (p *para) inline() string { return p.in.html(p.lo, p.hi) }

func (p *para) text() string { return p.in.text[p.lo:p.hi] }

// nonBreak counts the runes of s that are not break spaces.
func nonBreak(s string) int {
	n := 0
	for _, r := range s {
		if !isBreakSpace(r) {
			n++
		}
	}
	return n
}

// breakAfter is where in s the text after its first want runes that are
// not break spaces begins, and the break spaces after them: in runes and
// in bytes.
func breakAfter(s string, want int) (runes, bytes int) {
	seen := 0
	for i, r := range s {
		if seen == want && !isBreakSpace(r) {
			return runes, i
		}
		runes++
		if !isBreakSpace(r) {
			seen++
		}
	}
	return runes, len(s)
}

func isBreakSpace(r rune) bool { return r == ' ' || r == '\n' }

// opaque is HTML the board cannot measure in detail (a raw <div> an editor
// allowed with raw_html): its text is counted as lines, and it is never
// split.
type opaque struct {
	s    sizer
	body string
	txt  string
}

func (o *opaque) height() float64 {
	return float64(o.s.g.Body.lines(o.txt, o.s.width))*o.s.g.Body.line() + o.s.gap
}
func (o *opaque) minHeight() float64 { return o.height() }
func (o *opaque) keepWithNext() bool { return false }
func (o *opaque) split(room float64) (block, block) {
	if o.height() <= room {
		return o, nil
	}
	return nil, o
}
func (o *opaque) piece() *Piece { return &Piece{Kind: "html", Inline: safeHTML(o.body)} }
func (o *opaque) text() string  { return o.txt }

// rule is a thematic break.
type rule struct{ s sizer }

func (r *rule) height() float64                   { return r.s.g.Rule*2 + r.s.gap }
func (r *rule) minHeight() float64                { return r.height() }
func (r *rule) keepWithNext() bool                { return false }
func (r *rule) split(room float64) (block, block) { return splitWhole(r, room) }
func (r *rule) piece() *Piece                     { return &Piece{Kind: "hr"} }
func (r *rule) text() string                      { return "" }

func splitWhole(b block, room float64) (block, block) {
	if b.height() <= room {
		return b, nil
	}
	return nil, b
}

// safeHTML marks HTML that the Markdown renderer, package flow or the
// theme's partials wrote.
func safeHTML(s string) template.HTML { return template.HTML(s) } //nolint:gosec // written by the renderer, flow or a template

// tag is a tag as written, without the white space written after it.
func tag(s string) template.HTML { return safeHTML(strings.TrimRight(s, " \n")) }
