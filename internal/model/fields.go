package model

import (
	"regexp"
	"strings"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/link"
)

// addressInText finds web addresses written in a text field: with a scheme,
// protocol-relative, or starting with "www.". Chinese punctuation ends one.
var addressInText = regexp.MustCompile(`(?i)(?:https?:)?//[^\s<>"'，。；、：）」』】]+|\bwww\.[^\s<>"'，。；、：）」』】]+`)

// fieldText is a text field of an item's front matter and its line, or
// the key whose line it is: looked up only for a field with an address.
type fieldText struct {
	text string
	line int
	key  string
}

// at is the line of f in it.
func (f fieldText) at(it *content.Item) int {
	if f.key != "" {
		return it.Line(f.key)
	}
	return f.line
}

// checkFieldAddresses applies the rules of links to the addresses editors
// write in the text fields of front matter (a summary, a power's steps, a
// risk point, a decision's stages). These are shown as text, never linked,
// but an address there that leads to an internal item, a draft, a future
// item or a page that does not exist is the same error as in a body.
func (s *Site) checkFieldAddresses(idx *linkIndex, diags *diag.List) {
	for _, it := range s.Items {
		l := &links{site: s, from: it.Item, idx: idx, diags: diags}
		for _, f := range fieldTexts(it.Item) {
			if !mayHoldAddress(f.text) {
				continue
			}
			for _, addr := range addressInText.FindAllString(f.text, -1) {
				if addr[0] == 'w' || addr[0] == 'W' {
					addr = "//" + addr
				}
				if t := link.Resolve(addr, idx.base, "."); t.Kind == link.Site {
					l.toSite(addr, t, f.at(it.Item))
				}
			}
		}
	}
}

// mayHoldAddress reports whether addressInText may find an address in t:
// every address it finds holds "//" or "www." (in any case). Most fields
// hold neither, and this is much quicker than the expression.
func mayHoldAddress(t string) bool {
	if strings.Contains(t, "//") {
		return true
	}
	for i := strings.IndexByte(t, '.'); i >= 0; i = nextDot(t, i) {
		if i >= 3 && strings.EqualFold(t[i-3:i], "www") {
			return true
		}
	}
	return false
}

// nextDot is the index of the first "." in t after index i, or -1.
func nextDot(t string, i int) int {
	j := strings.IndexByte(t[i+1:], '.')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// fieldTexts lists the text fields of an item that pages, sheets and
// screens show.
func fieldTexts(it *content.Item) []fieldText {
	out := []fieldText{{text: it.Title, key: "title"}, {text: it.Summary, key: "summary"}, {text: it.Number, key: "number"}}
	if p := it.Power; p != nil {
		out = append(out, fieldText{text: p.Basis, key: "basis"})
		for _, st := range p.Steps {
			for _, v := range []string{st.Name, st.Actor, st.Conditions, st.Target, st.TimeLimit, st.Requirements} {
				out = append(out, fieldText{text: v, line: st.Line})
			}
		}
	}
	for _, r := range it.Risks {
		for _, v := range []string{r.Description, r.Post, r.Matter} {
			out = append(out, fieldText{text: v, line: r.Line})
		}
		for _, m := range r.Measures {
			out = append(out, fieldText{text: m.Text, line: r.Line})
		}
	}
	if d := it.Decision; d != nil {
		for _, st := range d.Stages {
			for _, v := range []string{st.Summary, st.HearingPlace, st.Meeting, st.Outcome} {
				out = append(out, fieldText{text: v, line: st.Line})
			}
			for _, e := range st.Evaluations {
				out = append(out, fieldText{text: e.Text, line: st.Line})
			}
		}
	}
	return out
}
