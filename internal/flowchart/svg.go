package flowchart

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// Colours of the drawing. Levels are also written in words on every mark.
var levelColour = map[string]string{"high": "#b3261e", "medium": "#8a4b00", "low": "#1f6284"}

const (
	ink      = "#1a1a1a"
	lineInk  = "#333333"
	headFill = "#f5ece3"
	accent   = "#a8201a"
	fontList = `"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif`
)

// SVG draws a laid-out chart as an <svg> element to put inline in HTML.
// Its viewBox is the chart's intrinsic size, so CSS may scale it freely
// (width: 100%; height: auto) without changing the drawing.
func SVG(l *Layout) []byte {
	var b bytes.Buffer
	b.Grow(svgSize(l))
	w := &svgWriter{b: &b}
	w.printf(`<svg xmlns="http://www.w3.org/2000/svg" class="flowchart" viewBox="0 0 %s %s" width="%s" height="%s" role="img" aria-label="%s" font-family='%s'>`,
		num(l.Width), num(l.Height), num(l.Width), num(l.Height), esc(l.Title), fontList)
	w.printf(`<title>%s</title>`, esc(l.Title))
	w.printf(`<rect width="%s" height="%s" fill="#ffffff"/>`, num(l.Width), num(l.Height))
	w.routes(l)
	for _, bx := range l.Boxes {
		w.box(bx, l.m)
	}
	w.printf(`</svg>`)
	return b.Bytes()
}

type svgWriter struct{ b *bytes.Buffer }

// svgSize is about the length of l's SVG, so that the buffer grows once.
func svgSize(l *Layout) int {
	n := 1024 + 160*len(l.Routes)
	for _, b := range l.Boxes {
		n += 600 + 140*len(b.Texts)
		for _, t := range b.Texts {
			n += len(t.Str)
		}
	}
	return n
}

func (w *svgWriter) printf(format string, args ...any) {
	fmt.Fprintf(w.b, format, args...)
	w.b.WriteByte('\n')
}

// routes draws the edges, their arrowheads and their labels.
func (w *svgWriter) routes(l *Layout) {
	m := l.m
	w.printf(`<g fill="none" stroke="%s" stroke-width="%s" stroke-linejoin="round">`, lineInk, num(m.stroke*1.4))
	for _, r := range l.Routes {
		pts := append([]Point(nil), r.Points...)
		pts[len(pts)-1].Y -= m.arrow * 0.8 // stop under the arrowhead, not through its tip
		var d bytes.Buffer
		fmt.Fprintf(&d, "M%s %s", num(pts[0].X), num(pts[0].Y))
		for i := 1; i < len(pts); i++ {
			if pts[i].X == pts[i-1].X {
				fmt.Fprintf(&d, "V%s", num(pts[i].Y))
			} else {
				fmt.Fprintf(&d, "H%s", num(pts[i].X))
			}
		}
		w.printf(`<path d="%s"/>`, d.String())
	}
	w.printf(`</g>`)
	w.printf(`<g fill="%s">`, lineInk)
	for _, r := range l.Routes {
		tip := r.Points[len(r.Points)-1]
		a := m.arrow
		w.printf(`<path d="M%s %sL%s %sH%sZ"/>`, num(tip.X), num(tip.Y), num(round(tip.X-a*0.5)), num(round(tip.Y-a)), num(round(tip.X+a*0.5)))
	}
	w.printf(`</g>`)
	for _, r := range l.Routes {
		if r.Label != nil {
			w.text(*r.Label, ink, `font-weight="700"`)
		}
	}
}

// box draws one step: frame, head band, number disc, name, risk mark, fields.
func (w *svgWriter) box(bx *Box, m metrics) {
	if bx.Connector != "" {
		w.connector(bx, m)
		return
	}
	r, h := bx.Rect, bx.Head
	w.printf(`<g class="step" data-step="%s">`, esc(bx.ID))
	w.printf(`<rect x="%s" y="%s" width="%s" height="%s" fill="#ffffff" stroke="%s" stroke-width="%s"/>`,
		num(r.X), num(r.Y), num(r.W), num(r.H), lineInk, num(m.boxStroke*1.6))
	w.printf(`<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>`,
		num(h.X+m.boxStroke*0.8), num(h.Y+m.boxStroke*0.8), num(h.W-m.boxStroke*1.6), num(h.H-m.boxStroke*0.8), headFill)
	if h.H < r.H {
		w.printf(`<path d="M%s %sH%s" stroke="%s" stroke-width="%s"/>`, num(h.X), num(round(h.Bottom())), num(h.Right()), lineInk, num(m.boxStroke))
	}
	w.printf(`<circle cx="%s" cy="%s" r="%s" fill="%s"/>`, num(round(h.X+m.pad+m.numberR)), num(round(h.Y+h.H/2)), num(round(m.numberR)), accent)
	for _, t := range bx.Texts {
		switch t.Role {
		case "number":
			w.centred(t, "#ffffff", `font-weight="700"`)
		case "name":
			w.text(t, ink, `font-weight="700"`)
		case "label":
			w.text(t, accent, `font-weight="700"`)
		default:
			w.text(t, ink, "")
		}
	}
	if bd := bx.Badge; bd != nil {
		w.badge(bd)
	}
	w.printf(`</g>`)
}

// connector draws the circle that joins two parts of a split chart.
func (w *svgWriter) connector(bx *Box, m metrics) {
	r := bx.Rect
	w.printf(`<g class="connector" data-step="%s">`, esc(bx.ID))
	w.printf(`<circle cx="%s" cy="%s" r="%s" fill="#ffffff" stroke="%s" stroke-width="%s"/>`,
		num(r.X+r.W/2), num(r.Y+r.H/2), num(r.W/2-m.boxStroke), accent, num(m.boxStroke*2))
	w.centred(bx.Texts[0], accent, `font-weight="700"`)
	w.printf(`</g>`)
}

func (w *svgWriter) badge(bd *Badge) {
	c := levelColour[bd.Level]
	if c == "" {
		c = levelColour["high"]
	}
	r := bd.Rect
	w.printf(`<rect x="%s" y="%s" width="%s" height="%s" rx="3" fill="#ffffff" stroke="%s" stroke-width="1.5"/>`, num(r.X), num(r.Y), num(r.W), num(r.H), c)
	t := bd.Triangle
	w.printf(`<path d="M%s %sL%s %sL%s %sZ" fill="%s"/>`, num(t[0].X), num(t[0].Y), num(t[1].X), num(t[1].Y), num(t[2].X), num(t[2].Y), c)
	size := round(bd.Text.Size)
	w.printf(`<text x="%s" y="%s" font-size="%s" font-weight="700" fill="#ffffff" text-anchor="middle">!</text>`,
		num(t[0].X), num(round(t[2].Y-bd.Text.Size*0.12)), num(size))
	w.text(bd.Text, c, `font-weight="700"`)
}

// text writes one line with its baseline placed in its line box.
func (w *svgWriter) text(t Text, fill, attrs string) {
	w.textAt(t, t.X, fill, "", attrs)
}

func (w *svgWriter) centred(t Text, fill, attrs string) {
	w.textAt(t, round(t.X+t.W/2), fill, `text-anchor="middle" `, attrs)
}

// textAt writes a <text> element at x as printf would write
// `<text x="%s" y="%s" font-size="%s" fill="%s" %s%s>%s</text>` (num and
// esc for the values), without fmt: a chart has hundreds of lines.
func (w *svgWriter) textAt(t Text, x float64, fill, anchor, attrs string) {
	b := w.b
	b.WriteString(`<text x="`)
	w.num(x)
	b.WriteString(`" y="`)
	w.num(baseline(t))
	b.WriteString(`" font-size="`)
	w.num(round(t.Size))
	b.WriteString(`" fill="`)
	b.WriteString(fill)
	b.WriteString(`" `)
	b.WriteString(anchor)
	b.WriteString(attrs)
	b.WriteByte('>')
	writeEsc(b, t.Str)
	b.WriteString("</text>\n")
}

// num writes num(v).
func (w *svgWriter) num(v float64) {
	var a [32]byte
	w.b.Write(strconv.AppendFloat(a[:0], round(v), 'f', -1, 64))
}

// baseline puts the em box in the middle of the line box; CJK fonts sit
// their baseline about 0.88 em below the em box top.
func baseline(t Text) float64 { return round(t.Y + (t.H-t.Size)/2 + 0.88*t.Size) }

func num(v float64) string { return strconv.FormatFloat(round(v), 'f', -1, 64) }

func esc(s string) string {
	if plain(s) {
		return s
	}
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// writeEsc writes esc(s).
func writeEsc(b *bytes.Buffer, s string) {
	if plain(s) {
		b.WriteString(s)
		return
	}
	xml.EscapeText(b, []byte(s))
}

// plain reports whether xml.EscapeText leaves s as it is: valid UTF-8
// without markup characters, white space other than spaces, control
// characters or the non-characters U+FFFE and U+FFFF.
func plain(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x20, r == '"', r == '\'', r == '&', r == '<', r == '>',
			r == utf8.RuneError, r == 0xFFFE, r == 0xFFFF:
			return false
		}
	}
	return true
}
