package flowchart

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/gongkai/gongkai/internal/textfit"
)

// Box is a step's box as laid out.
type Box struct {
	ID     string
	Number int  // 1-based, in the disc at the top left
	Rect   Rect // the whole box
	Head   Rect // the band with the number and the name
	Texts  []Text
	Badge  *Badge // the risk mark, or nil
	Layer  int    // the row it stands in, 0 at the top

	Connector string // set for a connector circle (see Step.Connector)
}

// Inner is the part of the box text may use.
func (b *Box) Inner(m float64) Rect {
	return Rect{b.Rect.X + m, b.Rect.Y, b.Rect.W - 2*m, b.Rect.H}
}

// Text is one line of text: its line box and its words.
type Text struct {
	X, Y, W, H float64 // left, top, measured width, line height
	Size       float64 // font size in px
	Str        string
	Role       string // name | label | field | number | badge | branch
}

// Rect is the line box of the text.
func (t Text) Rect() Rect { return Rect{t.X, t.Y, t.W, t.H} }

// Badge is the mark of a step that carries a risk point: a triangle and the
// level in words.
type Badge struct {
	Rect     Rect
	Level    string
	Triangle [3]Point
	Text     Text
}

// sizeBox lays out the inside of a step's box at the origin, width w.
func sizeBox(s *Step, number int, w float64, m metrics) *Box {
	b := &Box{ID: s.ID, Number: number}
	nameX := m.pad + 2*m.numberR + 0.5*m.f
	nameW := w - nameX - m.pad
	if s.Risk != nil {
		bw := badgeWidth(s.Risk, m)
		nameW -= bw + 0.4*m.f
		b.Badge = &Badge{Rect: Rect{X: w - m.pad - bw, W: bw, H: m.badgeSize * 1.6}, Level: s.Risk.Level}
	}
	names := m.lines.fit(s.Name, nameW/m.nameSize)
	headH := max(2*m.numberR+0.3*m.f, float64(len(names))*m.nameLineH) + 0.9*m.f
	b.Head = Rect{W: w, H: headH}
	y := (headH - float64(len(names))*m.nameLineH) / 2
	for _, line := range names {
		b.Texts = append(b.Texts, Text{X: nameX, Y: y, W: textfit.AnyFont.Width(line) * m.nameSize, H: m.nameLineH, Size: m.nameSize, Str: line, Role: "name"})
		y += m.nameLineH
	}
	num, ns := itoa(number), m.f
	b.Texts = append(b.Texts, Text{X: m.pad + m.numberR - textfit.AnyFont.Width(num)*ns/2, Y: headH/2 - ns*0.7,
		W: textfit.AnyFont.Width(num) * ns, H: ns * 1.4, Size: ns, Str: num, Role: "number"})
	if b.Badge != nil {
		placeBadge(b.Badge, s.Risk, headH, m)
	}
	if m.namesOnly {
		b.Rect = Rect{W: w, H: headH}
		return b
	}
	h := sizeFields(b, s.Fields, headH+0.45*m.f, w, m)
	b.Rect = Rect{W: w, H: h + 0.55*m.f}
	return b
}

// sizeConnector lays out a connector: a circle of diameter d with its
// letter, d growing with the edges that meet it.
func sizeConnector(s *Step, d float64, m metrics) *Box {
	size := 1.1 * m.f
	w := textfit.AnyFont.Width(s.Connector) * size
	return &Box{ID: s.ID, Connector: s.Connector, Rect: Rect{W: d, H: d}, Texts: []Text{{
		X: (d - w) / 2, Y: (d - 1.3*size) / 2, W: w, H: 1.3 * size, Size: size, Str: s.Connector, Role: "connector"}}}
}

// sizeFields adds the field lines under the head and returns where they end.
func sizeFields(b *Box, fields []Field, y, w float64, m metrics) float64 {
	textX := m.pad + m.labelCol
	textW := w - textX - m.pad
	for i, f := range fields {
		if strings.TrimSpace(f.Text) == "" {
			continue
		}
		if i > 0 {
			y += 0.2 * m.f
		}
		b.Texts = append(b.Texts, Text{X: m.pad, Y: y, W: textfit.AnyFont.Width(f.Label) * m.f, H: m.lineH, Size: m.f, Str: f.Label, Role: "label"})
		for _, line := range m.lines.fit(f.Text, textW/m.f) {
			b.Texts = append(b.Texts, Text{X: textX, Y: y, W: textfit.AnyFont.Width(line) * m.f, H: m.lineH, Size: m.f, Str: line, Role: "field"})
			y += m.lineH
		}
	}
	return y
}

func badgeWidth(r *Mark, m metrics) float64 {
	return m.badgeSize * (0.35 + 1.15 + 0.3 + textfit.AnyFont.Width(r.Text) + 0.45)
}

func placeBadge(bd *Badge, r *Mark, headH float64, m metrics) {
	bs := m.badgeSize
	bd.Rect.Y = (headH - bd.Rect.H) / 2
	x0, cy := bd.Rect.X+0.35*bs, bd.Rect.Y+bd.Rect.H/2
	bd.Triangle = [3]Point{{x0 + 0.575*bs, cy - 0.55*bs}, {x0 + 1.15*bs, cy + 0.5*bs}, {x0, cy + 0.5*bs}}
	tx := x0 + 1.15*bs + 0.3*bs
	bd.Text = Text{X: tx, Y: cy - 0.7*bs, W: textfit.AnyFont.Width(r.Text) * bs, H: 1.4 * bs, Size: bs, Str: r.Text, Role: "badge"}
}

// move shifts the box and everything in it by dx, dy.
func (b *Box) move(dx, dy float64) {
	b.Rect.X += dx
	b.Rect.Y += dy
	b.Head.X += dx
	b.Head.Y += dy
	for i := range b.Texts {
		b.Texts[i].X += dx
		b.Texts[i].Y += dy
	}
	if bd := b.Badge; bd != nil {
		bd.Rect.X += dx
		bd.Rect.Y += dy
		bd.Text.X += dx
		bd.Text.Y += dy
		for i := range bd.Triangle {
			bd.Triangle[i].X += dx
			bd.Triangle[i].Y += dy
		}
	}
}

// lineCache remembers wrapped text and sized boxes: Fit and Split lay a
// chart out many times over with the same text and widths, and a Drawing
// shares one for everything it lays out.
type lineCache struct {
	mu    sync.Mutex
	m     map[lineKey][]string
	boxes map[boxKey]*Box
}

func newLineCache() *lineCache {
	return &lineCache{m: map[lineKey][]string{}, boxes: map[boxKey]*Box{}}
}

// boxKey is what sizeBox reads: a step (its text and fields, which the
// parts of one chart share), its number, the box's width and the metrics.
type boxKey struct {
	id, name  string
	fields    *Field
	nfields   int
	risk      *Mark
	number    int
	w, f      float64
	namesOnly bool
}

// box is sizeBox's box for s, laid out once per key; the caller gets a
// copy of its own to move.
func (c *lineCache) box(s *Step, number int, w float64, m metrics) *Box {
	if c == nil {
		return sizeBox(s, number, w, m)
	}
	k := boxKey{id: s.ID, name: s.Name, nfields: len(s.Fields), risk: s.Risk, number: number, w: w, f: m.f, namesOnly: m.namesOnly}
	if len(s.Fields) > 0 {
		k.fields = &s.Fields[0]
	}
	c.mu.Lock()
	b, ok := c.boxes[k]
	c.mu.Unlock()
	if !ok {
		b = sizeBox(s, number, w, m)
		c.mu.Lock()
		c.boxes[k] = b
		c.mu.Unlock()
	}
	return b.copy()
}

// copy is a deep copy of the box.
func (b *Box) copy() *Box {
	nb := *b
	nb.Texts = slices.Clone(b.Texts)
	if b.Badge != nil {
		bd := *b.Badge
		nb.Badge = &bd
	}
	return &nb
}

type lineKey struct {
	s     string
	width float64
}

func (c *lineCache) fit(s string, width float64) []string {
	if c == nil {
		return fit(s, width)
	}
	k := lineKey{s, width}
	c.mu.Lock()
	defer c.mu.Unlock()
	if lines, ok := c.m[k]; ok {
		return lines
	}
	lines := fit(s, width)
	c.m[k] = lines
	return lines
}

// fit wraps s to width em with the CJK line-breaking rules, then breaks any
// line still too wide (a long number or address) between characters, so no
// line ever leaves its box.
func fit(s string, width float64) []string {
	var out []string
	for _, line := range textfit.AnyFont.Wrap(strings.TrimSpace(s), width) {
		for textfit.AnyFont.Width(line) > width {
			cut := cutAt(line, width)
			out = append(out, line[:cut])
			line = line[cut:]
		}
		out = append(out, line)
	}
	return avoidOrphan(out, width)
}

// avoidOrphan moves a character down when the last line would hold a single
// one (“…一年试用／期”), as a typesetter would.
func avoidOrphan(lines []string, width float64) []string {
	n := len(lines)
	if n < 2 || utf8.RuneCountInString(lines[n-1]) != 1 {
		return lines
	}
	prev := []rune(lines[n-2])
	if len(prev) < 4 {
		return lines
	}
	moved := prev[len(prev)-1]
	if strings.ContainsRune(noStartMarks, moved) || !unicode.Is(unicode.Han, moved) {
		return lines
	}
	last := string(moved) + lines[n-1]
	if textfit.AnyFont.Width(last) > width {
		return lines
	}
	lines[n-2], lines[n-1] = string(prev[:len(prev)-1]), last
	return lines
}

// noStartMarks may not begin a line; moving a character in front of one
// keeps that rule.
const noStartMarks = "，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}"

// cutAt is the byte offset of the longest prefix of s at most width em
// wide, and at least one character.
func cutAt(s string, width float64) int {
	w := 0.0
	for i, r := range s {
		w += textfit.AnyFont.RuneWidth(r)
		if w > width && i > 0 {
			return i
		}
	}
	return len(s)
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
