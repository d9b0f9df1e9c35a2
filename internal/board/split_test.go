package board

import (
	"fmt"
	"html"
	"html/template"
	"regexp"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/markdown"
	"github.com/gongkai/gongkai/internal/model"
	"github.com/gongkai/gongkai/internal/textfit/textfittest"
)

// TestLongBodiesSplitWhole lays out long bodies (textfittest.Bodies: a
// pasted paragraph of 30,000 characters, a long table cell, list, quote,
// table, code) in an A4 board's three narrow columns: joined, the parts
// give each body's text back exactly, and every column's paragraphs,
// measured again from their HTML, fit it.
func TestLongBodiesSplitWhole(t *testing.T) {
	g := a4(t, 3)
	bodies := textfittest.Bodies()
	bodies["pasted"] = textfittest.Paragraph(30000)
	md := markdown.New(markdown.Options{})
	for name, src := range bodies {
		doc := md.Render([]byte(src), 1, nil)
		e := &Entry{Item: &model.Item{Item: &content.Item{Title: name, File: "content/" + name + ".md"}}, Title: name, File: "content/" + name + ".md"}
		bl := &builder{g: g}
		blocks := bl.blocks(doc.Blocks(), g.ColH-g.headerHeight(e, true, true, false))
		p := newPager(g)
		if err := p.add(e, blocks); err != nil {
			t.Fatal(err)
		}
		var got strings.Builder
		columns := 0
		for _, s := range kept(p) {
			for _, c := range s.Columns {
				used := 0.0
				for _, part := range c.Parts {
					height := part.H
					if part.Kind == "block" {
						h := partHTML(t, part)
						if part.Class == "table" && strings.Contains(got.String(), "<thead>") {
							h = theadRe.ReplaceAllString(h, "") // repeated on every part
						}
						got.WriteString(h)
						if part.Class == "p" {
							height = g.measured(h)
						}
					}
					used += height
				}
				if used > g.ColH+1e-6 {
					t.Errorf("%s: a column holds %.1f mm of %.1f", name, used, g.ColH)
				}
				columns++
			}
		}
		if columns < 10 {
			t.Errorf("%s: %d columns; want a body long enough to split many times", name, columns)
		}
		if g, w := spaceless(got.String()), spaceless(string(doc.HTML)); g != w {
			t.Errorf("%s: the parts do not give the body back: %s", name, firstDifference(g, w))
		}
	}
}

var paraRe = regexp.MustCompile(`(?s)^<p( class="cont")?>(.*)</p>$`)

// measured is the height of a paragraph part, measured from its HTML
// alone: its text, indented unless it continues, wrapped at the column;
// a <br> that ends it makes no line (nor does it in the browser).
func (g *geometry) measured(h string) float64 {
	m := paraRe.FindStringSubmatch(h)
	if m == nil {
		panic("not a paragraph: " + h)
	}
	text := newInline(markdown.FromHTML("<p>" + m[2] + "</p>")[0].Para).text
	if m[1] == "" {
		text = indentText + text
	}
	n := countLines(text, g.Body.ems(g.ColW)-slack)
	if strings.HasSuffix(strings.TrimRight(text, " "), "\n") {
		n--
	}
	return float64(n)*g.Body.line() + g.Gap
}

var (
	tagRe   = regexp.MustCompile(`<[^>]*>`)
	theadRe = regexp.MustCompile(`(?s)<thead>.*?</thead>`)
)

// spaceless is the text of HTML without tags and white space, from which
// a split takes nothing and to which it adds nothing.
func spaceless(h string) string {
	h = strings.NewReplacer("<br>", "", `<p class="cont">`, "", `<li class="cont">`, "", `<blockquote class="cont">`, "").Replace(h)
	return strings.Join(strings.Fields(html.UnescapeString(tagRe.ReplaceAllString(h, ""))), "")
}

// firstDifference shows where two texts part.
func firstDifference(got, want string) string {
	g, w := []rune(got), []rune(want)
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	return fmt.Sprintf("at character %d of %d (%d in the parts): %q, want %q",
		i, len(w), len(g), string(g[i:min(len(g), i+20)]), string(w[i:min(len(w), i+20)]))
}

// TestLineBrokenParagraphSplits: a paragraph, or a table cell, of short
// lines ended by hard breaks (a list of names, written one a line) longer
// than a column is split between its lines. Each cut falls right after a
// <br>, which the head keeps: the head was measured with an empty line
// after it that the browser never sets, so a paragraph never fitted (the
// item failed as "taller than a whole column") and a cut row was placed
// taller than it is.
func TestLineBrokenParagraphSplits(t *testing.T) {
	g := a4(t, 1)
	e := &Entry{Item: &model.Item{Item: &content.Item{Title: "名单", File: "content/x.md"}}, Title: "名单", File: "content/x.md"}
	names := strings.Repeat("王建国（县财政局）<br>\n", 120) + "李秀英"
	for _, body := range []string{"<p>" + names + "</p>",
		"<table><thead><tr><th>序号</th><th>名单</th></tr></thead><tbody><tr><td>1</td><td>" + names + "</td></tr></tbody></table>"} {
		bl := &builder{g: g}
		blocks := bl.blocks([]markdown.Block{{Kind: "html", HTML: template.HTML(body), Kids: markdown.FromHTML(body)}}, g.ColH-g.headerHeight(e, true, true, false))
		p := newPager(g)
		if err := p.add(e, blocks); err != nil {
			t.Fatal(err)
		}
		var got strings.Builder
		for _, s := range kept(p) {
			for _, c := range s.Columns {
				if c.Used > g.ColH+1e-6 {
					t.Errorf("%.20s: a column holds %.1f mm of %.1f", body, c.Used, g.ColH)
				}
				for _, part := range c.Parts {
					if part.Kind == "block" {
						got.WriteString(theadRe.ReplaceAllString(partHTML(t, part), ""))
					}
				}
			}
		}
		if g, w := spaceless(got.String()), spaceless(theadRe.ReplaceAllString(body, "")); g != w {
			t.Errorf("%.20s: the parts do not give the text back: %s", body, firstDifference(g, w))
		}
	}
}
