package board

import (
	"html/template"
	"math"
	"strings"
	"unicode/utf8"

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

// para is a run of inline content: a paragraph, a heading, or the text of a
// list item or quote. It splits between lines.
//
// A paragraph that continues in the next column keeps the lines textfit
// wrapped for the whole (flow): what is left after a split is measured and
// split again from there, so a paragraph split n times costs its length,
// not n times it.
type para struct {
	s      sizer
	open   string // "<p>", "<h2 id=…>"; "" for bare text inside a list item
	tag    string
	cont   bool // a continuation: no indent
	kids   []*node
	f      font
	indent bool  // first line indented two characters (Chinese paragraphs)
	keep   bool  // a heading: never split, never left at the foot of a column
	lead   *node // what a split left of the node it fell in: it comes before kids
	flow   *textfit.Flow
	from   int // where this part's text (wrapText) begins in the flow's, in bytes
	runes  int // the length of its plain text (inlineText) in runes
	rows   int // lineCount + 1; 0 until known
}

func newPara(s sizer, open, tag string, kids []*node, f font, indent bool) *para {
	p := &para{s: s, open: open, tag: tag, kids: kids, f: f, indent: indent}
	t := inlineText(kids)
	p.runes = utf8.RuneCountInString(t)
	if indent {
		t = indentText + t
	}
	p.flow = textfit.NewFlow(t, p.width(), p.lineRows)
	return p
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

// wrapText is the text the paragraph is wrapped as: its plain text, with
// the indent on its first line.
func (p *para) wrapText() string { return p.flow.Text()[p.from:] }

func (p *para) lineCount() int {
	if p.rows == 0 {
		p.rows = 1 + p.flow.From(p.from).Rows() - lastBreak(p.flow.Text())
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
	rows, end := 0, p.from // the rows of the lines kept, and where they end
	for l := range p.flow.From(p.from).Lines() {
		if rows+l.Rows > k || n-rows-l.Rows < least {
			break
		}
		rows, end = rows+l.Rows, l.End
	}
	if rows < least {
		return nil, p
	}
	off, at := p.breakAt(end)
	if off <= 0 || off >= p.runes {
		return nil, p
	}
	h, mid, rest := p.cutAt(off)
	head := newPara(p.s, p.open, p.tag, h, p.f, p.indent)
	head.cont = p.cont
	if head.height() > room {
		return nil, p
	}
	return head, p.rest(off, at, mid, rest)
}

// breakAt is where the paragraph's next line begins when its lines end at
// byte end of the flow's text: in runes of its plain text, and in bytes of
// its wrapText.
func (p *para) breakAt(end int) (off, at int) {
	text := p.wrapText()
	off, at = breakAfter(text, nonBreak(text[:end-p.from]))
	if p.indent {
		off -= 2
	}
	return off, at
}

// lineEnd is where the paragraph's k-th line ends in the flow's text, when
// it has more than k lines.
func (p *para) lineEnd(k int) (end int, ok bool) {
	n := 0
	for l := range p.flow.From(p.from).Lines() {
		if n == k {
			return end, true
		}
		end, n = l.End, n+1
	}
	return end, false
}

// rest is the paragraph from rune off of its plain text on (at bytes into
// its wrapText), its nodes as cutAt leaves them: a continuation, which
// measures and splits itself on the lines wrapped for the whole.
func (p *para) rest(off, at int, mid *node, nodes []*node) *para {
	lead, nodes, dropped := trimFront(mid, nodes)
	text := p.wrapText()
	for range dropped {
		_, size := utf8.DecodeRuneInString(text[at:])
		at += size
	}
	return &para{s: p.s, open: p.open, tag: p.tag, cont: true, lead: lead, kids: nodes, f: p.f,
		flow: p.flow, from: p.from + at, runes: p.runes - off - dropped}
}

// empty is the paragraph with nothing left.
func (p *para) empty() *para {
	return &para{s: p.s, open: p.open, tag: p.tag, cont: true, f: p.f, flow: p.flow, from: len(p.flow.Text())}
}

// cutAt is cutAt of the paragraph's content: its lead, then its kids.
func (p *para) cutAt(n int) (head []*node, mid *node, rest []*node) {
	if p.lead == nil {
		return cutAt(p.kids, n)
	}
	if size := runeLen(p.lead); n < size {
		h, t := p.lead.cut(n)
		return []*node{h}, t, p.kids
	}
	head, mid, rest = cutAt(p.kids, n-runeLen(p.lead))
	return append([]*node{p.lead}, head...), mid, rest
}

// nodes is the paragraph's content.
func (p *para) nodes() []*node {
	if p.lead == nil {
		return p.kids
	}
	return append([]*node{p.lead}, p.kids...)
}

// piece is the paragraph as placed: a paragraph (a continuation is not
// indented), a heading, or the bare text of a list item or a cell.
func (p *para) piece() *Piece {
	pc := &Piece{Kind: "p", Cont: p.cont, Open: safeHTML(p.open), Inline: safeHTML(p.inline())}
	switch {
	case p.open == "":
		pc.Kind = "text"
	case p.keep:
		pc.Kind, pc.Close = "h", safeHTML("</"+p.tag+">")
	}
	return pc
}

// inline is the paragraph's content as HTML.
func (p *para) inline() string { return render(p.nodes()) }

func (p *para) text() string { return inlineText(p.nodes()) }

// inlineText is the text of inline content as textfit wraps it: <br> is a
// newline, other white space a space each (so offsets match cut's).
func inlineText(ns []*node) string {
	var b strings.Builder
	for _, n := range ns {
		inlineInto(&b, n)
	}
	return b.String()
}

func inlineInto(b *strings.Builder, n *node) {
	switch {
	case n.Tag == "":
		b.WriteString(strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == '\t' {
				return ' '
			}
			return r
		}, n.unescaped()))
	case n.Tag == "br":
		b.WriteByte('\n')
	case n.Raw || n.Void:
	default:
		for _, k := range n.Kids {
			inlineInto(b, k)
		}
	}
}

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

// trimLeading drops the white space a cut leaves at the start of the tail,
// and says how many runes of plain text it dropped.
func trimLeading(ns []*node) ([]*node, int) {
	lead, rest, dropped := trimFront(nil, ns)
	if lead == nil {
		return rest, dropped
	}
	return append([]*node{lead}, rest...), dropped
}

// trimFront is trimLeading of the tail mid, rest (mid may be nil), as
// cutAt leaves it; the trimmed tail is lead, rest.
func trimFront(mid *node, rest []*node) (lead *node, tail []*node, dropped int) {
	for {
		n := mid
		if n == nil {
			if len(rest) == 0 {
				return nil, rest, dropped
			}
			n, rest = rest[0], rest[1:]
		}
		mid = nil
		switch {
		case n.Tag == "" && strings.TrimSpace(n.unescaped()) == "":
			dropped += runeLen(n)
		case n.Tag == "":
			// The spaces are the same bytes in the text as written and
			// unescaped: trim the written text (an entity is not trimmed).
			k := len(n.Text) - len(strings.TrimLeft(n.Text, " \n\t\r"))
			if n.lazy {
				k = len(n.un) - len(strings.TrimLeft(n.un, " \n\t\r"))
			}
			t := &node{un: n.unescaped()[k:], hasUn: true, lazy: n.lazy, runes: runeLen(n) - k + 1}
			if !n.lazy {
				t.Text = n.Text[k:]
			}
			return t, rest, dropped + k
		case n.Tag == "br":
			dropped++
		default:
			return n, rest, dropped
		}
	}
}

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

// safeHTML marks HTML the board assembled from the model's own HTML.
func safeHTML(s string) template.HTML { return template.HTML(s) } //nolint:gosec // built from rendered Markdown
