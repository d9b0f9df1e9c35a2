package model

import (
	"regexp"

	"github.com/gongkai/gongkai/internal/content"
	"github.com/gongkai/gongkai/internal/diag"
	"github.com/gongkai/gongkai/internal/link"
)

// addressInText finds web addresses written in a text field: with a scheme,
// protocol-relative, or starting with "www.". Chinese punctuation ends one.
var addressInText = regexp.MustCompile(`(?i)(?:https?:)?//[^\s<>"'，。；、：）」』】]+|\bwww\.[^\s<>"'，。；、：）」』】]+`)

// fieldText is a text field of an item's front matter and its line.
type fieldText struct {
	text string
	line int
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
			for _, addr := range addressInText.FindAllString(f.text, -1) {
				if addr[0] == 'w' || addr[0] == 'W' {
					addr = "//" + addr
				}
				if t := link.Resolve(addr, idx.base, "."); t.Kind == link.Site {
					l.toSite(addr, t, f.line)
				}
			}
		}
	}
}

// fieldTexts lists the text fields of an item that pages, sheets and
// screens show.
func fieldTexts(it *content.Item) []fieldText {
	out := []fieldText{{it.Title, it.Line("title")}, {it.Summary, it.Line("summary")}, {it.Number, it.Line("number")}}
	if p := it.Power; p != nil {
		out = append(out, fieldText{p.Basis, it.Line("basis")})
		for _, st := range p.Steps {
			for _, v := range []string{st.Name, st.Actor, st.Conditions, st.Target, st.TimeLimit, st.Requirements} {
				out = append(out, fieldText{v, st.Line})
			}
		}
	}
	for _, r := range it.Risks {
		for _, v := range []string{r.Description, r.Post, r.Matter} {
			out = append(out, fieldText{v, r.Line})
		}
		for _, m := range r.Measures {
			out = append(out, fieldText{m.Text, r.Line})
		}
	}
	if d := it.Decision; d != nil {
		for _, st := range d.Stages {
			for _, v := range []string{st.Summary, st.HearingPlace, st.Meeting, st.Outcome} {
				out = append(out, fieldText{v, st.Line})
			}
			for _, e := range st.Evaluations {
				out = append(out, fieldText{e.Text, st.Line})
			}
		}
	}
	return out
}
