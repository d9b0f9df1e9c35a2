package board

import (
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/markdown"
)

// TestKeptTogetherOnLaidOutLines: telephone numbers, dates, document
// numbers with their issuer's short name and a label with its value are
// never split between two lines a sheet lays out (in paragraphs and list
// items, moved along the line one character at a time), and each is
// written in a span the stylesheet keeps on one line.
func TestKeptTogetherOnLaidOutLines(t *testing.T) {
	kept := []string{"0999-7654000", "2026年11月27日", "县政办发〔2026〕12号", "举报电话：0999-7654000", "邮编：330100"}
	g := a4(t, 3)
	md := markdown.New(markdown.Options{})
	for n := range 24 {
		lead := strings.Repeat("公", n)
		src := lead + "根据县政办发〔2026〕12号文件，自2026年11月27日起施行，咨询电话0999-7654000。\n\n" +
			"- " + lead + "，举报电话：0999-7654000，来信地址：县人民路1号（邮编：330100）\n"
		bl := &builder{g: g}
		for _, b := range bl.blocks(md.Render([]byte(src), 1, nil).Blocks(), g.ColH) {
			for _, p := range paras(b) {
				text := p.flow.Text()
				tail := p.flow.From(p.start)
				for line := range tail.Lines() {
					for _, k := range kept {
						for i := strings.Index(text, k); i >= 0; i = next(text, k, i) {
							if line.End > i && line.End < i+len(k) {
								t.Errorf("lead %d: a line ends inside %s: %q", n, k, text[line.Start:line.End])
							}
						}
					}
				}
				html := string(p.piece().Inline)
				for _, k := range kept[2:] {
					if strings.Contains(text, k) && !strings.Contains(html, `<span class="nb">`+k+`</span>`) {
						t.Errorf("lead %d: %s is not kept in a span: %s", n, k, html)
					}
				}
			}
		}
	}
}

// next is the next index of k in text after the one at i, or -1.
func next(text, k string, i int) int {
	j := strings.Index(text[i+1:], k)
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

// paras are the paragraphs of b, and of the items of a list.
func paras(b block) []*para {
	switch v := b.(type) {
	case *para:
		return []*para{v}
	case *group:
		var out []*para
		for _, k := range v.kids {
			out = append(out, paras(k)...)
		}
		return out
	}
	return nil
}
