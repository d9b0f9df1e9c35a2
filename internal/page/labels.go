package page

import (
	"html"
	"html/template"
	"strings"
)

// TableLabels gives each body cell of the tables in a rendered body the
// name of its column, data-label="…", which the website's stylesheet
// shows beside the cell when a phone lays a row out as label–value lines.
// A body without a table comes back as it was. It reads the Markdown
// renderer's own HTML: a table is <table>, a <thead> row of <th> and
// <tbody> rows of <td> (a label is escaped again, for raw HTML).
func TableLabels(h template.HTML) template.HTML {
	s := string(h)
	if !strings.Contains(s, "<table>") {
		return h
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "<table>")
		j := strings.Index(s[max(i, 0):], "</table>")
		if i < 0 || j < 0 {
			b.WriteString(s)
			return template.HTML(b.String()) //nolint:gosec // the renderer's HTML with attributes of its own text
		}
		j += i
		b.WriteString(s[:i])
		labelled(&b, s[i:j])
		s = s[j:]
	}
}

// labelled writes a table with its body cells labelled.
func labelled(b *strings.Builder, table string) {
	split := strings.Index(table, "<tbody>")
	if split < 0 {
		b.WriteString(table)
		return
	}
	var labels []string
	for head := table[:split]; ; {
		th, rest := headCell(head)
		if th == "" {
			break
		}
		text := html.UnescapeString(withoutTags(th))
		labels = append(labels, template.HTMLEscapeString(strings.TrimSpace(text)))
		head = rest
	}
	b.WriteString(table[:split])
	rest, col := table[split:], 0
	for {
		td, tr := strings.Index(rest, "<td"), strings.Index(rest, "<tr>")
		if td < 0 {
			b.WriteString(rest)
			return
		}
		if tr >= 0 && tr < td {
			col = 0
		}
		b.WriteString(rest[:td+3])
		if col < len(labels) && labels[col] != "" {
			b.WriteString(` data-label="` + labels[col] + `"`)
		}
		col++
		rest = rest[td+3:]
	}
}

// headCell finds the first header cell in s, from "<th " or "<th>" to the
// first "</th>" after it, and what follows it; th is "" when there is none.
func headCell(s string) (th, rest string) {
	for from := 0; ; {
		i := strings.Index(s[from:], "<th")
		if i < 0 {
			return "", ""
		}
		i += from
		if i+3 < len(s) && (s[i+3] == ' ' || s[i+3] == '>') {
			if j := strings.Index(s[i+4:], "</th>"); j >= 0 {
				end := i + 4 + j + len("</th>")
				return s[i:end], s[end:]
			}
			return "", ""
		}
		from = i + 3
	}
}

// withoutTags is s without its tags, from each < to the next >.
func withoutTags(s string) string {
	var b strings.Builder
	for {
		lt := strings.IndexByte(s, '<')
		if lt < 0 {
			break
		}
		gt := strings.IndexByte(s[lt:], '>')
		if gt < 0 {
			break
		}
		b.WriteString(s[:lt])
		s = s[lt+gt+1:]
	}
	b.WriteString(s)
	return b.String()
}
