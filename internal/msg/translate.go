package msg

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// An entry is one catalogue format, ready to match the English texts made
// from it.
type entry struct {
	en, zh  string
	enParts []piece
	re      *regexp.Regexp
	args    []byte // the verb letter of each argument
	zhParts []piece
	size    int      // its literal text's length
	key     string   // its longest literal piece, which a matching text contains
	pairs   [][2]int // arguments whose verbs (%s, %v) follow each other with no text between
}

var (
	once    sync.Once
	entries []*entry
)

// compile makes the catalogue's entries, most particular first.
func compile() {
	for en, zh := range catalogue {
		en, zh = strings.TrimRight(en, "\n"), strings.TrimRight(zh, "\n") // Translate keeps a text's final newlines
		ps := parse(en)
		e := &entry{en: en, zh: zh, enParts: ps, zhParts: parse(zh)}
		e.size, e.key = literal(ps)
		if e.size == 0 {
			continue // a format of verbs alone says nothing to translate
		}
		var re strings.Builder
		re.WriteString(`(?s)^`)
		for _, p := range ps {
			if p.verb == "" {
				re.WriteString(regexp.QuoteMeta(p.lit))
				continue
			}
			for len(e.args) <= p.arg {
				e.args = append(e.args, 0)
			}
			e.args[p.arg] = p.kind
			re.WriteString(pattern(p.kind))
		}
		re.WriteString(`$`)
		e.re = regexp.MustCompile(re.String())
		for i := 1; i < len(ps); i++ {
			if a, b := ps[i-1], ps[i]; a.verb != "" && b.verb != "" && textual(a.kind) && textual(b.kind) {
				e.pairs = append(e.pairs, [2]int{a.arg, b.arg})
			}
		}
		entries = append(entries, e)
	}
	slices.SortFunc(entries, func(a, b *entry) int {
		return cmp.Or(cmp.Compare(b.size, a.size), cmp.Compare(a.re.NumSubexp(), b.re.NumSubexp()), cmp.Compare(a.en, b.en))
	})
}

// pattern is what the text of one verb looks like.
func pattern(kind byte) string {
	switch kind {
	case 'd':
		return `(-?\d+)`
	case 'q':
		return `("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|` + "`[^`]*`)"
	}
	return `(.*?)`
}

// Translate returns an English message in the language l: the message
// itself in English, or when no catalogue format makes it.
func Translate(l Lang, text string) string {
	if l != Zh || text == "" {
		return text
	}
	body := strings.TrimRight(text, "\n")
	return translateLines(body) + text[len(body):]
}

// translateLines translates a text whole or, when no format makes it
// whole, line by line.
func translateLines(text string) string {
	out := translate(text, 0)
	if out != text || !strings.Contains(text, "\n") {
		return out
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = translate(l, 0)
	}
	return strings.Join(lines, "\n")
}

func translate(text string, depth int) string {
	if t := whole(text, depth); t != text {
		return t
	}
	if t := afterPrefix(text, depth); t != text {
		return t
	}
	return list(text, depth)
}

// whole translates a text made from one catalogue format, the most
// particular that makes it.
func whole(text string, depth int) string {
	once.Do(compile)
	for _, e := range entries {
		if !strings.Contains(text, e.key) || !e.mayMatch(text) {
			continue
		}
		m := e.re.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		if args, ok := e.arguments(m[1:]); ok {
			for _, p := range e.pairs {
				args[p[0]], args[p[1]] = split(args[p[0]]+args[p[1]], depth)
			}
			return e.fill(args, depth)
		}
	}
	return text
}

// mayMatch says whether the literal pieces of the format are in text, in
// their order, the first at its start and the last at its end: a quick
// test before the regexp's.
func (e *entry) mayMatch(text string) bool {
	pos := 0
	last := len(e.enParts) - 1
	for i, p := range e.enParts {
		switch {
		case p.verb != "":
			continue
		case i == 0:
			if !strings.HasPrefix(text, p.lit) {
				return false
			}
			pos = len(p.lit)
		case i == last:
			return len(text)-pos >= len(p.lit) && strings.HasSuffix(text, p.lit)
		default:
			k := strings.Index(text[pos:], p.lit)
			if k < 0 {
				return false
			}
			pos += k + len(p.lit)
		}
	}
	return true
}

// textual says whether a verb takes a text that may be a message.
func textual(kind byte) bool { return strings.IndexByte("svw", kind) >= 0 }

// split divides the text of two verbs that follow each other ("rebuilt in
// %d ms: %s%s"), which the regexp cannot, where both halves translate
// best: before "; ", ", ", " (" and the like, where a message's second part
// begins ("; the errors are fixed", " (did you mean "x"?)").
func split(text string, depth int) (string, string) {
	best, bestA, bestB := -1, "", text
	score := func(s string) int {
		switch {
		case s == "":
			return 1
		case depth < 4 && translate(s, depth+1) != s:
			return 2
		}
		return 0
	}
	for i := 0; i <= len(text); i++ {
		if i > 0 && i < len(text) && !startsPart(text[i:]) {
			continue
		}
		if n := score(text[:i]) + score(text[i:]); n > best {
			best, bestA, bestB = n, text[:i], text[i:]
		}
	}
	return bestA, bestB
}

// startsPart says whether a text begins a second part of a message.
func startsPart(s string) bool {
	for _, p := range []string{"; ", ", ", " (", "；", "，", "（", ": "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// afterPrefix translates a message that no format makes whole but that
// follows a prefix and ": ", the name of a program, file or board ("gongkai
// build: …", "content/x.md: …"), keeping the prefix.
func afterPrefix(text string, depth int) string {
	rest := text
	for range 3 {
		_, after, ok := strings.Cut(rest, ": ")
		if !ok || depth >= 4 {
			break
		}
		if t := whole(after, depth+1); t != after {
			return text[:len(text)-len(after)] + t
		}
		rest = after
	}
	return text
}

// list translates a list of counts joined by ", " ("2 notices end, 1
// periodic item falls due") when each of them translates, joined by "、".
// Other lists are left as they are: a list of keys ("monthly, yearly") is
// what the editor writes.
func list(text string, depth int) string {
	parts := strings.Split(text, ", ")
	if len(parts) < 2 || depth >= 4 {
		return text
	}
	for i, p := range parts {
		if p == "" || p[0] < '0' || p[0] > '9' {
			return text
		}
		if parts[i] = translate(p, depth+1); parts[i] == p {
			return text
		}
	}
	return strings.Join(parts, "、")
}

// arguments returns the text of each argument of the English format from
// the groups of its regexp, one a verb; ok is false when an argument used
// twice took two texts, which the regexp cannot rule out.
func (e *entry) arguments(groups []string) (args []string, ok bool) {
	args = make([]string, len(e.args))
	seen := make([]bool, len(e.args))
	for _, p := range e.enParts {
		if p.verb == "" {
			continue
		}
		if seen[p.arg] && args[p.arg] != groups[0] {
			return nil, false
		}
		args[p.arg], seen[p.arg] = groups[0], true
		groups = groups[1:]
	}
	return args, true
}

// fill puts the texts of the English message's arguments into the Chinese
// format, translating those that may be messages themselves (%s, %v, %w).
func (e *entry) fill(args []string, depth int) string {
	var b strings.Builder
	for _, p := range e.zhParts {
		switch {
		case p.verb == "":
			b.WriteString(p.lit)
		case p.arg < len(args):
			a := args[p.arg]
			if depth < 4 && strings.IndexByte("svw", p.kind) >= 0 && a != "" {
				a = translate(a, depth+1)
			}
			b.WriteString(a)
		}
	}
	return b.String()
}

// Err returns an error's message in the language l.
func Err(l Lang, err error) string {
	if err == nil {
		return ""
	}
	return Translate(l, err.Error())
}
