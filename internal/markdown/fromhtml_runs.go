package markdown

import (
	"strings"

	"github.com/gongkai/gongkai/internal/flow"
	"github.com/gongkai/gongkai/internal/link"
	"golang.org/x/net/html"
)

// voidTag are the elements without an end tag.
var voidTag = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// frame is an inline element open while runs are read: its mark, its
// name, the token that opened it and how many runs there were then.
type frame struct {
	mark  *flow.Mark
	name  string
	start int // offset of its start tag
	runs  int
}

// inline reads runs for reader.runs.
type inline struct {
	r       *reader
	runs    []flow.Run
	frames  []frame
	marks   []*flow.Mark
	afterBr bool // the last run ends with a <br>: a line break after it is written with it
}

// runs reads inline content as flow runs, up to the end tag of an element
// in open or the end, and, when bare, up to the start of a block. Text is
// a text run; an inline element (b, a, span, even a div in a table cell)
// is a mark around its runs, an element with nothing in it, a void element
// or a comment an atomic run; a <br> after text is written after it, as
// the Markdown renderer writes a hard line break.
func (r *reader) runs(open []string, bare bool) *flow.Para {
	in := &inline{r: r}
	for {
		t := r.at(r.i)
		if t.typ == html.ErrorToken || bare && blockStart(t) {
			break
		}
		if t.typ == html.EndTagToken {
			if !in.close(t) {
				if isEnd(t, open) {
					break
				}
				in.atomic(t.raw(r.src), "") // an end tag of nothing open
			}
			r.i++
			continue
		}
		switch t.typ {
		case html.TextToken:
			in.text(t)
		case html.StartTagToken:
			in.open(t)
		case html.SelfClosingTagToken, html.CommentToken, html.DoctypeToken:
			in.void(t)
		}
		r.i++
	}
	in.finish()
	return &flow.Para{Runs: in.runs}
}

func (in *inline) atomic(h, text string) {
	in.runs = append(in.runs, flow.Run{Text: text, HTML: h, Atomic: true, Marks: in.marks})
	in.afterBr = false
}

func (in *inline) open(t tok) {
	if voidTag[t.name] {
		in.void(t)
		return
	}
	m := &flow.Mark{Open: t.raw(in.r.src)}
	if href, ok := t.attr("href"); ok && t.name == "a" && link.Allowed(href) {
		m.Href = href
	}
	in.frames = append(in.frames, frame{mark: m, name: t.name, start: t.start, runs: len(in.runs)})
	in.marks = append(in.marks[:len(in.marks):len(in.marks)], m)
	in.afterBr = false
}

// close closes the innermost open element t ends, and the elements left
// open inside it; false if none is open. An element with no runs inside
// is one atomic run.
func (in *inline) close(t tok) bool {
	k := len(in.frames) - 1
	for k >= 0 && in.frames[k].name != t.name {
		k--
	}
	if k < 0 {
		return false
	}
	in.unclosed(k+1, t.start)
	f := in.frames[k]
	in.frames, in.marks = in.frames[:k], in.marks[:k:k]
	if len(in.runs) == f.runs {
		in.atomic(in.r.src[f.start:t.end], "")
	} else {
		f.mark.Close = t.raw(in.r.src)
	}
	in.afterBr = false
	return true
}

// void adds a void element, a self-closing tag or a comment.
func (in *inline) void(t tok) {
	raw := t.raw(in.r.src)
	if n := len(in.runs); t.name == "br" && n > 0 && !in.runs[n-1].Atomic && in.runs[n-1].After == "" && sameMarks(in.runs[n-1].Marks, in.marks) {
		in.runs[n-1].After = raw
		in.afterBr = true
		return
	}
	in.atomic(raw, "")
	if t.name == "img" && (t.typ == html.StartTagToken || t.typ == html.SelfClosingTagToken) {
		r := &in.runs[len(in.runs)-1]
		r.Image = true
		r.Alt, _ = t.attr("alt")
		r.Text = r.Alt
	}
}

func sameMarks(a, b []*flow.Mark) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// text adds a text token as a text run of its characters (references
// resolved), which flow writes escaped its own way: the same text, byte for
// byte where it was escaped as flow and the Markdown renderer escape it
// (&amp; &lt; &gt; &quot;); a reference written otherwise (html/template's
// &#43;, an editor's &copy;) comes back as its character.
func (in *inline) text(t tok) {
	raw := t.raw(in.r.src)
	if t.rawText {
		in.atomic(raw, raw)
		return
	}
	if in.afterBr {
		if rest, ok := strings.CutPrefix(raw, "\n"); ok {
			in.runs[len(in.runs)-1].After += "\n"
			raw = rest
		}
		in.afterBr = false
	}
	if raw != "" {
		in.runs = append(in.runs, flow.Run{Text: html.UnescapeString(raw), Marks: in.marks})
	}
}

// finish ends the runs: see unclosed.
func (in *inline) finish() { in.unclosed(0, in.r.pos()) }

// unclosed drops the elements from k on, left open before offset end: one
// with nothing in it is an atomic run up to end, so that its start tag is
// written.
func (in *inline) unclosed(k, end int) {
	for j := len(in.frames) - 1; j >= k; j-- {
		f := in.frames[j]
		in.frames, in.marks = in.frames[:j], in.marks[:j:j]
		if len(in.runs) == f.runs {
			in.atomic(in.r.src[f.start:end], "")
		}
	}
}

// runsText is the text runs show, as plainText gives a block's: a line
// break in text is a space, a <br> a new line.
func runsText(runs []flow.Run) string {
	var b strings.Builder
	for _, r := range runs {
		switch {
		case r.IsBreak():
			b.WriteByte('\n')
		case r.Atomic:
			b.WriteString(r.Text)
		default:
			b.WriteString(strings.ReplaceAll(r.Text, "\n", " "))
		}
		switch {
		case r.BreaksAfter():
			b.WriteByte('\n')
		case r.After != "":
			b.WriteByte(' ')
		}
	}
	return lines(b.String())
}
