package board

import (
	"html"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/markdown"
)

// TRANSITIONAL: this file goes when markdown.FromHTML lands (issue 12).
// fromHTML reads the HTML the theme's partials write for a board (and raw
// HTML of a body) into the typed blocks the board lays out, as
// markdown.FromHTML will: the board lays out and writes blocks and runs
// only, and this small tolerant parser is its one reader of HTML.

// node is an element or a run of text of a block's HTML.
type node struct {
	Tag   string  // lower-case element name; "" for text
	Open  string  // the start tag as written, "<a href=\"…\">"
	Text  string  // text as written (escaped); for text nodes only
	Kids  []*node // children
	Void  bool    // no end tag (br, img, hr …)
	Raw   bool    // content kept verbatim (svg, pre's code is still parsed)
	Inner string  // verbatim content of a raw element
}

// unescaped is the text of a text node as a reader sees it.
func (n *node) unescaped() string { return html.UnescapeString(n.Text) }

var voidTags = map[string]bool{"br": true, "img": true, "hr": true, "input": true, "wbr": true, "col": true, "source": true, "meta": true, "link": true}

// rawTags are kept whole: the board never cuts inside a drawing or a script.
var rawTags = map[string]bool{"svg": true, "math": true, "script": true, "style": true}

// parseHTML parses a fragment into a forest.
func parseHTML(s string) []*node {
	root := &node{}
	stack := []*node{root}
	for len(s) > 0 {
		top := stack[len(stack)-1]
		i := strings.IndexByte(s, '<')
		if i != 0 {
			if i < 0 {
				i = len(s)
			}
			top.Kids = append(top.Kids, &node{Text: s[:i]})
			s = s[i:]
			continue
		}
		tag, rest := readTag(s)
		if tag == "" { // a lone "<": text
			top.Kids = append(top.Kids, &node{Text: "&lt;"})
			s = s[1:]
			continue
		}
		s = rest
		stack = applyTag(stack, tag, &s)
	}
	return root.Kids
}

// applyTag adds the element a tag opens, or closes the elements up to the
// one a tag ends.
func applyTag(stack []*node, tag string, s *string) []*node {
	top := stack[len(stack)-1]
	if strings.HasPrefix(tag, "<!") || strings.HasPrefix(tag, "<?") {
		return stack // comments and doctypes are dropped
	}
	if strings.HasPrefix(tag, "</") {
		name := tagName(tag[2:])
		for j := len(stack) - 1; j > 0; j-- {
			if stack[j].Tag == name {
				return stack[:j]
			}
		}
		return stack
	}
	n := &node{Tag: tagName(tag[1:]), Open: tag}
	top.Kids = append(top.Kids, n)
	switch {
	case voidTags[n.Tag] || strings.HasSuffix(tag, "/>"):
		n.Void = true
	case rawTags[n.Tag]:
		end := strings.Index(strings.ToLower(*s), "</"+n.Tag)
		if end < 0 {
			end = len(*s)
		}
		n.Raw, n.Inner = true, (*s)[:end]
		*s = (*s)[end:]
		if gt := strings.IndexByte(*s, '>'); gt >= 0 {
			*s = (*s)[gt+1:]
		}
	default:
		stack = append(stack, n)
	}
	return stack
}

// readTag returns the tag at the start of s ("<a href=…>", "</p>",
// "<!-- … -->") and the text after it, or "" when s does not start a tag.
func readTag(s string) (tag, rest string) {
	if strings.HasPrefix(s, "<!--") {
		end := strings.Index(s, "-->")
		if end < 0 {
			return s, ""
		}
		return s[:end+3], s[end+3:]
	}
	if len(s) < 2 || !(isLetter(s[1]) || s[1] == '/' || s[1] == '!' || s[1] == '?') {
		return "", s
	}
	var quote byte
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return s[:i+1], s[i+1:]
		}
	}
	return s, ""
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func tagName(s string) string {
	end := strings.IndexAny(s, " \t\n\r/>")
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(s[:end])
}

// attr returns the value of attribute name in the start tag, or "".
func (n *node) attr(name string) string {
	t := n.Open
	for i := 0; ; {
		j := strings.Index(strings.ToLower(t[i:]), name+"=")
		if j < 0 {
			return ""
		}
		j += i
		if j > 0 && t[j-1] != ' ' && t[j-1] != '\t' && t[j-1] != '\n' {
			i = j + len(name)
			continue
		}
		v := t[j+len(name)+1:]
		if v != "" && (v[0] == '"' || v[0] == '\'') {
			if end := strings.IndexByte(v[1:], v[0]); end >= 0 {
				return html.UnescapeString(v[1 : end+1])
			}
		}
		end := strings.IndexAny(v, " \t\n>/")
		if end < 0 {
			end = len(v)
		}
		return html.UnescapeString(v[:end])
	}
}

// render writes the forest back as HTML.
func render(ns []*node) string {
	var b strings.Builder
	for _, n := range ns {
		n.write(&b)
	}
	return b.String()
}

func (n *node) write(b *strings.Builder) {
	switch {
	case n.Tag == "":
		b.WriteString(n.Text)
	case n.Void:
		b.WriteString(n.Open)
	case n.Raw:
		b.WriteString(n.Open)
		b.WriteString(n.Inner)
		b.WriteString("</" + n.Tag + ">")
	default:
		b.WriteString(n.Open)
		for _, k := range n.Kids {
			k.write(b)
		}
		b.WriteString("</" + n.Tag + ">")
	}
}

// elements returns the element children of n with tag name (any when "").
func (n *node) elements(tag string) []*node {
	var out []*node
	for _, k := range n.Kids {
		if k.Tag != "" && (tag == "" || k.Tag == tag) {
			out = append(out, k)
		}
	}
	return out
}

// blockTags start a new line inside a list item or a cell.
var blockTags = map[string]bool{"p": true, "div": true, "ul": true, "ol": true, "li": true, "blockquote": true, "pre": true, "table": true, "tr": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "figure": true, "figcaption": true}

// text is the plain text of the forest as a reader sees it: entities
// decoded, <br> and block boundaries as newlines.
func text(ns []*node) string {
	var b strings.Builder
	for _, n := range ns {
		n.plain(&b)
	}
	return strings.Trim(b.String(), "\n")
}

func (n *node) plain(b *strings.Builder) {
	switch {
	case n.Tag == "":
		b.WriteString(n.unescaped())
	case n.Tag == "br":
		b.WriteByte('\n')
	case n.Raw || n.Void:
	default:
		if blockTags[n.Tag] && b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
			b.WriteByte('\n')
		}
		for _, k := range n.Kids {
			k.plain(b)
		}
		if blockTags[n.Tag] && !strings.HasSuffix(b.String(), "\n") {
			b.WriteByte('\n')
		}
	}
}

// fromHTML is the blocks of a piece of HTML.
func fromHTML(h string) []markdown.Block { return nodeBlocks(parseHTML(h)) }

// nodeBlocks makes blocks of a run of nodes: block elements each become a
// block, and inline content between them bare text (a tight list item's).
func nodeBlocks(ns []*node) []markdown.Block {
	var pending []*node
	var out []markdown.Block
	flush := func() {
		if kids := trimLeading(pending); strings.TrimSpace(text(kids)) != "" {
			out = append(out, markdown.Block{Kind: "p", Bare: true, Text: text(kids), Para: paraOf("", "", kids)})
		}
		pending = nil
	}
	for _, n := range ns {
		if n.Tag == "" || !(blockTags[n.Tag] || n.Tag == "hr" || n.Tag == "svg" || (n.Tag == "img" && len(ns) == 1)) {
			pending = append(pending, n)
			continue
		}
		flush()
		out = append(out, blockOf(n))
	}
	flush()
	return out
}

// trimLeading drops the white space and line breaks at the start of
// inline content.
func trimLeading(ns []*node) []*node {
	for len(ns) > 0 {
		n := ns[0]
		switch {
		case n.Tag == "br", n.Tag == "" && strings.TrimSpace(n.unescaped()) == "":
			ns = ns[1:]
		case n.Tag == "":
			t := &node{Text: strings.TrimLeft(n.Text, " \n\t\r")}
			return append([]*node{t}, ns[1:]...)
		default:
			return ns
		}
	}
	return ns
}

// blockOf is the block of one block-level element.
func blockOf(n *node) markdown.Block {
	if b, ok := drawingOf(n); ok {
		return b
	}
	b := markdown.Block{Kind: n.Tag, Open: n.Open, Close: "</" + n.Tag + ">", Text: text([]*node{n})}
	switch n.Tag {
	case "p", "h1", "h2", "h3", "h4", "h5", "h6":
		b.Para = paraOf(b.Open, b.Close, n.Kids)
		if n.Tag != "p" {
			b.Level = int(n.Tag[1] - '0')
		}
	case "ul", "ol":
		b.Start = 1
		if v, err := strconv.Atoi(n.attr("start")); err == nil {
			b.Start = v
		}
		for _, li := range n.elements("li") {
			b.Items = append(b.Items, markdown.Block{Kind: "li", Open: li.Open, Close: "</li>", Kids: nodeBlocks(li.Kids)})
		}
	case "blockquote":
		b.Kids = nodeBlocks(n.Kids)
	case "table":
		b.Table = tableOf(n)
	case "pre":
		b.Code = text(n.Kids)
	case "hr":
	default:
		b = markdown.Block{Kind: "html", HTML: safeHTML(render([]*node{n})), Text: text([]*node{n})}
	}
	return b
}

// tableOf is a table's cells as runs, and the tags of its rows.
func tableOf(n *node) *markdown.Table {
	t := &markdown.Table{}
	for _, sec := range n.elements("") {
		var trs []*node
		switch sec.Tag {
		case "thead":
			trs = sec.elements("tr")
			if len(trs) > 0 {
				t.HeadOpen, t.Head = "<thead>"+trs[0].Open, cellsOf(trs[0])
				trs = trs[1:]
			}
		case "tbody", "tfoot":
			trs = sec.elements("tr")
		case "tr":
			trs = []*node{sec}
		}
		for _, tr := range trs {
			t.RowOpen = append(t.RowOpen, tr.Open)
			t.Body = append(t.Body, cellsOf(tr))
		}
	}
	return t
}

func cellsOf(tr *node) []*flow.Para {
	var out []*flow.Para
	for _, c := range tr.elements("") {
		if c.Tag == "td" || c.Tag == "th" {
			out = append(out, paraOf(c.Open, "</"+c.Tag+">", c.Kids))
		}
	}
	return out
}

// paraOf is inline content as runs: text, line breaks, drawings and
// pictures whole, inside the elements around them.
func paraOf(open, close string, ns []*node) *flow.Para {
	p := &flow.Para{Open: open, Close: close}
	runsOf(p, ns, nil)
	return p
}

func runsOf(p *flow.Para, ns []*node, marks []*flow.Mark) {
	for _, n := range ns {
		switch {
		case n.Tag == "":
			p.Runs = append(p.Runs, flow.Run{Text: n.unescaped(), Marks: marks})
		case n.Tag == "br":
			p.Runs = append(p.Runs, flow.Run{After: n.Open, Marks: marks})
		case n.Raw || n.Void:
			p.Runs = append(p.Runs, flow.Run{HTML: render([]*node{n}), Atomic: true, Image: n.Tag == "img", Marks: marks})
		default:
			m := &flow.Mark{Open: n.Open, Close: "</" + n.Tag + ">"}
			runsOf(p, n.Kids, append(marks[:len(marks):len(marks)], m))
		}
	}
}

// drawingOf is the figure of an <svg> with a viewBox (or width and
// height), a picture, or a <figure>, <p> or <div> holding one alone with
// an optional <figcaption>: its drawing with its size, and its caption.
func drawingOf(n *node) (markdown.Block, bool) {
	var drawing, caption *node
	switch n.Tag {
	case "svg", "img":
		drawing = n
	case "figure", "p", "div":
		for _, k := range n.Kids {
			switch {
			case k.Tag == "svg" || k.Tag == "img":
				if drawing != nil {
					return markdown.Block{}, false
				}
				drawing = k
			case k.Tag == "figcaption":
				caption = k
			case k.Tag == "" && strings.TrimSpace(k.unescaped()) == "":
			default:
				return markdown.Block{}, false
			}
		}
	}
	if drawing == nil {
		return markdown.Block{}, false
	}
	ratio, w := aspect(drawing)
	if ratio == 0 {
		if drawing.Tag == "svg" {
			return markdown.Block{}, false
		}
		ratio, w = 0.75, 0 // a picture of unknown size is shown 4:3, letterboxed
	}
	d := markdown.Block{Kind: "html", HTML: safeHTML(render([]*node{drawing})), Width: max(w, 1), Height: ratio * max(w, 1)}
	b := markdown.Block{Kind: "figure", Kids: []markdown.Block{d}}
	if caption != nil {
		b.Kids = append(b.Kids, markdown.Block{Kind: "figcaption", Para: paraOf("<figcaption>", "</figcaption>", caption.Kids)})
	}
	return b, true
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
