package kiosk

import (
	"html"
	"html/template"
	"strconv"
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/markdown"
)

// htmlBlocks reads the HTML a theme partial writes as the blocks a body's
// Markdown gives, so the kiosk fits it the same way: a heading and a list
// item as flow runs (cut between lines), a list with its items, a table
// with its cells' text, anything else as one paragraph. Each top-level
// element is a block, with the white space after it.
func htmlBlocks(s string) []markdown.Block {
	var out []markdown.Block
	for {
		s = strings.TrimLeft(s, " \t\r\n")
		if s == "" {
			return out
		}
		name, open, inner, closeTag, rest := element(s)
		nl := len(rest) - len(strings.TrimLeft(rest, " \t\r\n"))
		outer := s[:len(s)-len(rest)+nl]
		closeTag += rest[:nl]
		s = rest[nl:]
		b := markdown.Block{Kind: "html", HTML: template.HTML(outer), Text: strings.TrimSpace(plain(outer))} //nolint:gosec // written by html/template
		switch name {
		case "h1", "h2", "h3", "h4", "h5", "h6":
			b.Kind, b.Level, b.Text = name, int(name[1]-'0'), strings.TrimSpace(plain(inner))
			b.Para = inline(open, inner, closeTag)
		case "ol", "ul":
			b.Kind = name
			if name == "ol" {
				b.Start = 1
				if v, err := strconv.Atoi(attr(open, "start")); err == nil {
					b.Start = v
				}
			}
			b.Items = children(inner, "li")
			var texts []string
			for _, it := range b.Items {
				texts = append(texts, it.Text)
			}
			b.Text = strings.Join(texts, "\n")
			b.Rows = len(b.Items)
		case "table":
			b.Kind = name
			for _, tr := range children(trs(inner), "tr") {
				b.Cells = append(b.Cells, cells(string(tr.HTML)))
			}
			rows := make([]string, len(b.Cells))
			for i, r := range b.Cells {
				rows[i] = strings.Join(r, " ")
			}
			b.Text = strings.Join(rows, "\n")
			b.Rows = max(0, len(b.Cells)-1)
		}
		out = append(out, b)
	}
}

// trs is a table's rows without the thead and tbody around them.
func trs(s string) string {
	for _, t := range []string{"<thead>", "</thead>", "<tbody>", "</tbody>"} {
		s = strings.ReplaceAll(s, t, "")
	}
	return s
}

// cells is the plain text of the th and td elements of a row.
func cells(tr string) []string {
	var out []string
	_, _, inner, _, _ := element(tr)
	for {
		inner = strings.TrimLeft(inner, " \t\r\n")
		if inner == "" {
			return out
		}
		_, _, c, _, rest := element(inner)
		out = append(out, plain(c))
		inner = rest
	}
}

// children are the elements named name in s, each a block ("li", "tr")
// with its white space after it, its HTML and text and, when it is one
// line of inline content, its runs.
func children(s, name string) []markdown.Block {
	var out []markdown.Block
	for {
		s = strings.TrimLeft(s, " \t\r\n")
		if s == "" {
			return out
		}
		n, open, inner, closeTag, rest := element(s)
		nl := len(rest) - len(strings.TrimLeft(rest, " \t\r\n"))
		outer := s[:len(s)-len(rest)+nl]
		s = rest[nl:]
		if n != name {
			continue
		}
		b := markdown.Block{Kind: name, HTML: template.HTML(outer), Text: plain(inner)} //nolint:gosec // written by html/template
		if !strings.Contains(inner, "<ul") && !strings.Contains(inner, "<ol") && !strings.Contains(inner, "<p") {
			b.Para = inline(open, inner, closeTag+outer[len(outer)-nl:])
		}
		out = append(out, b)
	}
}

// element splits s, which starts with an element (or with text, which is
// taken as a whole), into its name, start tag, content, end tag and what
// follows it.
func element(s string) (name, open, inner, closeTag, rest string) {
	if !strings.HasPrefix(s, "<") {
		return "", "", s, "", ""
	}
	end := strings.IndexByte(s, '>')
	if end < 0 {
		return "", "", s, "", ""
	}
	open = s[:end+1]
	name = tagName(open)
	if voidTag[name] || strings.HasSuffix(open, "/>") {
		return name, open, "", "", s[end+1:]
	}
	depth, i := 1, end+1
	for i < len(s) {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			break
		}
		i += j
		k := strings.IndexByte(s[i:], '>')
		if k < 0 {
			break
		}
		tag := s[i : i+k+1]
		switch {
		case strings.HasPrefix(tag, "</") && tagName(tag) == name:
			depth--
			if depth == 0 {
				return name, open, s[end+1 : i], tag, s[i+k+1:]
			}
		case !strings.HasPrefix(tag, "</") && tagName(tag) == name:
			depth++
		}
		i += k + 1
	}
	return name, open, s[end+1:], "", ""
}

// voidTag are the elements without an end tag.
var voidTag = map[string]bool{"br": true, "img": true, "hr": true, "wbr": true, "col": true, "input": true}

// tagName is the element name of a start or end tag.
func tagName(tag string) string {
	t := strings.TrimLeft(tag, "</")
	if i := strings.IndexAny(t, " \t\r\n/>"); i >= 0 {
		t = t[:i]
	}
	return strings.ToLower(t)
}

// attr is the value of attribute a of a start tag, or "".
func attr(tag, a string) string {
	i := strings.Index(tag, " "+a+`="`)
	if i < 0 {
		return ""
	}
	v := tag[i+len(a)+3:]
	if j := strings.IndexByte(v, '"'); j >= 0 {
		return html.UnescapeString(v[:j])
	}
	return ""
}

// plain is the text of HTML: its tags dropped, its references resolved.
func plain(s string) string {
	var b strings.Builder
	for s != "" {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		s = s[i+j+1:]
	}
	return html.UnescapeString(b.String())
}

// inline is inline HTML as flow runs inside a block element written
// open…closeTag: text as text runs, which flow writes escaped its own way
// (+ rather than html/template's &#43;: the same text), elements as marks,
// void elements atomic.
func inline(open, s, closeTag string) *flow.Para {
	p := &flow.Para{Open: open, Close: closeTag}
	var marks []*flow.Mark
	for s != "" {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			i = len(s)
		}
		if i > 0 {
			p.Runs = append(p.Runs, flow.Run{Text: html.UnescapeString(s[:i]), Marks: marks})
			s = s[i:]
			continue
		}
		j := strings.IndexByte(s, '>')
		if j < 0 {
			p.Runs = append(p.Runs, flow.Run{Text: plain(s), HTML: s, Atomic: true, Marks: marks})
			break
		}
		tag := s[:j+1]
		s = s[j+1:]
		switch name := tagName(tag); {
		case strings.HasPrefix(tag, "</"):
			for k := len(marks) - 1; k >= 0; k-- {
				if marks[k].Close == "" && tagName(marks[k].Open) == name {
					marks[k].Close = tag
					marks = marks[:k:k]
					break
				}
			}
		case voidTag[name] || strings.HasSuffix(tag, "/>"):
			p.Runs = append(p.Runs, flow.Run{HTML: tag, Atomic: true, Marks: marks})
		default:
			marks = append(marks[:len(marks):len(marks)], &flow.Mark{Open: tag})
		}
	}
	return p
}
