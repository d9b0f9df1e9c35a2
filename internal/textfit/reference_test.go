package textfit

import (
	"slices"
	"strings"
)

// refBreaks reports whether a line may break between units a and b.
func refBreaks(a, b string) bool {
	return !strings.ContainsAny(firstRune(b), noStart) && !strings.ContainsAny(lastRune(a), noEnd)
}

// refWrap is Wrap as it was before Flow: the line-breaking rule written
// out on strings, kept as the reference Flow must agree with.
func refWrap(s string, width float64) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		out = append(out, refWrapLine(para, width)...)
	}
	return out
}

func refWrapLine(s string, width float64) []string {
	units := refSegment(s)
	if len(units) == 0 {
		return []string{""}
	}
	var lines []string
	var cur []string
	w := 0.0
	for i := 0; i < len(units); i++ {
		u := units[i]
		uw := Width(u)
		if w+uw <= width || len(cur) == 0 {
			cur = append(cur, u)
			w += uw
			continue
		}
		if n := len(cur); n > 1 && !refBreaks(cur[n-1], u) {
			j := n - 1 // the last place the line may break, else before its last unit
			for k := n - 1; k > 0; k-- {
				if refBreaks(cur[k-1], cur[k]) {
					j = k
					break
				}
			}
			lines = append(lines, strings.TrimRight(strings.Join(cur[:j], ""), " "))
			cur = append(slices.Clone(cur[j:]), u)
			w = 0
			for _, c := range cur {
				w += Width(c)
			}
			continue
		}
		lines = append(lines, strings.TrimRight(strings.Join(cur, ""), " "))
		if u == " " {
			cur, w = nil, 0
			continue
		}
		cur, w = []string{u}, uw
	}
	if len(cur) > 0 {
		lines = append(lines, strings.TrimRight(strings.Join(cur, ""), " "))
	}
	return lines
}

func refSegment(s string) []string {
	var units []string
	var word strings.Builder
	keeps := Keeps(s)
	at := 0 // the byte offset of r
	flush := func() {
		if word.Len() > 0 {
			units = append(units, word.String())
			word.Reset()
		}
	}
	for i, r := range s {
		switch {
		case i < at:
			continue
		case len(keeps) > 0 && keeps[0].Start == i:
			at = keeps[0].End
			word.WriteString(s[i:at])
			keeps = keeps[1:]
		case r == '—' && len(units) > 0 && word.Len() == 0 && units[len(units)-1] != "" && strings.HasSuffix(units[len(units)-1], "—"):
			units[len(units)-1] += "—"
		case r == ' ' || r == '\t':
			flush()
			units = append(units, string(r))
		case isWide(r) || r >= 0x2E80:
			flush()
			units = append(units, string(r))
		default:
			word.WriteRune(r)
		}
	}
	flush()
	return units
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

func lastRune(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}
