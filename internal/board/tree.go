package board

import (
	"html"

	"github.com/gongkai/gongkai/internal/flow"
	"strings"
	"unicode/utf8"
)

// node is an element or a run of text of a block's HTML. The board only
// reads HTML that goldmark wrote (or that an editor allowed with raw_html),
// so a small tolerant parser is enough: it keeps each start tag as written
// and can cut inline content at a text offset, closing and reopening the
// elements around the cut.
type node struct {
	Tag   string  // lower-case element name; "" for text
	Open  string  // the start tag as written, "<a href=\"…\">"
	Text  string  // text as written (escaped); for text nodes only (see escaped)
	Kids  []*node // children
	Void  bool    // no end tag (br, img, hr …)
	Raw   bool    // content kept verbatim (svg, pre's code is still parsed)
	Inner string  // verbatim content of a raw element

	// What cutting a long paragraph again and again must not compute again
	// from the start of what is left: the text unescaped, the length in
	// runes. The rest of a text node cut from a longer one is kept
	// unescaped (lazy) until it is written.
	un    string
	hasUn bool
	lazy  bool // Text is un escaped, not made yet
	runes int  // runeLen + 1; 0 until known
}

// unescaped is the text of a text node as a reader sees it.
func (n *node) unescaped() string {
	if !n.hasUn {
		n.un, n.hasUn = html.UnescapeString(n.Text), true
	}
	return n.un
}

// escaped is the text of a text node as written in HTML.
func (n *node) escaped() string {
	if n.lazy {
		n.Text, n.lazy = html.EscapeString(n.un), false
	}
	return n.Text
}

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
		flow.WriteKept(b, n.escaped()) // a telephone number on one line, as it was measured
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

// cut splits inline content after the first n runes of its plain text
// (newlines from <br> count as one rune). Elements open at the cut are
// closed in the head and opened again in the tail, so both halves are
// well-formed and keep their bold, links and colours.
func cut(ns []*node, n int) (head, tail []*node) {
	head, mid, rest := cutAt(ns, n)
	if mid == nil {
		return head, rest
	}
	return head, append([]*node{mid}, rest...)
}

// cutAt is cut with the tail in two: the rest of the node the cut falls
// in (nil when it falls between nodes) and the nodes after it, which it
// neither reads nor copies. It reads only the head and the node the cut
// falls in, from the start of that node (a cut text node's rest is
// escaped when written), so cutting what is left again and again costs
// the length of the content once.
func cutAt(ns []*node, n int) (head []*node, mid *node, rest []*node) {
	for i, k := range ns {
		size := runeLen(k)
		switch {
		case n <= 0:
			return head, nil, ns[i:]
		case size <= n:
			head = append(head, k)
			n -= size
		default:
			h, t := k.cut(n)
			return append(head, h), t, ns[i+1:]
		}
	}
	return head, nil, nil
}

// cut splits one node that is longer than n runes.
func (k *node) cut(n int) (head, tail *node) {
	rest := runeLen(k) - n
	if k.Tag == "" {
		plain := k.unescaped()
		if !utf8.ValidString(plain) {
			plain = string([]rune(plain)) // a byte that is not UTF-8 becomes U+FFFD once cut
		}
		at := 0
		for range n {
			_, size := utf8.DecodeRuneInString(plain[at:])
			at += size
		}
		return &node{Text: html.EscapeString(plain[:at]), un: plain[:at], hasUn: true, runes: n + 1},
			&node{un: plain[at:], hasUn: true, lazy: true, runes: rest + 1}
	}
	h, t := cut(k.Kids, n)
	return &node{Tag: k.Tag, Open: k.Open, Kids: h, runes: n + 1}, &node{Tag: k.Tag, Open: k.Open, Kids: t, runes: rest + 1}
}

// runeLen is the length of a node's plain text in runes.
func runeLen(n *node) int {
	if n.runes == 0 {
		n.runes = 1 + measureRunes(n)
	}
	return n.runes - 1
}

func measureRunes(n *node) int {
	switch {
	case n.Tag == "":
		return utf8.RuneCountInString(n.unescaped())
	case n.Tag == "br":
		return 1
	case n.Raw || n.Void:
		return 0
	}
	total := 0
	for _, k := range n.Kids {
		total += runeLen(k)
	}
	return total
}
