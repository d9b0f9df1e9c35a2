package tomlx

import (
	"encoding/binary"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unique"
)

// Positions maps key paths such as "boards[2].paper" to the line that set
// them. Every content file keeps its own until the build ends (for
// diagnostics that name a key's line), so they are kept small: the paths
// one after another in one string, which holds nothing of the source, and
// a sorted index into it, both interned (package unique): front matters
// that set the same keys on the same lines, as most of a site's do, share
// one copy, and a Positions is a pointer. The zero Positions has no paths.
type Positions struct{ h unique.Handle[table] }

// table is what Positions hold: paths[start:end] set on line for each
// path, sorted by path, as positionSize bytes each of index
// (little-endian start, end and line, 32 bits each). A string, so that a
// table can be interned.
type table struct{ paths, index string }

const positionSize = 12

// newPositions is the compact form of lines.
func newPositions(lines map[string]int) Positions {
	keys := make([]string, 0, len(lines))
	size := 0
	for k := range lines {
		keys = append(keys, k)
		size += len(k)
	}
	slices.Sort(keys)
	var b strings.Builder
	b.Grow(size)
	index := make([]byte, 0, positionSize*len(keys))
	for _, k := range keys {
		index = binary.LittleEndian.AppendUint32(index, uint32(b.Len()))
		index = binary.LittleEndian.AppendUint32(index, uint32(b.Len()+len(k)))
		index = binary.LittleEndian.AppendUint32(index, uint32(lines[k]))
		b.WriteString(k)
	}
	return Positions{unique.Make(table{paths: b.String(), index: string(index)})}
}

// table is what p holds; an empty table for the zero Positions.
func (p Positions) table() table {
	if p == (Positions{}) {
		return table{}
	}
	return p.h.Value()
}

// lookup is the line path was set on, and whether it was.
func (p Positions) lookup(path string) (int, bool) {
	t := p.table()
	i, ok := sort.Find(len(t.index)/positionSize, func(i int) int {
		return strings.Compare(path, t.path(i))
	})
	if !ok {
		return 0, false
	}
	return int(t.field(i, 2)), true
}

// path is the i-th path of t.
func (t table) path(i int) string { return t.paths[t.field(i, 0):t.field(i, 1)] }

// field is the k-th number (start, end, line) of the i-th path of t.
func (t table) field(i, k int) uint32 {
	b := t.index[i*positionSize+4*k:]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// Line returns the line of path, or of its nearest ancestor that has one
// (keys inside an inline table report the line of the table), or 0.
func (p Positions) Line(path string) int {
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
func scanPositions(src string, firstLine int) Positions {
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
