package publish

import "bytes"

// A scan of a page for the places a fragment (fragments.go) may be
// minified alone. It reads HTML as the minifier's lexer does, but only
// as far as it is sure to agree with it: the page's text, its tags with
// their quoted attributes, comments, the doctype, and the raw text of
// title, style, textarea and script; at anything else whose content the
// minifier treats apart (pre, svg, math, template, select, xmp, iframe,
// plaintext, a script holding "<!--", "<?") it stops, and no fragment
// after that point is minified alone. (noscript is not apart: the
// minifier's lexer reads its content as HTML, and the minifier trims
// white space around it as around a block.)

// scanner walks data from a place in HTML text, outside any element the
// minifier treats apart.
type scanner struct {
	data    []byte
	pos     int
	stopped bool // the scan met what it does not follow
}

// next moves to the next start tag in HTML text and returns its position
// and name (lower case), or false at the end of data or where the scan
// must stop (stopped).
func (s *scanner) next() (int, []byte, bool) {
	for {
		i := bytes.IndexByte(s.data[s.pos:], '<')
		if i < 0 {
			return 0, nil, false
		}
		at, name, ok, more := s.step(s.pos + i)
		if !more {
			s.stopped = true
			return 0, nil, false
		}
		if ok {
			return at, name, true
		}
	}
}

// step reads what begins with the "<" at at: a start tag (ok), or
// something it moves past; more is false where the scan must stop.
func (s *scanner) step(at int) (_ int, name []byte, ok, more bool) {
	rest := s.data[at:]
	switch {
	case bytes.HasPrefix(rest, []byte("<!-->")), bytes.HasPrefix(rest, []byte("<!--->")), bytes.HasPrefix(rest, []byte("<![")):
		return 0, nil, false, false
	case bytes.HasPrefix(rest, []byte("<!--")):
		end := bytes.Index(rest[4:], []byte("-->"))
		if end < 0 {
			return 0, nil, false, false
		}
		s.pos = at + 4 + end + 3
	case len(rest) > 1 && rest[1] == '!': // the doctype
		end := bytes.IndexByte(rest, '>')
		if end < 0 {
			return 0, nil, false, false
		}
		s.pos = at + end + 1
	case len(rest) > 2 && rest[1] == '/' && letter(rest[2]):
		name, end, ok := tagAt(rest, 2)
		if !ok || apart(name) {
			return 0, nil, false, false
		}
		s.pos = at + end
	case len(rest) > 1 && letter(rest[1]):
		name, end, ok := tagAt(rest, 1)
		if !ok || apart(name) {
			return 0, nil, false, false
		}
		s.pos = at + end
		if raw(name) && !s.skipRaw(name) {
			return 0, nil, false, false
		}
		return at, name, true, true
	case len(rest) > 1 && rest[1] == '?':
		return 0, nil, false, false
	default:
		s.pos = at + 1 // a "<" of the text
	}
	return 0, nil, false, true
}

// skipRaw moves past the raw text of the element name and its end tag.
func (s *scanner) skipRaw(name []byte) bool {
	end := []byte("</" + string(name))
	for i := s.pos; i < len(s.data); i++ {
		if s.data[i] != '<' || !hasPrefixFold(s.data[i:], end) {
			continue
		}
		if string(name) == "script" && bytes.Contains(s.data[s.pos:i], []byte("<!--")) {
			return false
		}
		after := i + len(end)
		if after < len(s.data) && (s.data[after] == '>' || space(s.data[after]) || s.data[after] == '/') {
			_, stop, ok := tagAt(s.data[i:], 2)
			s.pos = i + stop
			return ok
		}
	}
	return false
}

// tagAt reads the tag at the start of b whose name begins at from: its
// name in lower case and the end of the tag (after its ">"), or false if
// it is not a tag written as html/template and the minifier read alike.
func tagAt(b []byte, from int) ([]byte, int, bool) {
	i := from
	for i < len(b) && (letter(b[i]) || digit(b[i]) || b[i] == '-') {
		i++
	}
	name := lower(b[from:i])
	for {
		j := bytes.IndexAny(b[i:], "\"'<>`")
		if j < 0 {
			return nil, 0, false
		}
		i += j
		switch c := b[i]; c {
		case '>':
			return name, i + 1, true
		case '"', '\'':
			end := bytes.IndexByte(b[i+1:], c)
			if end < 0 || b[i-1] != '=' {
				return nil, 0, false
			}
			i += end + 2
		default: // < or `
			return nil, 0, false
		}
	}
}

// raw elements hold text up to their end tag, which the minifier writes
// as it is (title, textarea) or minifies as CSS or JS (style, script).
func raw(name []byte) bool {
	switch string(name) {
	case "title", "textarea", "style", "script":
		return true
	}
	return false
}

// apart are the elements whose content the minifier treats apart from
// HTML text, or that the lexer reads by rules this scan does not follow.
func apart(name []byte) bool {
	switch string(name) {
	case "pre", "svg", "math", "xml", "template", "select", "option", "optgroup", "xmp", "iframe",
		"noembed", "noframes", "plaintext", "listing":
		return true
	}
	return false
}

func letter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func digit(c byte) bool  { return c >= '0' && c <= '9' }
func space(c byte) bool  { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// lower is name in lower case: name itself when it is (as tags written
// by layouts are), else a copy.
func lower(name []byte) []byte {
	for _, c := range name {
		if c >= 'A' && c <= 'Z' {
			return bytes.ToLower(name)
		}
	}
	return name
}

func hasPrefixFold(b, prefix []byte) bool {
	return len(b) >= len(prefix) && bytes.EqualFold(b[:len(prefix)], prefix)
}
