package kiosk

import (
	"html/template"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/textfit"
)

// Fitter turns one block of a body into pieces measured for m. Each piece
// must fit within m.MaxHeight, or carry its Text so Fit can cut it.
type Fitter func(b markdown.Block, m Metrics) []*Piece

// fitters by block kind (markdown.Block.Kind); an unknown kind is set as a
// paragraph. Register a Fitter here for a new kind of block.
var fitters = map[string]Fitter{
	"p": paragraph, "html": paragraph, "figure": paragraph, "blockquote": quote,
	"h1": heading, "h2": heading, "h3": heading, "h4": heading, "h5": heading, "h6": heading,
	"ul": list, "ol": list, "table": table, "pre": preformatted, "hr": rule,
	"fact": fact, "flowchart": flowchartPiece,
}

// Fit cuts a body into pieces for m, in order. Nothing is dropped: every
// block yields at least one piece unless it has no text at all.
func Fit(blocks []markdown.Block, m Metrics) []*Piece {
	var out []*Piece
	for i, b := range blocks {
		f := fitters[b.Kind]
		if f == nil {
			f = paragraph
		}
		for _, p := range f(b, m) {
			p.Block = i
			out = append(out, cutTall(p, m)...)
		}
	}
	return out
}

func paragraph(b markdown.Block, m Metrics) []*Piece {
	if strings.TrimSpace(b.Text) == "" {
		return nil
	}
	// Paragraphs are indented two characters, as Chinese documents are.
	text := "\u3000\u3000" + b.Text
	if b.Para == nil { // raw HTML, a list without items: one piece
		return []*Piece{{Tree: treeOf(b, m.tags), Height: float64(lines(text, m.Font, m.Width))*m.line() + m.gap(), Text: text}}
	}
	return []*Piece{para(m, text, b.Para)}
}

// para is a paragraph piece that can be split between its lines, keeping
// its inline formatting: text is what is measured (with the indent), fp
// the paragraph's runs.
func para(m Metrics, text string, fp *flow.Para) *Piece {
	fp = offline(fp, m.tags)
	pc := &paraCut{m: m, text: text, para: fp, rows: textfit.NewFlow(text, max(m.Width, m.Font)/m.Font, nil)}
	pc.wrap = pc.rows
	if m.Width < m.Font { // lines never count less than a character a line; splits do
		pc.wrap = textfit.NewFlow(text, m.em(m.Width), nil)
	}
	return pc.piece(paraAt{}, runsHTML(fp, nil))
}

// summaryBlock is an item's summary standing in for a body it has not:
// a paragraph.
func summaryBlock(s string) markdown.Block {
	return markdown.Block{Kind: "p", Text: s, Para: flow.Text(s, "", "")}
}

// runsHTML is the inline HTML of a block of runs, without its element,
// made safe for a kiosk (offline, with tags; nil for runs already safe),
// its telephone numbers kept on one line.
func runsHTML(p *flow.Para, tags *inlineTags) template.HTML {
	if tags != nil {
		p = offline(p, tags)
	}
	return template.HTML(p.HTML(flow.At{}, p.End(), true)) //nolint:gosec // written by flow from rendered Markdown
}

// paraCut is a paragraph being cut into parts, one a slide: its text and
// its runs, wrapped once (textfit.Flow) for every part. The text and the
// runs show the same characters: a cut after the n-th character of the
// text that is not a space is a cut after the n-th of the runs.
type paraCut struct {
	m          Metrics
	text       string        // the whole paragraph's, with the indent
	para       *flow.Para    // its runs
	rows, wrap *textfit.Flow // text wrapped for heights and for cuts
}

// paraAt is where a part of the paragraph begins.
type paraAt struct {
	off  int     // in text
	at   flow.At // in the runs
	cont bool    // a continuation: not the paragraph's first part
}

func (pc *paraCut) height(at paraAt) float64 {
	return float64(pc.rows.From(at.off).Rows())*pc.m.line() + pc.m.gap()
}

// piece is the part that begins at at, whose inline HTML is h.
func (pc *paraCut) piece(at paraAt, h template.HTML) *Piece {
	p := part(at, true, h)
	p.Height, p.Text = pc.height(at), pc.text[at.off:]
	p.Split = func(room float64) (*Piece, *Piece, bool) {
		head, next, ok := pc.head(at, room)
		if !ok {
			return nil, nil, false
		}
		tail := pc.piece(next, pc.html(next))
		head.Block, tail.Block = p.Block, p.Block
		return head, tail, true
	}
	p.cutTall = func(m Metrics) []*Piece { return pc.cutTall(p, at, m) }
	return p
}

// html is the inline HTML of the part that begins at at (runs made safe
// for a kiosk by offline).
func (pc *paraCut) html(at paraAt) template.HTML {
	return template.HTML(pc.para.HTML(at.at, pc.para.End(), true)) //nolint:gosec // written by flow from rendered Markdown
}

// part is the piece of the part of a paragraph that begins at at, whose
// inline HTML is h: a later part, or else the whole paragraph (whole) or
// its first part.
func part(at paraAt, whole bool, h template.HTML) *Piece {
	in := &Inline{h}
	switch {
	case at.cont:
		return &Piece{Cont: in}
	case whole:
		return &Piece{P: in}
	}
	return &Piece{Head: in}
}

// head cuts the part that begins at at so that its head takes at most room
// px, leaving at least two lines on each side; next is where the rest
// begins. It costs the head's length: the rest is neither wrapped anew nor
// copied.
func (pc *paraCut) head(at paraAt, room float64) (head *Piece, next paraAt, ok bool) {
	m := pc.m
	tail := pc.wrap.From(at.off)
	k := min(int((room-m.gap())/m.line()), tail.Rows()-2)
	if k < 2 {
		return nil, at, false
	}
	end, j := at.off, 0
	for l := range tail.Lines() {
		if end, j = l.End, j+1; j == k {
			break
		}
	}
	count := nonSpace(pc.text[at.off:end])
	hd, rest := pc.para.Cut(at.at, count, true)
	head = part(at, false, template.HTML(hd)) //nolint:gosec // written by flow
	head.Height = float64(k)*m.line() + m.gap()
	next = paraAt{off: len(pc.text) - len(skipNonSpace(pc.text[at.off:], count)), at: rest, cont: true}
	return head, next, true
}

// cutTall cuts p, the part that begins at at, into parts no taller than a
// page, as cutTall would by splitting it again and again, but making the
// HTML of no part but the ones it returns.
func (pc *paraCut) cutTall(p *Piece, at paraAt, m Metrics) []*Piece {
	var out []*Piece
	for {
		h, next, ok := pc.head(at, m.MaxHeight)
		if !ok {
			return append(out, cutLines(p, m)...)
		}
		h.Block = p.Block
		out = append(out, h)
		at = next
		if pc.height(at) <= m.MaxHeight || at.off == len(pc.text) {
			tail := pc.piece(at, pc.html(at))
			tail.Block = p.Block
			return append(out, tail)
		}
		p = &Piece{Text: pc.text[at.off:], Block: p.Block} // what cutLines needs of a part too tall to split
	}
}

func nonSpace(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}

// skipNonSpace drops the first n characters of s that are not spaces, and
// the spaces after them.
func skipNonSpace(s string, n int) string {
	for i, r := range s {
		if n == 0 {
			return strings.TrimLeftFunc(s[i:], unicode.IsSpace)
		}
		if !unicode.IsSpace(r) {
			n--
		}
	}
	return ""
}

// fact is a line the kiosk writes itself, such as "反馈电话：…": no indent.
// Its block is a row of two cells, the label and the value.
func fact(b markdown.Block, m Metrics) []*Piece {
	n := lines(b.Text, m.Font, m.Width)
	label, val := b.Cells[0][0], b.Cells[0][1]
	return []*Piece{{Fact: &Fact{Label: label, HTML: template.HTML(flow.Text(val, "", "").Whole(true))}, //nolint:gosec // escaped by flow
		Height: float64(n)*m.line() + m.gap(), Text: b.Text}}
}

func heading(b markdown.Block, m Metrics) []*Piece {
	size := m.Font
	if b.Level <= 3 {
		size = m.Font * headScale
	}
	n := lines(b.Text, size, m.Width)
	p := &Piece{Height: float64(n)*size*headLine + m.gap(), Keep: true, Text: b.Text, level: max(b.Level, 1)}
	if b.Para != nil {
		p.H = &Heading{Open: template.HTML(b.Para.Open), HTML: runsHTML(b.Para, m.tags), Close: template.HTML(b.Para.Close)} //nolint:gosec // the renderer's tags
	} else {
		p.Tree = treeOf(b, m.tags)
	}
	return []*Piece{p}
}

func quote(b markdown.Block, m Metrics) []*Piece {
	n := lines(b.Text, m.Font, m.Width-m.Font*quoteEm)
	return []*Piece{{Tree: treeOf(b, m.tags), Height: float64(n)*m.line() + m.gap(), Text: b.Text}}
}

func list(b markdown.Block, m Metrics) []*Piece {
	if len(b.Items) == 0 {
		return paragraph(b, m)
	}
	g := &Group{Head: m.gap(), Ordered: b.Kind == "ol"}
	var out []*Piece
	for i, it := range b.Items {
		w := m.Width - m.Font*indentEm
		if slices.ContainsFunc(it.Kids, func(k markdown.Block) bool { return k.Kind == "ul" || k.Kind == "ol" }) {
			w -= m.Font * indentEm // a nested list is indented once more
		}
		n := lines(it.Text, m.Font, w)
		p := &Piece{Height: float64(n)*m.line() + m.Font*itemGapEm, Group: g, Start: b.Start + i, Text: it.Text}
		if it.Para != nil {
			p.Li = &Inline{runsHTML(it.Para, m.tags)}
		} else {
			p.Tree = treeOf(it, m.tags)
		}
		out = append(out, p)
	}
	return out
}

func preformatted(b markdown.Block, m Metrics) []*Piece {
	size := m.Font * preScale
	n := 0
	for _, l := range strings.Split(b.Text, "\n") {
		n += lines(l, size, m.Width-2*m.Font*cardPadEm)
	}
	n = max(n, strings.Count(string(b.HTML), "\n")-1)
	h := float64(n)*size*headLine + 2*m.Font*cardPadEm + m.gap()
	return []*Piece{{Tree: treeOf(b, m.tags), Height: h, Text: b.Text}}
}

func rule(b markdown.Block, m Metrics) []*Piece {
	return []*Piece{{Rule: true, Height: 2*m.gap() + 2}}
}

// cutTall cuts a piece taller than a page between the lines of its text,
// which textfit has already broken; each part is a paragraph of its own.
// Inline formatting of that one piece is lost; its words are not. A
// paragraph cuts itself, keeping its formatting (paraCut.cutTall).
func cutTall(p *Piece, m Metrics) []*Piece {
	head := 0.0
	if p.Group != nil {
		head = p.Group.Head
	}
	if p.Height+head <= m.MaxHeight || p.Text == "" {
		return []*Piece{p}
	}
	if p.cutTall != nil {
		return p.cutTall(m)
	}
	if p.Split != nil {
		if h, tail, ok := p.Split(m.MaxHeight); ok {
			return append([]*Piece{h}, cutTall(tail, m)...)
		}
	}
	return cutLines(p, m)
}

// cutLines cuts p's text into paragraphs of as many lines as a page holds.
func cutLines(p *Piece, m Metrics) []*Piece {
	all := textfit.Wrap(p.Text, m.em(m.Width))
	per := max(1, int(math.Floor((m.MaxHeight-m.gap())/m.line())))
	var out []*Piece
	for i := 0; i < len(all); i += per {
		part := all[i:min(len(all), i+per)]
		out = append(out, &Piece{Cut: part, Height: float64(len(part))*m.line() + m.gap(), Block: p.Block})
	}
	return out
}

// offline is p made safe to leave on a kiosk, from its runs (raw inline
// HTML and autolinks come as marks from package markdown), as the theme's
// kiosk-inline.html says
// (tags): a link mark (Mark.Href) becomes the partial's tags around the
// link's text, so a tap never leaves the kiosk (touch pages list the
// addresses as QR codes instead), and an image run its description, since
// a kiosk folder carries no files from content/. The runs' text is
// unchanged, so cuts counted on p's text fall where they would on p.
func offline(p *flow.Para, tags *inlineTags) *flow.Para {
	q := &flow.Para{Runs: make([]flow.Run, len(p.Runs)), Open: p.Open, Close: p.Close}
	spans := map[*flow.Mark]*flow.Mark{}
	for i, r := range p.Runs {
		if len(r.Marks) > 0 {
			ms := make([]*flow.Mark, len(r.Marks))
			for j, m := range r.Marks {
				ms[j] = m
				if m.Href == "" {
					continue
				}
				if spans[m] == nil {
					link := tags.link
					spans[m] = &link
				}
				ms[j] = spans[m]
			}
			r.Marks = ms
		}
		if r.Image {
			r.HTML, r.Image = tags.image(r.Alt), false
		}
		q.Runs[i] = r
	}
	return q
}

// Link is an address a body links to, for a QR code.
type Link struct {
	Text, URL string
}

// links returns the addresses a body links to, in order, once each: site
// paths made absolute from base_url; mail and phone links are left out,
// their text is on the page. They come from the runs of the blocks and of
// the blocks inside them (flow.Mark.Href), raw HTML read into runs.
func links(blocks []markdown.Block, origin string) []Link {
	seen := map[string]bool{}
	var out []Link
	add := func(text, u string) {
		switch {
		case strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "//"):
			u = origin + u
		case !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://"):
			return
		}
		if !seen[u] {
			seen[u] = true
			out = append(out, Link{Text: text, URL: u})
		}
	}
	for _, b := range blocks {
		blockLinks(b, add)
	}
	return out
}

// blockLinks calls add with the text and target of each link of b and of
// the blocks inside it, in order.
func blockLinks(b markdown.Block, add func(text, href string)) {
	switch {
	case b.Kind == "figure": // a drawing shows no link; its caption is text
	case b.Kind == "html":
		for _, k := range rawBlocks(b) {
			if k.Kind != "html" { // kept whole: shown as text, without links
				blockLinks(k, add)
			}
		}
	case len(b.Kids) > 0:
		for _, k := range b.Kids {
			blockLinks(k, add)
		}
	case len(b.Items) > 0:
		for _, it := range b.Items {
			blockLinks(it, add)
		}
	case b.Table != nil:
		for _, row := range append([][]*flow.Para{b.Table.Head}, b.Table.Body...) {
			for _, c := range row {
				runLinks(c, add)
			}
		}
	case b.Para != nil:
		runLinks(b.Para, add)
	}
}

// runLinks calls add with the text and target of each link of p, in
// order: the text is that of the runs inside the link (an image's
// description for an image).
func runLinks(p *flow.Para, add func(text, href string)) {
	var order []*flow.Mark
	text := map[*flow.Mark]*strings.Builder{}
	for _, r := range p.Runs {
		for _, m := range r.Marks {
			if m.Href == "" {
				continue
			}
			b := text[m]
			if b == nil {
				b = &strings.Builder{}
				text[m] = b
				order = append(order, m)
			}
			switch {
			case r.Image:
				b.WriteString(r.Alt)
			case r.Atomic:
				b.WriteString(r.Text)
			default:
				b.WriteString(r.Text)
				if r.After != "" {
					b.WriteString("\n")
				}
			}
		}
	}
	for _, m := range order {
		add(text[m].String(), m.Href)
	}
}
