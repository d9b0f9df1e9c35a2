package flow

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Mark is an inline element around runs: its start and end tags as the
// renderer wrote them. Runs inside the same element share one *Mark.
type Mark struct {
	Open, Close string
	// Href is a link's target as its href attribute gives it (entities
	// resolved); "" for any other element. A channel that cannot follow
	// links (a kiosk) writes the link's text without the tags, and lists
	// its target, from the marks alone.
	Href string
}

// Run is a leaf of a paragraph's inline content.
type Run struct {
	Text   string  // the characters it shows
	After  string  // text runs: what is written after the text ("", "\n", "<br>\n")
	HTML   string  // atomic runs: the HTML, written whole
	Atomic bool    // never cut inside
	Marks  []*Mark // the elements around it, outermost first
	// Image marks an atomic run that is an image (HTML an <img>); Alt is
	// its description as plain text. A channel without the image file
	// writes the description instead.
	Image bool
	Alt   string
}

// IsBreak reports whether r is a line break of its own: an atomic run
// that is a <br> (one not written after a text run's characters).
func (r Run) IsBreak() bool { return r.Atomic && strings.HasPrefix(r.HTML, "<br") }

// BreaksAfter reports whether what r writes after its text is a line
// break (<br>), not just white space.
func (r Run) BreaksAfter() bool { return strings.Contains(r.After, "<br") }

// AfterShown is what r writes after its text as a reader sees it, one
// byte for each byte a measure counts: a <br> tag as "\n", other white
// space as a space.
func (r Run) AfterShown() string {
	var b strings.Builder
	for s := r.After; s != ""; {
		if strings.HasPrefix(s, "<br") {
			if end := strings.IndexByte(s, '>'); end >= 0 {
				b.WriteByte('\n')
				s = s[end+1:]
				continue
			}
		}
		c := s[0]
		if c == '\t' || c == '\r' || c == '\n' {
			c = ' '
		}
		b.WriteByte(c)
		s = s[1:]
	}
	return b.String()
}

// Para is a block of inline content (a paragraph, a heading, a list
// item's text) as runs, and the block element's tags around them as the
// renderer wrote them: Open+HTML(whole)+Close is the block's HTML.
type Para struct {
	Runs        []Run
	Open, Close string
}

// Text is a Para of plain text s in a block element written open…close.
func Text(s, open, close string) *Para {
	return &Para{Runs: []Run{{Text: s}}, Open: open, Close: close}
}

// Whole is the block's HTML: its element around all its runs.
func (p *Para) Whole(keep bool) string {
	return p.Open + p.HTML(At{}, p.End(), keep) + p.Close
}

// At is a position in a Para: byte Off of run Run's Text. A position at
// the end of a run's text comes before what is written after it.
type At struct {
	Run, Off int
}

// End is the position after the last run.
func (p *Para) End() At { return At{Run: len(p.Runs)} }

// Advance is the position after the next n characters from at that are
// not spaces. A count that ends inside an atomic run ends after it.
func (p *Para) Advance(at At, n int) At {
	for n > 0 && at.Run < len(p.Runs) {
		r := &p.Runs[at.Run]
		for at.Off < len(r.Text) && n > 0 {
			c, size := utf8.DecodeRuneInString(r.Text[at.Off:])
			at.Off += size
			if !unicode.IsSpace(c) {
				n--
			}
		}
		if r.Atomic {
			at.Off = len(r.Text)
		}
		if n > 0 {
			at = At{Run: at.Run + 1}
		}
	}
	return at
}

// SkipSpace is the first position from at that is not a space, a line
// break, or the end of a run.
func (p *Para) SkipSpace(at At) At {
	for ; at.Run < len(p.Runs); at = (At{Run: at.Run + 1}) {
		r := &p.Runs[at.Run]
		if r.Atomic {
			if at.Off == 0 {
				return at
			}
			continue
		}
		if rest := strings.TrimLeftFunc(r.Text[at.Off:], unicode.IsSpace); rest != "" {
			return At{Run: at.Run, Off: len(r.Text) - len(rest)}
		}
	}
	return at
}

// HTML writes the part [from, to). With keep, keep-together runs are
// wrapped so that the browser does not break them (see Keeps).
func (p *Para) HTML(from, to At, keep bool) string {
	var b strings.Builder
	var open []*Mark
	for i := from.Run; i < len(p.Runs) && (i < to.Run || i == to.Run && to.Off > 0); i++ {
		r := &p.Runs[i]
		lo, hi := 0, len(r.Text)
		if i == from.Run {
			lo = from.Off
		}
		if i == to.Run {
			hi = to.Off
		}
		whole := i < to.Run
		if lo >= hi && !(whole && (r.After != "" || r.Atomic && lo == 0)) {
			continue
		}
		open = sync(&b, open, r.Marks)
		switch {
		case r.Atomic:
			if lo == 0 {
				b.WriteString(r.HTML)
			}
		default:
			writeText(&b, r.Text[lo:hi], keep)
			if whole {
				b.WriteString(r.After)
			}
		}
	}
	sync(&b, open, nil)
	return b.String()
}

// sync closes the marks of open that are not in want and opens the rest
// of want, and returns want.
func sync(b *strings.Builder, open, want []*Mark) []*Mark {
	k := 0
	for k < len(open) && k < len(want) && open[k] == want[k] {
		k++
	}
	for j := len(open) - 1; j >= k; j-- {
		b.WriteString(open[j].Close)
	}
	for _, m := range want[k:] {
		b.WriteString(m.Open)
	}
	return want
}

// Cut cuts the part that begins at from after its next n characters that
// are not spaces: head is the HTML of the part up to there, its elements
// closed, and next is where the rest begins (spaces and line breaks at
// the cut dropped), its elements opened again when it is written.
func (p *Para) Cut(from At, n int, keep bool) (head string, next At) {
	if n == 0 {
		return "", from
	}
	at := p.Advance(from, n)
	return p.HTML(from, at, keep), p.SkipSpace(at)
}
