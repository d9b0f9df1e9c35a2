package tomlx

import (
	"slices"
	"strconv"
	"strings"
)

// Positions maps key paths such as "boards[2].paper" to the line that set
// them. Every content file keeps its own until the build ends (for
// diagnostics that name a key's line), so they are kept small: the paths
// one after another in one string, which holds nothing of the source, and
// a sorted index into it.
type Positions struct {
	paths string
	index []position // sorted by path
}

// position is one path of Positions: paths[start:end] set on line.
type position struct{ start, end, line int32 }

// newPositions is the compact form of lines.
func newPositions(lines map[string]int) *Positions {
	keys := make([]string, 0, len(lines))
	size := 0
	for k := range lines {
		keys = append(keys, k)
		size += len(k)
	}
	slices.Sort(keys)
	var b strings.Builder
	b.Grow(size)
	p := &Positions{index: make([]position, len(keys))}
	for i, k := range keys {
		p.index[i] = position{int32(b.Len()), int32(b.Len() + len(k)), int32(lines[k])}
		b.WriteString(k)
	}
	p.paths = b.String()
	return p
}

// lookup is the line path was set on, and whether it was.
func (p *Positions) lookup(path string) (int, bool) {
	i, ok := slices.BinarySearchFunc(p.index, path, func(e position, path string) int {
		return strings.Compare(p.paths[e.start:e.end], path)
	})
	if !ok {
		return 0, false
	}
	return int(p.index[i].line), true
}

// Line returns the line of path, or of its nearest ancestor that has one
// (keys inside an inline table report the line of the table), or 0.
func (p *Positions) Line(path string) int {
	for path != "" {
		if n, ok := p.lookup(path); ok {
			return n
		}
		path = parentPath(path)
	}
	return 0
}

func parentPath(path string) string {
	if strings.HasSuffix(path, "]") {
		if i := strings.LastIndexByte(path, '['); i >= 0 {
			return path[:i]
		}
	}
	if i := strings.LastIndexAny(path, ".["); i >= 0 {
		return path[:i]
	}
	return ""
}

// scanPositions records the line of every key assignment and table header.
// It understands multi-line strings and arrays well enough to skip over them;
// anything stranger falls back to the enclosing key's line.
func scanPositions(src string, firstLine int) *Positions {
	s := &scanner{lines: map[string]int{}, counts: map[string]int{}, last: map[string]int{}}
	for i, line := range strings.Split(src, "\n") {
		s.line(strings.TrimRight(line, "\r"), firstLine+i)
	}
	return newPositions(s.lines)
}

type scanner struct {
	lines   map[string]int // path -> line, as scanned
	table   string         // current table path, "" at top level
	counts  map[string]int // array-of-tables path -> elements seen
	last    map[string]int // array-of-tables path -> index of the current element
	depth   int            // open [ and { inside a value spanning lines
	inMulti string         // closing delimiter of an open multi-line string
}

func (s *scanner) line(line string, n int) {
	if s.inMulti != "" || s.depth > 0 {
		s.scanValue(line)
		return
	}
	t := strings.TrimSpace(line)
	switch {
	case t == "" || t[0] == '#':
	case strings.HasPrefix(t, "[["):
		name := strings.TrimSpace(strings.TrimSuffix(stripComment(t[2:]), "]]"))
		parts := splitKey(name)
		base := s.join(s.resolve(strings.Join(parts[:len(parts)-1], ".")), parts[len(parts)-1])
		idx := s.counts[base]
		s.counts[base] = idx + 1
		s.last[base] = idx
		s.table = base + "[" + strconv.Itoa(idx) + "]"
		s.lines[s.table] = n
		s.lines[base] = n
	case t[0] == '[':
		name := strings.TrimSpace(strings.TrimSuffix(stripComment(t[1:]), "]"))
		s.table = s.resolve(name)
		s.lines[s.table] = n
	default:
		eq := keyEnd(t)
		if eq < 0 {
			return
		}
		key := s.join(s.table, cleanKey(t[:eq]))
		// a dotted key also defines the tables along it: a.b = 1 defines a
		for p := key; p != "" && p != s.table; p = parentPath(p) {
			if _, seen := s.lines[p]; !seen {
				s.lines[p] = n
			}
		}
		s.scanValue(t[eq+1:])
	}
}

// resolve turns a header name like "a.b" into a path with the current index
// of every array of tables along it: "a[3].b".
func (s *scanner) resolve(name string) string {
	path := ""
	if name == "" {
		return ""
	}
	for _, part := range splitKey(name) {
		path = s.join(path, part)
		if _, isArray := s.counts[path]; isArray {
			path += "[" + strconv.Itoa(s.last[path]) + "]"
		}
	}
	return path
}

func (s *scanner) join(table, key string) string {
	if table == "" {
		return key
	}
	return table + "." + key
}

// scanValue tracks brackets and multi-line strings across lines of a value.
func (s *scanner) scanValue(v string) {
	for i := 0; i < len(v); i++ {
		if s.inMulti != "" {
			if strings.HasPrefix(v[i:], s.inMulti) {
				i += 2
				s.inMulti = ""
			}
			continue
		}
		switch c := v[i]; c {
		case '#':
			return
		case '[', '{':
			s.depth++
		case ']', '}':
			if s.depth > 0 {
				s.depth--
			}
		case '"', '\'':
			q := string(c)
			if strings.HasPrefix(v[i:], q+q+q) {
				s.inMulti = q + q + q
				i += 2
				continue
			}
			i = skipString(v, i, c)
		}
	}
}

func skipString(v string, i int, q byte) int {
	for j := i + 1; j < len(v); j++ {
		if q == '"' && v[j] == '\\' {
			j++
			continue
		}
		if v[j] == q {
			return j
		}
	}
	return len(v)
}

// keyEnd finds the '=' that ends a key, outside quotes.
func keyEnd(t string) int {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '"', '\'':
			i = skipString(t, i, t[i])
		case '=':
			return i
		}
	}
	return -1
}

func stripComment(s string) string {
	if i := strings.IndexByte(s, '#'); i >= 0 {
		return strings.TrimSpace(s[:i])
	}
	return s
}

func cleanKey(k string) string {
	return strings.Join(splitKey(strings.TrimSpace(k)), ".")
}

func splitKey(k string) []string {
	var parts []string
	for _, p := range strings.Split(k, ".") {
		p = strings.TrimSpace(p)
		p = strings.Trim(p, `"'`)
		parts = append(parts, p)
	}
	return parts
}
