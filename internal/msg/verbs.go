package msg

import (
	"strconv"
	"strings"
)

// A piece of a format: literal text, or a verb taking argument Arg (from 0).
type piece struct {
	lit  string
	verb string // the whole verb, "%q", "%.1f", "%[2]s"; "" for literal text
	kind byte   // the verb's letter
	arg  int
}

// parse splits a format into literal text and verbs, numbering each verb's
// argument as fmt does: in order, or from an index %[n]v, after which the
// count goes on from n+1.
func parse(format string) []piece {
	var out []piece
	var lit strings.Builder
	next := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			lit.WriteByte(c)
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			lit.WriteByte('%')
			i++
			continue
		}
		j := i + 1
		arg := -1
		for j < len(format) && strings.IndexByte("+-# 0123456789.*", format[j]) >= 0 {
			j++
		}
		if j < len(format) && format[j] == '[' {
			end := strings.IndexByte(format[j:], ']')
			if end > 0 {
				if n, err := strconv.Atoi(format[j+1 : j+end]); err == nil {
					arg = n - 1
				}
				j += end + 1
			}
		}
		for j < len(format) && strings.IndexByte("+-# 0123456789.*", format[j]) >= 0 {
			j++
		}
		if j >= len(format) {
			lit.WriteString(format[i:])
			break
		}
		if lit.Len() > 0 {
			out = append(out, piece{lit: lit.String()})
			lit.Reset()
		}
		if arg < 0 {
			arg = next
		}
		next = arg + 1
		out = append(out, piece{verb: format[i : j+1], kind: format[j], arg: arg})
		i = j
	}
	if lit.Len() > 0 {
		out = append(out, piece{lit: lit.String()})
	}
	return out
}

// Verbs returns the verbs of a format by argument, without their indexes
// ("%[2]q" is "%q" of argument 2), so that two formats taking the same
// arguments the same way have equal Verbs; %w counts as %v.
func Verbs(format string) []string {
	var out []string
	for _, p := range parse(format) {
		if p.verb == "" {
			continue
		}
		for len(out) <= p.arg {
			out = append(out, "")
		}
		v := p.verb
		if k := strings.IndexByte(v, '['); k >= 0 {
			v = v[:k] + v[strings.IndexByte(v, ']')+1:]
		}
		if p.kind == 'w' {
			v = v[:len(v)-1] + "v"
		}
		if out[p.arg] != "" && out[p.arg] != v {
			out[p.arg] += "|" + v
		} else {
			out[p.arg] = v
		}
	}
	return out
}

// literal is the length of a format's literal text: the longer, the more
// particular the format, and the more likely it is the one a text was made
// from when several match.
func literal(ps []piece) (n int, longest string) {
	for _, p := range ps {
		if p.verb == "" {
			n += len(strings.TrimSpace(p.lit)) // "%s %s" is no more particular than "%s"
			if len(p.lit) > len(longest) {
				longest = p.lit
			}
		}
	}
	return n, longest
}
