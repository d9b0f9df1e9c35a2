package textfit

import (
	"iter"
	"sort"
	"strings"
	"unicode/utf8"
)

// Flow is a text wrapped at one width, kept so that a part of it that
// continues on the next slide or column is measured and cut again without
// wrapping the rest anew: cutting a long paragraph into n parts then costs
// the length of the text, not n times it.
//
// The browser sets such a continuation as a paragraph of its own, so its
// lines are those of Wrap(tail), which may differ from the whole text's
// lines near its start (a mark carried down with the character before
// it). A Flow gives exactly Wrap's lines: it wraps a tail's first lines
// afresh until they fall in step with lines it has already wrapped, and
// remembers, for every state a line can start in, the rows left from there
// to the end of its paragraph.
//
// A Flow is not safe for concurrent use.
type Flow struct {
	s     string
	m     Metrics
	width float64
	rows  func(line string) int
	units []unit
	paras []span
	memo  [][2]int32 // memo[a][d-1]: 1 + rows from a line that starts holding units [a, a+d) to its paragraph's end; 0 unknown (kept for d up to 2: more is rare)
	after []int      // after[p]: rows of the paragraphs after p; nil until needed
	path  []step     // scratch for rowsFrom
}

// unit is a run of the text that is never broken: one CJK character or
// mark, a Latin word with its punctuation, one space or tab.
type unit struct {
	start, end int     // bytes of the text
	w          float64 // Width of the run
	space      bool    // a single ' ', dropped where a line breaks at it
	noStart    bool    // its first character may not begin a line
	noEnd      bool    // its last character may not end a line
}

// span is one paragraph of the text (the text split at "\n"): its bytes
// and its units.
type span struct {
	start, end int
	lo, hi     int
}

// step is a line rowsFrom wrapped: the state it started in and its rows.
type step struct{ a, d, rows int }

// NewFlow segments s for wrapping at width em. rows gives the rows a
// wrapped line takes (a word wider than the line may take several); nil
// counts one a line.
func NewFlow(s string, width float64, rows func(line string) int) *Flow {
	return Noto.NewFlow(s, width, rows)
}

// NewFlow is NewFlow measuring with m.
func (m Metrics) NewFlow(s string, width float64, rows func(line string) int) *Flow {
	sg := m.segmentsOf(s)
	return &Flow{s: s, m: m, width: width, rows: rows, units: sg.units, paras: sg.paras}
}

// Text is the text the Flow wraps.
func (f *Flow) Text() string { return f.s }

// appendUnits appends the units of s[lo:hi], a paragraph, to us: each
// CJK character, space and tab alone, a Latin word, a run of em dashes
// (a browser never breaks ——), and each keep-together run (Keeps) whole,
// with the Latin words it begins or ends in.
func (m Metrics) appendUnits(us []unit, s string, lo, hi int) []unit {
	var keeps []Span
	if m.keep {
		keeps = Keeps(s[lo:hi])
	}
	word := -1
	for i := lo; i < hi; {
		if len(keeps) > 0 && keeps[0].Start == i-lo {
			if word < 0 {
				word = i
			}
			i, keeps = lo+keeps[0].End, keeps[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:hi])
		if r == ' ' || r == '\t' || isWide(r) || r >= 0x2E80 {
			if word >= 0 {
				us = append(us, m.newUnit(s, word, i))
				word = -1
			}
			end := i + size
			for r == '—' && strings.HasPrefix(s[end:hi], "—") {
				end += size
			}
			us = append(us, m.newUnit(s, i, end))
			i = end
			continue
		} else if word < 0 {
			word = i
		}
		i += size
	}
	if word >= 0 {
		us = append(us, m.newUnit(s, word, hi))
	}
	return us
}

func (m Metrics) newUnit(s string, start, end int) unit {
	t := s[start:end]
	first, _ := utf8.DecodeRuneInString(t)
	last, _ := utf8.DecodeLastRuneInString(t)
	return unit{start: start, end: end, w: m.Width(t), space: t == " ",
		noStart: strings.ContainsRune(noStart, first), noEnd: strings.ContainsRune(noEnd, last)}
}

// Line is one wrapped line: its bytes [Start, End) in the Flow's text,
// without the spaces it ends with, and the rows it takes.
type Line struct {
	Start, End int
	Rows       int
}

// Tail is the text of a Flow from one byte offset on, wrapped on its own:
// its lines are those of Wrap(text[off:], width).
type Tail struct {
	f     *Flow
	p     int  // the paragraph holding off
	a     int  // the unit the tail begins with
	empty bool // the tail's first paragraph is empty (off is at a newline)
	// A tail that begins inside a unit begins with the rest of that unit,
	// segmented anew (the rest of a keep-together run may be several
	// units): head, which takes the indices a-len(head)+1 to a.
	cut  bool
	head []unit
}

// From is the text from byte off on (a character boundary).
func (f *Flow) From(off int) Tail {
	p := sort.Search(len(f.paras), func(i int) bool { return f.paras[i].start > off }) - 1
	sp := f.paras[max(p, 0)]
	t := Tail{f: f, p: max(p, 0)}
	if off >= sp.end {
		t.empty, t.a = true, sp.hi
		return t
	}
	t.a = sp.lo + sort.Search(sp.hi-sp.lo, func(i int) bool { return f.units[sp.lo+i].start >= off })
	if t.a > sp.lo && f.units[t.a-1].end > off {
		t.a--
		t.cut, t.head = true, f.m.appendUnits(nil, f.s, off, f.units[t.a].end)
	}
	return t
}

// first is the index of the tail's first unit.
func (t *Tail) first() int { return t.a - len(t.head) + boolInt(t.cut) }

// unit is unit i, as this tail sees it.
func (t *Tail) unit(i int) *unit {
	if t.cut && i <= t.a {
		return &t.head[i-t.first()]
	}
	return &t.f.units[i]
}

// own reports whether a line starting with unit a starts in a state of
// the Flow's (not in the tail's head), whose rows the Flow remembers.
func (t *Tail) own(a int) bool { return !t.cut || a > t.a }

// Rows is how many rows the tail takes.
func (t Tail) Rows() int {
	f := t.f
	n := 0
	if t.empty {
		n = f.lineRows(0, 0)
	} else {
		n = t.rowsFrom(t.first(), t.first(), f.paras[t.p].hi)
	}
	return n + f.rowsAfter(t.p)
}

// Lines are the tail's lines in order.
func (t Tail) Lines() iter.Seq[Line] {
	return func(yield func(Line) bool) {
		f := t.f
		for p := t.p; p < len(f.paras); p++ {
			sp := f.paras[p]
			a, i := sp.lo, sp.lo
			if p == t.p {
				a, i = t.first(), t.first()
			}
			if a == sp.hi { // an empty paragraph is one empty line
				at := max(sp.start, sp.end)
				if !yield(Line{Start: at, End: at, Rows: f.lineRows(at, at)}) {
					return
				}
				continue
			}
			for a < sp.hi {
				e, na, ni := t.next(a, i, sp.hi)
				start, end := t.bounds(a, e)
				if !yield(Line{Start: start, End: end, Rows: f.lineRows(start, end)}) {
					return
				}
				a, i = na, ni
			}
		}
	}
}

// next wraps one line of a paragraph whose units end at hi. The line
// starts holding units [a, i); it ends before unit e, and the next line
// starts holding [na, ni). This is the whole line-breaking rule: greedy
// filling, a mark that may not start a line carries the unit before it
// down, an opening mark never ends a line, a space at a break is dropped.
func (t *Tail) next(a, i, hi int) (e, na, ni int) {
	if i == a {
		i++ // a line always takes its first unit
	}
	w := 0.0
	for k := a; k < i; k++ {
		w += t.unit(k).w
	}
	for ; i < hi; i++ {
		u := t.unit(i)
		if w+u.w <= t.f.width {
			w += u.w
			continue
		}
		if i-a > 1 && !t.breaksBefore(i) {
			return t.backUp(a, i), t.backUp(a, i), i + 1
		}
		if u.space {
			return i, i + 1, i + 1
		}
		return i, i, i + 1
	}
	return hi, hi, hi
}

// breaksBefore reports whether a line may break before unit k: k is no
// mark that may not start a line and the unit before it none that may not
// end one.
func (t *Tail) breaksBefore(k int) bool {
	return !t.unit(k).noStart && !t.unit(k-1).noEnd
}

// backUp is where a line that starts with unit a breaks when unit i does
// not fit and may not start the next line: before the last unit after a
// where it may break ("（" and a date both go down before "，"), or, with
// none, before unit i-1.
func (t *Tail) backUp(a, i int) int {
	for k := i - 1; k > a; k-- {
		if t.breaksBefore(k) {
			return k
		}
	}
	return i - 1
}

// bounds are the bytes of the line made of units [a, e), without its
// trailing spaces.
func (t *Tail) bounds(a, e int) (start, end int) {
	start, end = t.unit(a).start, t.unit(e-1).end
	return start, start + len(strings.TrimRight(t.f.s[start:end], " "))
}

func (f *Flow) lineRows(start, end int) int {
	if f.rows == nil {
		return 1
	}
	return f.rows(f.s[start:end])
}

// rowsFrom is the rows from a line that starts holding units [a, i) to
// the end of the paragraph (units up to hi). It wraps until it reaches a
// state whose rows are known, then records the rows of every state it
// passed: each state is wrapped from once in the Flow's life.
func (t *Tail) rowsFrom(a, i, hi int) int {
	f := t.f
	if f.memo == nil {
		f.memo = make([][2]int32, len(f.units))
	}
	path, total := f.path[:0], 0
	for a < hi {
		d := max(i-a, 1)
		if known := t.known(a, d); known > 0 {
			total = int(known) - 1
			break
		}
		e, na, ni := t.next(a, i, hi)
		path = append(path, step{a: a, d: d, rows: f.lineRows(t.bounds(a, e))})
		a, i = na, ni
	}
	for k := len(path) - 1; k >= 0; k-- {
		s := path[k]
		total += s.rows
		if t.own(s.a) && s.d <= 2 {
			f.memo[s.a][s.d-1] = int32(total + 1)
		}
	}
	f.path = path
	return total
}

// known is 1 + the rows the Flow remembers from a line that starts holding
// units [a, a+d), 0 if unknown.
func (t *Tail) known(a, d int) int32 {
	if !t.own(a) || d > 2 {
		return 0
	}
	return t.f.memo[a][d-1]
}

// rowsAfter is the rows of the paragraphs after paragraph p.
func (f *Flow) rowsAfter(p int) int {
	if f.after == nil {
		f.after = make([]int, len(f.paras))
		whole := Tail{f: f}
		for q := len(f.paras) - 1; q > 0; q-- {
			sp := f.paras[q]
			n := f.lineRows(sp.start, sp.start)
			if sp.lo < sp.hi {
				n = whole.rowsFrom(sp.lo, sp.lo, sp.hi)
			}
			f.after[q-1] = f.after[q] + n
		}
	}
	return f.after[p]
}
