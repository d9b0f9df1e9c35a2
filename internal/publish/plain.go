package publish

import (
	"bytes"

	"github.com/tdewolff/parse/v2/buffer"
)

// Plain runs. Most of a page's bytes that no fragment covers are an
// item's body as the Markdown renderer wrote it: paragraphs, headings,
// lists and tables of text, their tags bare or with an id, a class or a
// table cell's data-label.
// Of such a run the HTML minifier changes only white space: it writes
// each tag as it is and each text with its runs of white space made one
// (a newline where the run holds one, else a space), trimmed where it
// meets a tag, since every tag of the run is a block tag. A plain run is
// written that way, without the minifier; cut at block tags in HTML text,
// it is minified as in the page for the reasons a fragment is
// (fragments.go). What the run may hold is narrow on purpose: anything
// else ends it, and the rest is left to the minifier.
// TestPlainRunsMinifyAsWhole and FuzzPlainRuns check it against the
// minifier.

// minPlain is the shortest plain run worth writing apart: a shorter one
// saves less than a cut costs the minifier.
const minPlain = 256

// plainRun returns the end of the longest plain run of data from at, the
// start of a block tag in HTML text: after the last tag of it that ends
// before anything not plain. It returns at when there is none.
func plainRun(data []byte, at int) int {
	end, p := at, at
	for p < len(data) {
		if data[p] != '<' {
			q := plainText(data, p)
			if q < 0 {
				break
			}
			p = q
			continue
		}
		q := plainTag(data, p)
		if q < 0 {
			break
		}
		p, end = q, q
	}
	return end
}

// plainText returns where the text at p ends (at a "<"), or -1 if it
// holds anything the minifier may do more to than white space: a
// character reference, a control character, or no tag after it.
func plainText(data []byte, p int) int {
	for ; p < len(data); p++ {
		switch c := data[p]; {
		case c == '<':
			return p
		case c == '&' || c == 0x7f || c < 0x20 && !space(c):
			return -1
		}
	}
	return -1
}

// plainTag returns the end of the tag at p (after its ">"), or -1 unless
// it is a plain block tag: <name>, </name>, or <name> with attributes
// id="…", class="…" and data-label="…" of text without white space,
// quotes, "&", "<" or ">", each after one space.
func plainTag(data []byte, p int) int {
	p++
	end := p < len(data) && data[p] == '/'
	if end {
		p++
	}
	n := p
	for p < len(data) && (data[p] >= 'a' && data[p] <= 'z' || data[p] >= '1' && data[p] <= '6') {
		p++
	}
	if !plainBlock(string(data[n:p]), end) {
		return -1
	}
	for !end && p < len(data) && data[p] == ' ' {
		if p = plainAttr(data, p+1); p < 0 {
			return -1
		}
	}
	if p < len(data) && data[p] == '>' {
		return p + 1
	}
	return -1
}

// plainAttr returns the end of the attribute id="…", class="…" or
// data-label="…" at p, or -1.
func plainAttr(data []byte, p int) int {
	switch {
	case hasPrefixAt(data, p, `id="`):
		p += len(`id="`)
	case hasPrefixAt(data, p, `class="`):
		p += len(`class="`)
	case hasPrefixAt(data, p, `data-label="`): // a table cell's column (page.TableLabels)
		p += len(`data-label="`)
	default:
		return -1
	}
	v := p
	for p < len(data) && data[p] != '"' {
		if c := data[p]; c == '&' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '=' || c < 0x20 || c == ' ' || c == 0x7f {
			return -1
		}
		p++
	}
	if p == v || p == len(data) { // an empty value is left out by the minifier
		return -1
	}
	return p + 1
}

func hasPrefixAt(data []byte, p int, prefix string) bool {
	return len(data)-p >= len(prefix) && string(data[p:p+len(prefix)]) == prefix
}

// plainBlock reports whether name is a block element the minifier
// trims white space around and writes as it is, with nothing apart in
// its content; end is true for an end tag (of a void element, never
// plain).
func plainBlock(name string, end bool) bool {
	switch name {
	case "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "div",
		"table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "dl", "dt", "dd",
		"figure", "figcaption", "section", "article", "aside", "header", "footer", "nav":
		return true
	case "hr", "br":
		return !end
	}
	return false
}

// writePlain writes the plain run as the minifier would: its tags as
// they are, its texts with white space made one and trimmed.
func writePlain(out *buffer.Writer, run []byte) {
	for len(run) > 0 {
		if run[0] == '<' {
			i := bytes.IndexByte(run, '>') + 1
			out.Write(run[:i])
			run = run[i:]
			continue
		}
		i := bytes.IndexByte(run, '<')
		writeText(out, run[:i])
		run = run[i:]
	}
}

// writeText writes a text between two block tags: white space trimmed
// at both ends, each run inside made one newline if it holds a newline
// or a carriage return, else one space.
func writeText(out *buffer.Writer, text []byte) {
	i, j := 0, len(text)
	for i < j && space(text[i]) {
		i++
	}
	for j > i && space(text[j-1]) {
		j--
	}
	from := i
	for k := i; k < j; k++ {
		if !space(text[k]) {
			continue
		}
		run, newline := k, false
		for ; space(text[k]); k++ {
			newline = newline || text[k] == '\n' || text[k] == '\r'
		}
		if k-run == 1 && !newline && text[run] == ' ' {
			continue // one space stays
		}
		out.Write(text[from:run])
		if newline {
			out.Write(newlineBytes)
		} else {
			out.Write(spaceBytes)
		}
		from = k
	}
	out.Write(text[from:j])
}

var newlineBytes, spaceBytes = []byte{'\n'}, []byte{' '}
