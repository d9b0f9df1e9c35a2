package board

import (
	"html"
	"html/template"
	"math"
	"strings"

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
	html() string
	text() string // plain text, for tests that nothing is lost or repeated
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

func (s sizer) nested(indent float64) sizer {
	return sizer{g: s.g, width: s.width - indent, gap: s.g.SubGap, maxH: s.maxH}
}

// para is a run of inline content: a paragraph, a heading, or the text of a
// list item or quote. It splits between lines.
type para struct {
	s      sizer
	open   string // "<p>", "<h2 id=…>"; "" for bare text inside a list item
	tag    string
	kids   []*node
	f      font
	indent bool // first line indented two characters (Chinese paragraphs)
	keep   bool // a heading: never split, never left at the foot of a column
	lines  []string
}

func newPara(s sizer, open, tag string, kids []*node, f font, indent bool) *para {
	p := &para{s: s, open: open, tag: tag, kids: kids, f: f, indent: indent}
	p.lines = textfit.Wrap(p.wrapText(), p.f.ems(s.width)-slack)
	return p
}

// slack is how much narrower than the column (in em) text is wrapped, so a
// line the browser breaks one character earlier than textfit (a font's
// wider digit, a quotation mark it will not leave alone) does not add a
// line the paginator did not count.
const slack = 0.2

func (p *para) wrapText() string {
	t := inlineText(p.kids)
	if p.indent {
		return "\u3000\u3000" + t
	}
	return t
}

func (p *para) lineCount() int {
	n := 0
	for _, l := range p.lines {
		n += p.rows(l)
	}
	return n
}

// rows is how many lines the browser sets a wrapped line in: one, or more
// for a word wider than the column.
func (p *para) rows(line string) int {
	w := p.f.ems(p.s.width) - slack
	return max(1, int(math.Ceil(textfit.Width(line)/w-1e-9)))
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
	j, rows := 0, 0 // wrapped lines kept, and the rows they take
	for j < len(p.lines) {
		r := p.rows(p.lines[j])
		if rows+r > k || n-rows-r < least {
			break
		}
		rows += r
		j++
	}
	if rows < least {
		return nil, p
	}
	off := offsetAfter(p.wrapText(), p.lines, j)
	if p.indent {
		off -= 2
	}
	if off <= 0 || off >= inlineLen(p.kids) {
		return nil, p
	}
	h, t := cut(p.kids, off)
	head := newPara(p.s, p.open, p.tag, h, p.f, p.indent)
	if head.height() > room {
		return nil, p
	}
	return head, newPara(p.s, p.contOpen(), p.tag, trimLeading(t), p.f, false)
}

// contOpen is the start tag of a paragraph's continuation: no indent.
func (p *para) contOpen() string {
	if p.open == "" {
		return ""
	}
	return "<" + p.tag + ` class="cont">`
}

func (p *para) html() string {
	if p.open == "" {
		return render(p.kids)
	}
	return p.open + render(p.kids) + "</" + p.tag + ">"
}

func (p *para) text() string { return inlineText(p.kids) }

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
		}, html.UnescapeString(n.Text)))
	case n.Tag == "br":
		b.WriteByte('\n')
	case n.Raw || n.Void:
	default:
		for _, k := range n.Kids {
			inlineInto(b, k)
		}
	}
}

func inlineLen(ns []*node) int {
	n := 0
	for _, k := range ns {
		n += runeLen(k)
	}
	return n
}

// offsetAfter is the rune offset in s where its line k+1 begins, when s is
// wrapped into lines: spaces and newlines at the break go with the head.
func offsetAfter(s string, lines []string, k int) int {
	want := 0
	for _, l := range lines[:min(k, len(lines))] {
		for _, r := range l {
			if !isBreakSpace(r) {
				want++
			}
		}
	}
	off, seen := 0, 0
	for _, r := range s {
		if seen == want && !isBreakSpace(r) {
			break
		}
		off++
		if !isBreakSpace(r) {
			seen++
		}
	}
	return off
}

func isBreakSpace(r rune) bool { return r == ' ' || r == '\n' }

// trimLeading drops the white space a cut leaves at the start of the tail.
func trimLeading(ns []*node) []*node {
	for len(ns) > 0 {
		n := ns[0]
		switch {
		case n.Tag == "" && strings.TrimSpace(html.UnescapeString(n.Text)) == "":
			ns = ns[1:]
			continue
		case n.Tag == "":
			t := strings.TrimLeft(n.Text, " \n\t\r")
			return append([]*node{{Text: t}}, ns[1:]...)
		case n.Tag == "br":
			ns = ns[1:]
			continue
		}
		return ns
	}
	return ns
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
func (o *opaque) html() string { return o.body }
func (o *opaque) text() string { return o.txt }

// rule is a thematic break.
type rule struct{ s sizer }

func (r *rule) height() float64                   { return r.s.g.Rule*2 + r.s.gap }
func (r *rule) minHeight() float64                { return r.height() }
func (r *rule) keepWithNext() bool                { return false }
func (r *rule) split(room float64) (block, block) { return splitWhole(r, room) }
func (r *rule) html() string                      { return "<hr>" }
func (r *rule) text() string                      { return "" }

func splitWhole(b block, room float64) (block, block) {
	if b.height() <= room {
		return b, nil
	}
	return nil, b
}

// safeHTML marks HTML the board assembled from the model's own HTML.
func safeHTML(s string) template.HTML { return template.HTML(s) } //nolint:gosec // built from rendered Markdown
